import { z } from 'zod'
import { SettingsPatch } from '../core/settings'
import { settingsLimits } from '../core/settings-limits'
import { RoutineSchema } from '../core/routine-schema'
import type { CallName, EventName } from './names'
import type { AppState } from './state'

const noInput = z.object({}).strict()

/** Every call: its zod input schema. The service validates each input against it before acting. */
export const callInputs = {
  getState: noInput,
  updateSettings: SettingsPatch,
  logWater: z
    .object({
      amountMl: z.number().int().min(settingsLimits.customAmountMl.min).max(settingsLimits.customAmountMl.max)
    })
    .strict(),
  undoLastWater: noInput,
  dismissNotice: z.object({ id: z.string().min(1).max(200) }).strict(),
  startRoutine: z.object({ routineId: z.string().min(1).max(100) }).strict(),
  pauseRoutine: noInput,
  resumeRoutine: noInput,
  skipRoutineStep: noInput,
  previousRoutineStep: noInput,
  restartRoutine: noInput,
  /** Ends the running session early; it goes to the journal as abandoned with how far it got. */
  stopRoutine: noInput,
  /** Clears a finished session from the player. */
  closeRoutine: noInput,
  /** Creates or replaces a routine (a custom one, or the user's edit of a built-in). */
  saveRoutine: z.object({ routine: RoutineSchema }).strict(),
  deleteRoutine: z.object({ routineId: z.string().min(1).max(100) }).strict(),
  /** Puts a built-in routine back to how Limber ships it. */
  resetRoutine: z.object({ routineId: z.string().min(1).max(100) }).strict(),
  /** Desktop only: opens the small always-on-top timer window (browser mode shows a compact page instead). */
  openMiniTimer: noInput
} as const satisfies Record<CallName, z.ZodType>

/** What each call returns when it succeeds. */
export type CallResults = { [N in CallName]: AppState }

/** What each event carries. */
export interface EventPayloads {
  stateChanged: AppState
}

/** A call's input as the caller writes it. */
export type CallInput<N extends CallName> = z.input<(typeof callInputs)[N]>

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

/** The outcome of a call. */
export type CallOutcome<N extends CallName> =
  { readonly ok: true; readonly value: CallResults[N] } | { readonly ok: false; readonly error: ContractError }

/** The API the window sees as `window.companion`, one function per call plus a typed subscribe. */
export type CompanionApi = {
  readonly [N in CallName]: (input: CallInput<N>) => Promise<CallOutcome<N>>
} & {
  readonly subscribe: <E extends EventName>(event: E, listener: (payload: EventPayloads[E]) => void) => () => void
}

/** Turns zod issues into field-named input issues. */
export function toInputIssues(error: z.ZodError): InputIssue[] {
  return error.issues.map((issue) => ({ field: issue.path.map(String).join('.'), message: issue.message }))
}

/** Validates a call's raw input; `undefined` counts as an empty object for calls that take none. */
export function parseCallInput<N extends CallName>(
  name: N,
  raw: unknown
): { ok: true; input: z.output<(typeof callInputs)[N]> } | { ok: false; error: ContractError } {
  const schema = callInputs[name] as z.ZodType
  const parsed = schema.safeParse(raw === undefined ? {} : raw)
  if (parsed.success) return { ok: true, input: parsed.data as z.output<(typeof callInputs)[N]> }
  const issues = toInputIssues(parsed.error)
  const fields = [...new Set(issues.map((issue) => issue.field || 'input'))].join(', ')
  return { ok: false, error: { code: 'invalid_input', message: `Invalid ${name} input: ${fields}`, issues } }
}

export type { CallName, EventName }
