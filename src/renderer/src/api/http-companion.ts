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

/** One shared EventSource, opened on the first subscription and closed after the last one ends. */
function createEventStream(): CompanionApi['subscribe'] {
  let source: EventSource | undefined
  let subscribers = 0
  return <E extends EventName>(event: E, listener: (payload: EventPayloads[E]) => void) => {
    source ??= new EventSource('/api/events')
    const current = source
    subscribers += 1
    const onMessage = (message: MessageEvent<string>): void => {
      let payload: EventPayloads[E]
      try {
        payload = JSON.parse(message.data) as EventPayloads[E]
      } catch {
        return
      }
      listener(payload)
    }
    current.addEventListener(event, onMessage)
    return () => {
      current.removeEventListener(event, onMessage)
      subscribers -= 1
      if (subscribers === 0 && source === current) {
        current.close()
        source = undefined
      }
    }
  }
}

/** The companion API over HTTP and server-sent events, for browser mode: any call of the table, by name. */
export function createHttpCompanion(): CompanionApi {
  // The body was checked to be an outcome; its value's type is the one the table gives this call.
  const call = <N extends CallName>(name: N, input: unknown) => postCall(name, input) as Promise<CallOutcome<N>>
  return { call, subscribe: createEventStream() }
}
