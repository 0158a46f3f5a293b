import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { request as httpRequest } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { FastifyInstance } from 'fastify'
import { companionIn, tempDataDir } from '../service/testing/temp-companion'
import { tooManyStreamsMessage } from './event-streams'
import { createBrowserServer } from './server'

const token = 'test-token-0123456789'
let server: FastifyInstance
let port: number

/** A raw HTTP request, so tests can send the Host and paths a browser never would. */
function send(path: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}) {
  return new Promise<{ status: number; headers: Record<string, unknown>; body: string }>((resolve, reject) => {
    const req = httpRequest(
      {
        host: '127.0.0.1',
        port,
        path,
        method: options.method ?? 'GET',
        headers: { host: `127.0.0.1:${port}`, ...options.headers }
      },
      (res) => {
        let body = ''
        res.on('data', (chunk: Buffer) => (body += chunk.toString()))
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }))
      }
    )
    req.on('error', reject)
    req.end(options.body)
  })
}

const auth = { authorization: `Bearer ${token}` }
const json = { ...auth, 'content-type': 'application/json' }

beforeEach(async () => {
  const rendererDir = mkdtempSync(join(tmpdir(), 'limber-renderer-'))
  mkdirSync(join(rendererDir, 'assets'))
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Limber</title>')
  writeFileSync(join(rendererDir, 'assets', 'app.js'), 'console.log(1)')
  writeFileSync(join(rendererDir, 'intl-warm.js'), 'new Intl.NumberFormat()')
  const dataDir = tempDataDir()
  writeFileSync(join(dataDir, 'secret.txt'), 'do not serve')
  server = createBrowserServer({
    companion: companionIn(dataDir),
    rendererDir,
    token,
    eventStreamLimits: { maxStreams: 2, stallMs: 1000 }
  })
  await server.listen({ host: '127.0.0.1', port: 0 })
  port = (server.server.address() as { port: number }).port
})

afterEach(async () => {
  await server.close()
})

