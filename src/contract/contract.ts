import { z } from 'zod'
import { SettingsPatch } from '../core/settings'
import { settingsLimits } from '../core/settings-limits'
import { RoutineSchema } from '../core/routine-schema'
import { ReminderKindSchema } from '../core/reminder-schema'
import { snoozeMinutesChoices } from '../core/reminders'
import { CrampReportSchema } from '../core/cramp-schema'
import { queryCallNames, type CallName, type EventName } from './names'
import type { AppState } from './state'
import type { HistoryView } from '../core/history'
import type { ExportFiles, ImportReport } from '../core/data-transfer'
import { importLimits } from '../core/data-transfer'
import { journalLimits } from '../core/journal'

/** The words the person types to confirm deleting everything. */
export const deleteAllConfirmation = 'delete'

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
  /** Takes back one drink logged by mistake, by its id (undo only reaches the newest of today). */
  removeWater: z.object({ id: z.string().min(1).max(64) }).strict(),
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
  /** Skips one coming reminder (by its planned id): it is not sent, and a drink reminder counts as sent then. */
  skipReminder: z.object({ reminderId: z.string().min(1).max(120) }).strict(),
  /** Takes back a skip: the reminder comes again if its time has not passed. */
  unskipReminder: z.object({ reminderId: z.string().min(1).max(120) }).strict(),
  /** Pauses every reminder: for an hour, until tomorrow, until turned back on, or for some minutes (the command line). */
  pauseReminders: z.union([
    z.object({ until: z.enum(['one-hour', 'tomorrow', 'turned-on']) }).strict(),
    z
      .object({
        minutes: z
          .number()
          .int()
          .min(1)
          .max(7 * 24 * 60)
      })
      .strict()
  ]),
  resumeReminders: noInput,
  /** Marks today as a hot-weather or heavy-training day (raises the goal and the pace) or clears it. */
  setHotDay: z.object({ on: z.boolean() }).strict(),
  /** Logs a cramp, now or backdated (not in the future, not more than a year back). */
  logCramp: z.object({ cramp: CrampReportSchema }).strict(),
  /** Deletes a cramp logged by mistake; the warning signs it raised go with it. */
  deleteCramp: z.object({ id: z.string().min(1).max(64) }).strict(),
  /** The person has read these warning-sign panels: each trigger is shown once. */
  acknowledgeWarnings: z
    .object({ ids: z.array(z.string().min(1).max(journalLimits.warningId)).min(1).max(100) })
    .strict(),
  /** Today's urine-colour check-in, 1 (clear) … 8 (brown); a second one today replaces the first. */
  checkInUrine: z.object({ level: z.number().int().min(1).max(8) }).strict(),
  /** The History screen's figures (not part of the pushed state: they can cover years). */
  getHistory: noInput,
  /** Everything, as JSON plus CSV for water and cramps; the window saves the files. */
  exportData: noInput,
  /** Reads an earlier export: refused whole if anything in it is wrong; merges by id; never drops entries. */
  /** With `preview`, checks the file and reports what importing it would do, changing nothing. */
  importData: z
    .object({
      text: z.string().min(1).max(importLimits.maxChars),
      restoreSettings: z.boolean(),
      preview: z.boolean().optional()
    })
    .strict(),
  /** Deletes the journal, settings, routines and reminder state (the person typed the confirmation). */
  deleteAllData: z.object({ confirm: z.literal(deleteAllConfirmation) }).strict(),
  /** Desktop only: brings the full window up (from the widget); browser mode links to the page instead. */
  showMainWindow: noInput
} as const satisfies Record<CallName, z.ZodType>

/** What an import answers: the new state and what was added. */
export interface ImportResult {
  readonly state: AppState
  readonly report: ImportReport
}

/** What each call returns when it succeeds: the new state, except for the few named here. */
interface SpecialResults {
  getHistory: HistoryView
  exportData: ExportFiles
  importData: ImportResult
}
export type CallResults = { [N in CallName]: N extends keyof SpecialResults ? SpecialResults[N] : AppState }

/** The state a successful call leaves, for the calls that answer with one. */
export function stateFromResult(name: CallName, value: unknown): AppState | null {
  if ((queryCallNames as readonly string[]).includes(name)) return null
  if (name === 'importData') return (value as ImportResult).state
  return value as AppState
}

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
