import type { CallInput, CallName, CallOutcome, CompanionApi } from '../../../contract/contract'
import { createHttpCompanion } from './http-companion'

/** The service as this window reaches it: the preload bridge in Electron, HTTP in browser mode. */
export const companion: CompanionApi = window.companion ?? createHttpCompanion()

/**
 * Whether a new subscription begins with every slice at its newest revision: browser mode's event stream does, so
 * subscribing late misses nothing; the desktop bridge only forwards what is sent after it listens.
 */
export const subscriptionStartsWithEverySlice = window.companion === undefined

/** Makes one call and returns its outcome; a transport that throws still yields an `internal` outcome. */
export async function call<N extends CallName>(name: N, input: CallInput<N>): Promise<CallOutcome<N>> {
  try {
    return await companion.call(name, input)
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    return { ok: false, error: { code: 'internal', message, issues: [] } }
  }
}
