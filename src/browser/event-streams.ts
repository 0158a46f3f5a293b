import type { ServerResponse } from 'node:http'
import type { StateChanges, StateSnapshot } from '../contract/state'

/** Where the pushed changes come from: the companion, or a stand-in in tests. */
export interface StateSource {
  /** Every slice at the current revision: a new page's first event, and what a page that fell behind gets. */
  snapshot(): StateSnapshot
  on(event: 'stateChanged', listener: (changes: StateChanges) => void): () => void
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
const frame = (changes: StateChanges): Buffer =>
  Buffer.from(`event: stateChanged\ndata: ${JSON.stringify(changes)}\n\n`)

/** Every slice at the current revision, as one change: applying it brings any page up to date. */
const snapshotFrame = (source: StateSource): Buffer => {
  const { revision, state } = source.snapshot()
  return frame({ revision, slices: state })
}

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
 * call per page. A single change goes out as it is (a few hundred bytes); a burst, or a page whose
 * socket has not drained, gets every slice at the newest revision instead, so a page never has to
 * apply a chain of changes it may have missed: while its socket has not drained, that newest frame
 * replaces the waiting one instead of piling up, and a page that does not drain within `stallMs` is
 * dropped. Memory stays bounded by what sockets already hold plus one frame.
 */
export class EventStreams {
  readonly #source: StateSource
  readonly #limits: EventStreamLimits
  readonly #streams = new Set<Stream>()
  #queued: StateChanges[] = []
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
    this.#unsubscribe ??= this.#source.on('stateChanged', (changes) => this.#changed(changes))
    response.on('close', () => this.#remove(stream))
    response.on('drain', () => this.#drained(stream))
    this.#write(stream, snapshotFrame(this.#source))
  }

  /** Ends every stream (the server is closing). */
  closeAll(): void {
    for (const stream of [...this.#streams]) {
      this.#remove(stream)
      stream.response.end()
    }
  }

  #changed(changes: StateChanges): void {
    this.#queued.push(changes)
    if (this.#broadcastScheduled) return
    this.#broadcastScheduled = true
    setImmediate(() => {
      this.#broadcastScheduled = false
      const queued = this.#queued
      this.#queued = []
      if (queued.length === 0 || this.#streams.size === 0) return
      let whole: Buffer | undefined
      const everything = (): Buffer => (whole ??= snapshotFrame(this.#source))
      const bytes = queued.length === 1 ? frame(queued[0]!) : everything()
      for (const stream of this.#streams) {
        if (stream.stallTimer) stream.pending = everything()
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
