import { z } from 'zod'
import { SettingsPatch } from '../core/settings'
import { settingsLimits } from '../core/settings-limits'
import { RoutineSchema } from '../core/routine-schema'
import { ReminderKindSchema } from '../core/reminder-schema'
import { snoozeMinutesChoices } from '../core/reminders'
import { CrampReportSchema } from '../core/cramp-schema'
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
  /** Starts a routine, optionally at a step (the tray's relief guide opens the relief routine at a step). */
  startRoutine: z
    .object({ routineId: z.string().min(1).max(100), atStep: z.number().int().min(0).max(39).optional() })
    .strict(),
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
  openMiniTimer: noInput,
  /** The user answered a reminder: drank (logs its amount), opened (the screen it points to) or dismissed it. */
  respondToReminder: z
    .object({ reminderId: z.string().min(1).max(120), response: z.enum(['drank', 'opened', 'dismissed']) })
    .strict(),
  /** Snoozes one kind, or (without a kind) the newest reminder's kind. */
  snoozeReminders: z
    .object({
      kind: ReminderKindSchema.optional(),
      minutes: z.union(snoozeMinutesChoices.map((minutes) => z.literal(minutes)))
    })
    .strict(),
  pauseReminders: z.object({ until: z.enum(['one-hour', 'tomorrow', 'turned-on']) }).strict(),
  resumeReminders: noInput,
  /** Marks today as a hot-weather or heavy-training day (raises the goal and the pace) or clears it. */
  setHotDay: z.object({ on: z.boolean() }).strict(),
  /** Logs a cramp, now or backdated (not in the future, not more than a year back). */
  logCramp: z.object({ cramp: CrampReportSchema }).strict()
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
