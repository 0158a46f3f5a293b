import type { z } from 'zod'
import { callTable, type CallInput, type CallName, type CallResults, type ParsedInputs } from './call-table'
import type { EventName } from './names'
import type { StateChanges } from './state'

export { deleteAllConfirmation } from './slices/history'
export { maxPauseMinutes } from './slices/reminders'
export { callTable, isCallName } from './call-table'
export type { CallInput, CallName, CallResults, ParsedInputs, SliceCalls, SliceName } from './call-table'
export type { EventName }

/** What each event carries: `stateChanged` carries only the slices that changed. */
export interface EventPayloads {
  stateChanged: StateChanges
}

/** One problem with an input, naming the field (dotted path; empty for the input as a whole). */
export interface InputIssue {
  readonly field: string
  readonly message: string
}

/** A failed call, as data: errors cross IPC and HTTP as plain objects, never as thrown exceptions. */
export interface ContractError {
  readonly code: 'invalid_input' | 'unknown_call' | 'not_found' | 'refused' | 'not_supported' | 'internal'
  readonly message: string
  readonly issues: readonly InputIssue[]
}

/** The outcome of a call: its own result, plus the slices it changed (absent when nothing changed). */
export type CallOutcome<N extends CallName> =
  | { readonly ok: true; readonly value: CallResults[N]; readonly changes?: StateChanges }
  | { readonly ok: false; readonly error: ContractError }

/** Any call's outcome, as a transport passes it on. */
export type AnyCallOutcome = CallOutcome<CallName>

/** The transport the window sees as `window.companion` (and browser mode builds over HTTP): generic over the table. */
export interface CompanionApi {
  readonly call: <N extends CallName>(name: N, input: CallInput<N>) => Promise<CallOutcome<N>>
  readonly subscribe: <E extends EventName>(event: E, listener: (payload: EventPayloads[E]) => void) => () => void
}

/** The table seen through its input schemas, so a generic name still gets its own input type. */
const inputSchemas: { readonly [N in CallName]: { readonly input: z.ZodType<ParsedInputs[N]> } } = callTable

/** Turns zod issues into field-named input issues. */
export function toInputIssues(error: z.ZodError): InputIssue[] {
  return error.issues.map((issue) => ({ field: issue.path.map(String).join('.'), message: issue.message }))
}

/** Validates a call's raw input; `undefined` counts as an empty object for calls that take none. */
export function parseCallInput<N extends CallName>(
  name: N,
  raw: unknown
): { ok: true; input: ParsedInputs[N] } | { ok: false; error: ContractError } {
  const schema = inputSchemas[name].input
  const parsed = schema.safeParse(raw === undefined ? {} : raw)
  if (parsed.success) return { ok: true, input: parsed.data }
  const issues = toInputIssues(parsed.error)
  const fields = [...new Set(issues.map((issue) => issue.field || 'input'))].join(', ')
  return { ok: false, error: { code: 'invalid_input', message: `Invalid ${name} input: ${fields}`, issues } }
}
