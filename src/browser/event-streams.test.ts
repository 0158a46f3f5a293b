import { createServer, request as httpRequest, type IncomingMessage, type Server } from 'node:http'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { AppState, StateChanges } from '../contract/state'
import { companionIn, tempDataDir } from '../service/testing/temp-companion'
import { EventStreams, type StateSource } from './event-streams'

/** A state source the test drives: `push` is what the companion does after a call (one change: today's slice). */
function testSource(initial: AppState): StateSource & { push(state: AppState): void } {
  const listeners = new Set<(changes: StateChanges) => void>()
  let current = initial
  let revision = 0
  return {
    snapshot: () => ({ revision, state: current }),
    on: (_event, listener) => {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    push: (state) => {
      current = state
      revision += 1
      for (const listener of listeners) listener({ revision, slices: { today: state.today, routines: state.routines } })
    }
  }
}

const realState = companionIn(tempDataDir()).state()
/** The real state with the routine library repeated, so each event is about a megabyte and socket buffers fill. */
const bigState = (totalMl: number): AppState => ({
  ...realState,
  today: { ...realState.today, totalMl },
  routines: Array.from({ length: 100 }, () => realState.routines).flat()
})

let server: Server
let streams: EventStreams
let source: ReturnType<typeof testSource>

beforeEach(async () => {
  source = testSource(realState)
  streams = new EventStreams(source, { maxStreams: 4, stallMs: 300 })
  server = createServer((_request, response) => streams.open(response))
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
})

afterEach(async () => {
  streams.closeAll()
  server.closeAllConnections()
  await new Promise((resolve) => server.close(resolve))
})

interface Client {
  readonly response: IncomingMessage
  /** Every `totalMl` seen, in order (the test pushes a different one with each change). */
  readonly totals: number[]
  text: string
  closed: boolean
}

/** Opens the stream; resolves once the first event (the current state) has arrived. */
function connect(): Promise<Client> {
  const { port } = server.address() as { port: number }
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port, path: '/' }, (response) => {
      const client: Client = { response, totals: [], text: '', closed: false }
      response.setEncoding('utf8')
      response.on('data', (chunk: string) => {
        client.text += chunk
        let end = client.text.indexOf('\n\n')
        while (end !== -1) {
          const data = client.text.slice(0, end).split('\ndata: ')[1] ?? 'null'
          client.totals.push((JSON.parse(data) as StateChanges).slices.today!.totalMl)
          client.text = client.text.slice(end + 2)
          end = client.text.indexOf('\n\n')
        }
        if (client.totals.length === 1) resolve(client)
      })
      response.on('error', () => undefined)
      response.on('close', () => (client.closed = true))
    })
    req.on('error', reject)
    req.end()
  })
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

async function until(condition: () => boolean, timeoutMs = 5000): Promise<void> {
  const startedMs = Date.now()
  while (!condition()) {
    if (Date.now() - startedMs > timeoutMs) throw new Error('timed out')
    await sleep(10)
  }
}

describe('event streams', () => {
  it('sends a burst of changes as one event with the newest state, the same to every page', async () => {
    const first = await connect()
    const second = await connect()
    for (const totalMl of [250, 500, 750]) source.push({ ...realState, today: { ...realState.today, totalMl } })
    await until(() => first.totals.length === 2 && second.totals.length === 2)
    await sleep(50)
    expect(first.totals).toEqual([realState.today.totalMl, 750])
    expect(second.totals).toEqual([realState.today.totalMl, 750])
  })

  it('drops a page that stops reading while a page that reads keeps getting the changes', async () => {
    const reading = await connect()
    const stalled = await connect()
    stalled.response.pause()
    let pushed = 0
    while (streams.size === 2) {
      pushed += 1
      source.push(bigState(pushed))
      await sleep(20)
      if (pushed > 100) throw new Error('the stalled page was never dropped')
    }
    for (let extra = 1; extra <= 3; extra += 1) {
      source.push(bigState(pushed + extra))
      await sleep(20)
    }
    await until(() => reading.totals.at(-1) === pushed + 3)
    expect(reading.closed).toBe(false)
    // The stalled page gets what was already in flight, then its connection ends; it never sees the later changes.
    stalled.response.resume()
    await until(() => stalled.closed)
    expect(stalled.totals).not.toContain(pushed + 3)
  })

  it('lets a new page connect after one was dropped or closed', async () => {
    const clients = await Promise.all([connect(), connect(), connect(), connect()])
    expect(streams.size).toBe(4)
    clients[0]!.response.destroy()
    await until(() => streams.size === 3)
    const later = await connect()
    expect(later.totals).toEqual([realState.today.totalMl])
    expect(streams.size).toBe(4)
  })
})
