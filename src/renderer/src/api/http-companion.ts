import type { AnyCallOutcome, CallName, CallOutcome, CompanionApi, ContractError } from '../../../contract/contract'
import type { EventPayloads } from '../../../contract/contract'
import type { EventName } from '../../../contract/names'

type AnyOutcome = AnyCallOutcome

const internalFailure = (message: string): AnyOutcome => ({
  ok: false,
  error: { code: 'internal', message, issues: [] }
})

const isContractError = (value: unknown): value is ContractError => {
  if (typeof value !== 'object' || value === null) return false
  const error = value as Record<string, unknown>
  return typeof error.code === 'string' && typeof error.message === 'string' && Array.isArray(error.issues)
}

/** True when an untrusted response body has the shape of a call outcome. */
export function isCallOutcome(body: unknown): body is AnyOutcome {
  if (typeof body !== 'object' || body === null) return false
  const outcome = body as Record<string, unknown>
  if (outcome.ok === true) return 'value' in outcome
  return outcome.ok === false && isContractError(outcome.error)
}

/** Posts one call to the browser-mode server; every failure comes back as an outcome, never a throw. */
async function postCall(name: CallName, input: unknown): Promise<AnyOutcome> {
  let response: Response
  try {
    response = await fetch(`/api/call/${name}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(input ?? {}),
      credentials: 'same-origin'
    })
  } catch (error) {
    return internalFailure(`Could not reach Limber: ${error instanceof Error ? error.message : String(error)}`)
  }
  let body: unknown
  try {
    body = await response.json()
  } catch {
    return internalFailure(`Limber answered ${name} with something other than JSON (HTTP ${response.status})`)
  }
  return isCallOutcome(body)
    ? body
    : internalFailure(`Limber answered ${name} with an unexpected body (HTTP ${response.status})`)
}

/**
 * How long to wait before opening the stream again after the server refused or ended it for good (503 when it
 * already serves as many pages as it may, 401 after a restart with a new key): longer after each failure in a row.
 */
export const streamRetryDelaysMs = [2_000, 5_000, 15_000, 60_000] as const

/**
 * One shared EventSource, opened on the first subscription and closed after the last one ends. The browser
 * reconnects a dropped stream by itself, but gives up on one the server answered with an error status: that one is
 * opened again after a delay. Every new stream starts with every slice at its newest revision, so a page that was
 * refused for a while catches up on its first message.
 */
function createEventStream(): CompanionApi['subscribe'] {
  const handlers = new Map<EventName, Set<(message: MessageEvent<string>) => void>>()
  let source: EventSource | undefined
  let retry: ReturnType<typeof setTimeout> | undefined
  let failuresInARow = 0
  const subscribed = (): boolean => [...handlers.values()].some((each) => each.size > 0)

  const open = (): EventSource => {
    const opened = new EventSource('/api/events')
    for (const [event, each] of handlers) for (const handler of each) opened.addEventListener(event, handler)
    opened.addEventListener('open', () => (failuresInARow = 0))
    opened.addEventListener('error', () => {
      if (opened.readyState !== EventSource.CLOSED || source !== opened) return
      source = undefined
      const delay = streamRetryDelaysMs[Math.min(failuresInARow, streamRetryDelaysMs.length - 1)]
      failuresInARow += 1
      retry = setTimeout(() => {
        retry = undefined
        if (subscribed()) source = open()
      }, delay)
    })
    return opened
  }

  return <E extends EventName>(event: E, listener: (payload: EventPayloads[E]) => void) => {
    const handler = (message: MessageEvent<string>): void => {
      let payload: EventPayloads[E]
      try {
        payload = JSON.parse(message.data) as EventPayloads[E]
      } catch {
        return
      }
      listener(payload)
    }
    const forEvent = handlers.get(event) ?? new Set()
    handlers.set(event, forEvent)
    forEvent.add(handler)
    if (source) source.addEventListener(event, handler)
    else if (!retry) source = open()
    return () => {
      if (!forEvent.delete(handler)) return
      source?.removeEventListener(event, handler)
      if (subscribed()) return
      source?.close()
      source = undefined
      clearTimeout(retry)
      retry = undefined
    }
  }
}

/** The companion API over HTTP and server-sent events, for browser mode: any call of the table, by name. */
export function createHttpCompanion(): CompanionApi {
  // The body was checked to be an outcome; its value's type is the one the table gives this call.
  const call = <N extends CallName>(name: N, input: unknown) => postCall(name, input) as Promise<CallOutcome<N>>
  return { call, subscribe: createEventStream() }
}
