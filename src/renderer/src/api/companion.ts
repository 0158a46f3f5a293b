import type { CallInput, CallName, CallOutcome, CompanionApi } from '../../../contract/contract'
import { createHttpCompanion } from './http-companion'

/** The service as this window reaches it: the preload bridge in Electron, HTTP in browser mode. */
export const companion: CompanionApi = window.companion ?? createHttpCompanion()

/** Makes one call and returns its outcome; a transport that throws still yields an `internal` outcome. */
export async function call<N extends CallName>(name: N, input: CallInput<N>): Promise<CallOutcome<N>> {
  try {
    return await companion.call(name, input)
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    return { ok: false, error: { code: 'internal', message, issues: [] } }
  }
}
