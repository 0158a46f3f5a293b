import type { ServerResponse } from 'node:http'
import type { AppState } from '../contract/state'

/** Where the pushed state comes from: the companion, or a stand-in in tests. */
export interface StateSource {
  state(): AppState
  on(event: 'stateChanged', listener: (state: AppState) => void): () => void
}

/** How many pages may hold the event stream, and how long one may stop reading. */
export interface EventStreamLimits {
  readonly maxStreams: number
  readonly stallMs: number
}

/**
 * A person has one or two Limber tabs open, and Chromium keeps at most 6 HTTP/1.1 connections per
 * host, so one browser cannot even reach this; 64 leaves room for several browsers and tools while
 * bounding what a runaway script can make us hold (each stream buffers at most one state frame).
 */
export const defaultEventStreamLimits: EventStreamLimits = { maxStreams: 64, stallMs: 10_000 }

/** What a refused stream is told, with `Retry-After`; the status is 503 (try again later). */
export const tooManyStreamsMessage = (max: number): string =>
  `Limber is already sending updates to ${max} open pages, the most it serves at once. ` +
  'Close a Limber tab you do not need, then reload this one.'

const retryAfterSeconds = 5

/** One event as bytes: encoded once, then the same buffer goes to every page (a string would be encoded per socket). */
const frame = (state: AppState): Buffer => Buffer.from(`event: stateChanged\ndata: ${JSON.stringify(state)}\n\n`)

interface Stream {
  readonly response: ServerResponse
  /** The newest frame not yet written because the socket had not drained; older ones are superseded. */
  pending: Buffer | undefined
  /** Set while a write is waiting for `drain`; fires if the page stops reading. */
  stallTimer: NodeJS.Timeout | undefined
}

/**
 * The open `GET /api/events` streams. Every change is serialised once and the same frame written to
 * every page, on the next turn of the event loop, so a burst of calls costs one frame, not one per
 * call per page. Each event is the whole state, so a page that is behind only needs the newest one:
 * while its socket has not drained, newer frames replace the waiting one instead of piling up, and a
 * page that does not drain within `stallMs` is dropped. Pages behind share the one newest frame, so
 * memory stays bounded by what sockets already hold plus one frame.
 */
export class EventStreams {
  readonly #source: StateSource
  readonly #limits: EventStreamLimits
  readonly #streams = new Set<Stream>()
  #latest: AppState | undefined
  #broadcastScheduled = false
  #unsubscribe: (() => void) | undefined

  constructor(source: StateSource, limits: EventStreamLimits = defaultEventStreamLimits) {
    this.#source = source
    this.#limits = limits
  }

  /** How many pages hold a stream now. */
  get size(): number {
    return this.#streams.size
  }

  /** Starts a stream on `response`, or refuses it with 503 when `maxStreams` are already open. */
  open(response: ServerResponse): void {
    if (this.#streams.size >= this.#limits.maxStreams) {
      response.writeHead(503, {
        'Content-Type': 'text/plain; charset=utf-8',
        'Retry-After': String(retryAfterSeconds),
        'Cache-Control': 'no-store'
      })
      response.end(tooManyStreamsMessage(this.#limits.maxStreams))
      return
    }
    response.writeHead(200, {
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-store',
      Connection: 'keep-alive'
    })
    const stream: Stream = { response, pending: undefined, stallTimer: undefined }
    this.#streams.add(stream)
    this.#unsubscribe ??= this.#source.on('stateChanged', (state) => this.#changed(state))
    response.on('close', () => this.#remove(stream))
    response.on('drain', () => this.#drained(stream))
    this.#write(stream, frame(this.#source.state()))
  }

  /** Ends every stream (the server is closing). */
  closeAll(): void {
    for (const stream of [...this.#streams]) {
      this.#remove(stream)
      stream.response.end()
    }
  }

  #changed(state: AppState): void {
    this.#latest = state
    if (this.#broadcastScheduled) return
    this.#broadcastScheduled = true
    setImmediate(() => {
      this.#broadcastScheduled = false
      const latest = this.#latest
      this.#latest = undefined
      if (!latest || this.#streams.size === 0) return
      const bytes = frame(latest)
      for (const stream of this.#streams) {
        if (stream.stallTimer) stream.pending = bytes
        else this.#write(stream, bytes)
      }
    })
  }

  #write(stream: Stream, bytes: Buffer): void {
    if (stream.response.write(bytes)) return
    stream.stallTimer = setTimeout(() => this.#drop(stream), this.#limits.stallMs)
  }

  #drained(stream: Stream): void {
    clearTimeout(stream.stallTimer)
    stream.stallTimer = undefined
    const pending = stream.pending
    stream.pending = undefined
    if (pending !== undefined) this.#write(stream, pending)
  }

  /** A page that stopped reading: its buffered frames are thrown away with the connection. */
  #drop(stream: Stream): void {
    this.#remove(stream)
    stream.response.destroy()
  }

  #remove(stream: Stream): void {
    clearTimeout(stream.stallTimer)
    stream.stallTimer = undefined
    stream.pending = undefined
    if (!this.#streams.delete(stream) || this.#streams.size > 0) return
    this.#unsubscribe?.()
    this.#unsubscribe = undefined
  }
}
