import { callTable, parseCallInput, type CallName, type CallOutcome, type ContractError } from '../contract/contract'
import type { StateChanges } from '../contract/state'
import type { OpenDocument } from './document-file'
import { CallRefused, type Handlers } from './handler-types'

/** What dispatching a call needs: every handler, the documents they write, and what follows a command. */
export interface CallDispatch {
  readonly handlers: Handlers
  /** The documents a command may change: its answer waits for the save that holds its change. */
  readonly documents: readonly OpenDocument<object>[]
  /**
   * A command's handler ran. Answers what to do once its change is on disk: replan and publish (once for all
   * the calls one save carried), answering the changes that include this call's (undefined when none did).
   */
  readonly commandRan: () => () => StateChanges | undefined
}

/** A failed call's outcome. */
export const callFailure = (error: ContractError): { readonly ok: false; readonly error: ContractError } => ({
  ok: false,
  error
})

/**
 * The one path every call takes, whoever sends it (IPC, HTTP, the command line, the tray): the input is
 * validated against the call table first, so bad input changes nothing; a refusal or a thrown error comes
 * back as data. A query answers its value alone; a command answers, once its change is saved (group commit:
 * one save serves every call made meanwhile), with the slices it changed.
 */
export async function dispatchCall<N extends CallName>(
  name: N,
  rawInput: unknown,
  dispatch: CallDispatch
): Promise<CallOutcome<N>> {
  const parsed = parseCallInput(name, rawInput)
  if (!parsed.ok) return callFailure(parsed.error)
  try {
    const before = dispatch.documents.map((document) => document.value)
    const value = await dispatch.handlers[name](parsed.input)
    if (callTable[name].query) return { ok: true, value }
    const afterSave = dispatch.commandRan()
    const changed = dispatch.documents.filter((document, index) => document.value !== before[index])
    await Promise.all(changed.map((document) => document.saved()))
    const changes = afterSave()
    return changes ? { ok: true, value, changes } : { ok: true, value }
  } catch (error) {
    if (error instanceof CallRefused) return callFailure(error.detail)
    const message = error instanceof Error ? error.message : String(error)
    return callFailure({ code: 'internal', message, issues: [] })
  }
}
