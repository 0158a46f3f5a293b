import { callTable, parseCallInput, type CallName, type CallOutcome, type ContractError } from '../contract/contract'
import type { StateChanges } from '../contract/state'
import { CallRefused, type Handlers } from './handler-types'

/** What dispatching a call needs: every handler, and what follows a command. */
export interface CallDispatch {
  readonly handlers: Handlers
  /** A command's handler ran: replan and publish; answers the slices that changed (undefined when none did). */
  readonly afterCommand: () => StateChanges | undefined
}

/** A failed call's outcome. */
export const callFailure = (error: ContractError): { readonly ok: false; readonly error: ContractError } => ({
  ok: false,
  error
})

/**
 * The one path every call takes, whoever sends it (IPC, HTTP, the command line, the tray): the input is
 * validated against the call table first, so bad input changes nothing; a refusal or a thrown error comes
 * back as data. A query answers its value alone; a command answers with the slices it changed.
 */
export function dispatchCall<N extends CallName>(name: N, rawInput: unknown, dispatch: CallDispatch): CallOutcome<N> {
  const parsed = parseCallInput(name, rawInput)
  if (!parsed.ok) return callFailure(parsed.error)
  try {
    const value = dispatch.handlers[name](parsed.input)
    if (callTable[name].query) return { ok: true, value }
    const changes = dispatch.afterCommand()
    return changes ? { ok: true, value, changes } : { ok: true, value }
  } catch (error) {
    if (error instanceof CallRefused) return callFailure(error.detail)
    const message = error instanceof Error ? error.message : String(error)
    return callFailure({ code: 'internal', message, issues: [] })
  }
}
