import { afterEach, describe, expect, it, vi } from 'vitest'
import { createHttpCompanion } from './http-companion'

const respond = (status: number, body: string) =>
  vi.fn(async (_url: string, _init?: RequestInit) => new Response(body, { status }))

describe('HTTP companion (browser mode)', () => {
  afterEach(() => vi.unstubAllGlobals())

  it('posts the input as JSON to /api/call/<name> with the same-origin cookie', async () => {
    const fetchMock = respond(200, JSON.stringify({ ok: true, value: { marker: 1 } }))
    vi.stubGlobal('fetch', fetchMock)
    const outcome = await createHttpCompanion().call('logWater', { amountMl: 250 })
    expect(outcome).toEqual({ ok: true, value: { marker: 1 } })
    const [url, init] = fetchMock.mock.calls[0] ?? []
    expect(url).toBe('/api/call/logWater')
    expect(init).toMatchObject({ method: 'POST', credentials: 'same-origin', body: '{"amountMl":250}' })
    expect(init?.headers).toEqual({ 'Content-Type': 'application/json' })
  })

  it('passes a refused call through with its field issues', async () => {
    const error = { code: 'invalid_input', message: 'Invalid', issues: [{ field: 'amountMl', message: 'Too big' }] }
    vi.stubGlobal('fetch', respond(400, JSON.stringify({ ok: false, error })))
    expect(await createHttpCompanion().call('logWater', { amountMl: 9999 })).toEqual({ ok: false, error })
  })

  it('turns a body that is not JSON into an internal error', async () => {
    vi.stubGlobal('fetch', respond(502, '<html>Bad gateway</html>'))
    const outcome = await createHttpCompanion().call('getState', {})
    expect(outcome).toMatchObject({ ok: false, error: { code: 'internal', issues: [] } })
  })

  it('turns a network failure into an internal error', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => Promise.reject(new TypeError('Failed to fetch')))
    )
    const outcome = await createHttpCompanion().call('getState', {})
    expect(outcome).toMatchObject({ ok: false, error: { code: 'internal' } })
  })
})
