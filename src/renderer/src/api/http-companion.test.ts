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

/** An EventSource stand-in: the test opens, refuses and feeds each stream by hand. */
class FakeEventSource {
  static readonly CONNECTING = 0
  static readonly OPEN = 1
  static readonly CLOSED = 2
  static opened: FakeEventSource[] = []
  readyState = FakeEventSource.CONNECTING
  readonly listeners = new Map<string, Set<(event: { data?: string }) => void>>()
  constructor(readonly url: string) {
    FakeEventSource.opened.push(this)
  }
  addEventListener(type: string, listener: (event: { data?: string }) => void): void {
    this.listeners.set(type, (this.listeners.get(type) ?? new Set()).add(listener))
  }
  removeEventListener(type: string, listener: (event: { data?: string }) => void): void {
    this.listeners.get(type)?.delete(listener)
  }
  close(): void {
    this.readyState = FakeEventSource.CLOSED
  }
  emit(type: string, data?: string): void {
    for (const listener of this.listeners.get(type) ?? []) listener({ data })
  }
  /** What Chromium does with a 503 or 401 answer: the stream fails for good and is not retried. */
  refuse(): void {
    this.readyState = FakeEventSource.CLOSED
    this.emit('error')
  }
}

describe('the event stream (browser mode)', () => {
  afterEach(() => {
    vi.useRealTimers()
    vi.unstubAllGlobals()
    FakeEventSource.opened = []
  })

  it('opens the stream again after a refusal, later after each one in a row, and the listeners hear the new one', () => {
    vi.useFakeTimers()
    vi.stubGlobal('EventSource', FakeEventSource)
    const heard: unknown[] = []
    const stop = createHttpCompanion().subscribe('stateChanged', (changes) => heard.push(changes))
    expect(FakeEventSource.opened.map((source) => source.url)).toEqual(['/api/events'])

    FakeEventSource.opened[0]?.refuse()
    vi.advanceTimersByTime(1_999)
    expect(FakeEventSource.opened).toHaveLength(1)
    vi.advanceTimersByTime(1)
    expect(FakeEventSource.opened).toHaveLength(2)
    // Refused again: the wait grows.
    FakeEventSource.opened[1]?.refuse()
    vi.advanceTimersByTime(4_999)
    expect(FakeEventSource.opened).toHaveLength(2)
    vi.advanceTimersByTime(1)
    const third = FakeEventSource.opened[2]
    third?.emit('open')
    third?.emit('stateChanged', JSON.stringify({ revision: 7, slices: {} }))
    expect(heard).toEqual([{ revision: 7, slices: {} }])

    // A stream the browser is reconnecting by itself (still CONNECTING) is left to it.
    if (third) third.readyState = FakeEventSource.CONNECTING
    third?.emit('error')
    vi.advanceTimersByTime(60_000)
    expect(FakeEventSource.opened).toHaveLength(3)
    stop()
    expect(third?.readyState).toBe(FakeEventSource.CLOSED)
  })

  it('does not come back once the last listener has gone', () => {
    vi.useFakeTimers()
    vi.stubGlobal('EventSource', FakeEventSource)
    const stop = createHttpCompanion().subscribe('stateChanged', () => {})
    FakeEventSource.opened[0]?.refuse()
    stop()
    vi.advanceTimersByTime(120_000)
    expect(FakeEventSource.opened).toHaveLength(1)
  })
})