describe('browser-mode server', () => {
  it('refuses a request without the token with 401', async () => {
    expect((await send('/')).status).toBe(401)
    expect(
      (
        await send('/api/call/getState', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: '{}'
        })
      ).status
    ).toBe(401)
    expect((await send('/api/events')).status).toBe(401)
  })

  it('refuses a wrong token with 401', async () => {
    expect((await send('/', { headers: { authorization: 'Bearer nope' } })).status).toBe(401)
  })

  it('refuses a foreign Host with 403 even with the token', async () => {
    expect((await send('/', { headers: { ...auth, host: 'evil.example:80' } })).status).toBe(403)
  })

  it('refuses a foreign Origin with 403 even with the token', async () => {
    const response = await send('/api/call/logWater', {
      method: 'POST',
      headers: { ...json, origin: 'http://evil.example' },
      body: '{"amountMl":250}'
    })
    expect(response.status).toBe(403)
  })

  it('trades the token in the address for an HttpOnly cookie and redirects to a clean address', async () => {
    const response = await send(`/?token=${token}`)
    expect(response.status).toBe(303)
    expect(response.headers.location).toBe('/')
    const cookie = String(response.headers['set-cookie'])
    expect(cookie).toMatch(/HttpOnly/)
    const page = await send('/', { headers: { cookie: cookie.split(';')[0]! } })
    expect(page.status).toBe(200)
    expect(page.body).toContain('<title>Limber</title>')
    expect(page.headers['content-security-policy']).toContain("default-src 'self'")
  })

  it('runs a call and answers with its own result and only the slices it changed', async () => {
    const response = await send('/api/call/logWater', {
      method: 'POST',
      headers: { ...json, origin: `http://localhost:${port}` },
      body: '{"amountMl":250}'
    })
    expect(response.status).toBe(200)
    const body = JSON.parse(response.body)
    expect(body).toMatchObject({ ok: true, value: { amountMl: 250 }, changes: { slices: { today: { totalMl: 250 } } } })
    expect(body.changes.slices).not.toHaveProperty('routines')
  })

  it('answers invalid input with 400 and the field name', async () => {
    const response = await send('/api/call/updateSettings', {
      method: 'POST',
      headers: json,
      body: '{"dailyGoalMl":-5}'
    })
    expect(response.status).toBe(400)
    expect(JSON.parse(response.body)).toMatchObject({ ok: false, error: { issues: [{ field: 'dailyGoalMl' }] } })
  })

  it('answers a body that is not JSON with a typed error', async () => {
    const response = await send('/api/call/logWater', { method: 'POST', headers: json, body: '{"amountMl":' })
    expect(response.status).toBe(400)
    expect(JSON.parse(response.body)).toMatchObject({ ok: false, error: { code: 'invalid_input' } })
  })

  it.each(['/../secret.txt', '/%2e%2e/secret.txt', '/assets/..%2f..%2fsecret.txt', '/..%5csecret.txt'])(
    'does not serve files outside the renderer folder (%s)',
    async (path) => {
      const response = await send(path, { headers: auth })
      expect(response.body).not.toContain('do not serve')
      expect(response.status).toBeGreaterThanOrEqual(400)
    }
  )

  it('lets the browser keep the hashed build files for good and ask again for any other', async () => {
    const asset = await send('/assets/app.js', { headers: auth })
    expect(asset.status).toBe(200)
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable')
    const warmUp = await send('/intl-warm.js', { headers: auth })
    expect(warmUp.status).toBe(200)
    expect(warmUp.headers['cache-control']).toBe('no-cache')
    // The page holds the person's data of that moment: never kept.
    expect((await send('/', { headers: auth })).headers['cache-control']).toBe('no-store')
  })

  it('has no test clock unless browser mode was started with one', async () => {
    const response = await send('/api/test-clock', { method: 'POST', headers: json, body: '{"advanceMs":1000}' })
    expect(response.status).toBe(404)
  })

  it('streams state changes as server-sent events', async () => {
    const received = await new Promise<string>((resolve, reject) => {
      const req = httpRequest(
        { host: '127.0.0.1', port, path: '/api/events', headers: { ...auth, host: `127.0.0.1:${port}` } },
        (res) => {
          let text = ''
          res.on('data', (chunk: Buffer) => {
            text += chunk.toString()
            if (text.includes('"totalMl":250')) {
              req.destroy()
              resolve(text)
            }
          })
        }
      )
      req.on('error', reject)
      req.end()
      setTimeout(() => void send('/api/call/logWater', { method: 'POST', headers: json, body: '{"amountMl":250}' }), 50)
    })
    expect(received).toMatch(/^event: stateChanged\ndata: \{"revision":\d+,"slices":\{/)
  })

  it('refuses an event stream beyond the cap with 503, Retry-After and a plain message, and takes one again after a page leaves', async () => {
    const open = (): Promise<{ status: number; headers: Record<string, unknown>; body: string; close(): void }> =>
      new Promise((resolve, reject) => {
        const req = httpRequest(
          { host: '127.0.0.1', port, path: '/api/events', headers: { ...auth, host: `127.0.0.1:${port}` } },
          (res) => {
            let body = ''
            const answer = () =>
              resolve({ status: res.statusCode ?? 0, headers: res.headers, body, close: () => req.destroy() })
            res.setEncoding('utf8')
            res.on('data', (chunk: string) => {
              body += chunk
              if (res.statusCode === 200 && body.includes('\n\n')) answer()
            })
            res.on('end', answer)
          }
        )
        req.on('error', reject)
        req.end()
      })
    const first = await open()
    const second = await open()
    expect([first.status, second.status]).toEqual([200, 200])
    const refused = await open()
    expect(refused.status).toBe(503)
    expect(refused.headers['retry-after']).toBe('5')
    expect(refused.headers['content-type']).toMatch(/^text\/plain/)
    expect(refused.body).toBe(tooManyStreamsMessage(2))
    expect(refused.body).toContain('Close a Limber tab')
    first.close()
    let again = await open()
    for (let tries = 0; again.status !== 200 && tries < 20; tries += 1) {
      await new Promise((resolve) => setTimeout(resolve, 25))
      again = await open()
    }
    expect(again.status).toBe(200)
    expect(again.body).toMatch(/^event: stateChanged\ndata: \{/)
    second.close()
    again.close()
  })
})
