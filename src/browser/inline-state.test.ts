import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { companionIn, tempDataDir } from '../service/testing/temp-companion'
import { policyMetaContent, withInlineState, withoutPolicyMeta } from './inline-state'
import { contentSecurityPolicy, createBrowserServer } from './server'

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
    writeFileSync(
      join(rendererDir, 'index.html'),
      `<!doctype html><head><meta http-equiv="Content-Security-Policy" content="default-src 'self'" />` +
        '<title>Limber</title></head><body><div id="root"></div>'
    )
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
        expect(page.headers.get('content-security-policy')).toBe(contentSecurityPolicy)
        const html = await page.text()
        expect(JSON.parse(blockOf(html) ?? '').state.today.totalMl).toBe(330)
        // The header states the policy, so the tag that would hold back the page's fetches is gone.
        expect(html).not.toContain('http-equiv')
        expect(html).toContain('<title>Limber</title>')
      }
      expect((await fetch(`${origin}/`)).status).toBe(401)
    } finally {
      await server.close()
    }
  })
})

describe('the page policy tag browser mode leaves out', () => {
  const indexHtml = readFileSync(join(__dirname, '..', 'renderer', 'index.html'), 'utf8')

  it('states in the window file exactly the policy browser mode sends as a header', () => {
    // Leaving the tag out loosens nothing only while the two agree (the desktop window's file keeps the tag).
    const normalised = (policy: string | undefined): string | undefined => policy?.replace(/\s+/g, ' ').trim()
    expect(normalised(policyMetaContent(indexHtml))).toBe(normalised(contentSecurityPolicy))
  })

  it('is removed whole, over several lines, and nothing else with it', () => {
    const served = withoutPolicyMeta(indexHtml)
    expect(policyMetaContent(served)).toBeUndefined()
    expect(served).not.toContain('Content-Security-Policy')
    expect(served).toContain('<meta charset="UTF-8" />')
    expect(served).toContain('<meta name="viewport"')
    expect(served.length).toBeLessThan(indexHtml.length)
  })

  it('leaves a page without the tag as it is', () => {
    const html = '<!doctype html><title>Limber</title><body></body>'
    expect(withoutPolicyMeta(html)).toBe(html)
  })
})
