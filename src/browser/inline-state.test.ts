import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { companionIn, tempDataDir } from '../service/testing/temp-companion'
import { withInlineState } from './inline-state'
import { createBrowserServer } from './server'

const blockOf = (html: string): string | undefined =>
  /<script id="limber-state" type="application\/json">(.*?)<\/script>/s.exec(html)?.[1]

describe('the state inlined into the page', () => {
  it('puts the state in a JSON block at the start of the body', () => {
    const html = withInlineState('<html><body><div id="root"></div></body></html>', { today: { totalMl: 250 } })
    expect(html).toContain('<body><script id="limber-state" type="application/json">')
    expect(JSON.parse(blockOf(html) ?? '')).toEqual({ today: { totalMl: 250 } })
  })

  it('cannot be closed early by a value that contains a closing tag', () => {
    const state = { name: '</script><script>alert(1)</script>' }
    const html = withInlineState('<body></body>', state)
    expect(html.match(/<\/script>/g)).toHaveLength(1)
    expect(JSON.parse(blockOf(html) ?? '')).toEqual(state)
  })

  it('is served with the page, uncached, holding the state of that moment', async () => {
    const rendererDir = mkdtempSync(join(tmpdir(), 'limber-renderer-'))
    writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Limber</title><body><div id="root"></div>')
    const companion = companionIn(tempDataDir())
    const token = 'test-token-0123456789'
    const server = createBrowserServer({ companion, rendererDir, token })
    try {
      await server.listen({ host: '127.0.0.1', port: 0 })
      const origin = `http://127.0.0.1:${(server.server.address() as { port: number }).port}`
      await companion.invoke('logWater', { amountMl: 330 })
      for (const path of ['/', '/index.html']) {
        const page = await fetch(origin + path, { headers: { authorization: `Bearer ${token}` } })
        expect(page.status).toBe(200)
        expect(page.headers.get('cache-control')).toBe('no-store')
        expect(page.headers.get('content-security-policy')).toContain("script-src 'self'")
        expect(JSON.parse(blockOf(await page.text()) ?? '').state.today.totalMl).toBe(330)
      }
      expect((await fetch(`${origin}/`)).status).toBe(401)
    } finally {
      await server.close()
    }
  })
})
