import type { InputIssue } from '../../../contract/contract'
import { reminderLimits, workoutKinds, type WorkoutKind } from '../../../core/reminders/reminders'
import type { Settings } from '../../../core/settings/settings'
import { clockTimePattern } from '../../../core/settings/settings-limits'
import type { Weekday } from '../../../core/time/weekdays'
import { oneOffStartMs } from '../../../core/workouts/workout-plan-check'
import { numberFormat } from '../format/number-format'
import { t } from '../i18n/i18n'
import { formatPlanDate, formatPlanTime, mondayFirst } from './plan-format'
import '../i18n/reminder-strings'

/** A planned workout as settings hold and updateSettings takes it. */
export type PlannedWorkout = Settings['workouts'][number]

/** The "Add a workout" form while it is being filled in. */
export interface WorkoutDraft {
  readonly kind: WorkoutKind
  readonly repeats: 'weekly' | 'once'
  readonly weekdays: readonly Weekday[]
  /** `YYYY-MM-DD`, as a date input gives it. */
  readonly date: string
  /** `HH:MM`, as a time input gives it. */
  readonly time: string
  readonly durationText: string
}

/** Where an add-form error is shown; "workouts" is the plan as a whole (too many workouts). */
export const workoutFieldKeys = ['kind', 'weekdays', 'date', 'time', 'durationMinutes', 'workouts'] as const
/** One place an add-form error is shown. */
export type WorkoutFieldKey = (typeof workoutFieldKeys)[number]

/** The DOM id of an add-form field ("workout-time"); the weekday group's id focuses its first checkbox. */
export const workoutFieldId = (key: WorkoutFieldKey): string => (key === 'workouts' ? 'workout-add' : `workout-${key}`)

/** A blank form: a weekly run, its date (if switched to once) preset to the given day. */
export const emptyWorkoutDraft = (todayKey: string): WorkoutDraft => ({
  kind: 'run',
  repeats: 'weekly',
  weekdays: [],
  date: todayKey,
  time: '',
  durationText: ''
})

/** Adds or removes a weekday, keeping the days Monday first. */
export function withWeekday(draft: WorkoutDraft, day: Weekday, on: boolean): WorkoutDraft {
  const chosen = new Set(draft.weekdays)
  if (on) chosen.add(day)
  else chosen.delete(day)
  return { ...draft, weekdays: mondayFirst.filter((each) => chosen.has(each)) }
}

/** A new workout id: "workout-" and ten random lowercase letters and digits. */
export function newWorkoutId(
  randomBytes: (length: number) => Uint8Array = (n) => crypto.getRandomValues(new Uint8Array(n))
): string {
  const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789'
  return `workout-${Array.from(randomBytes(10), (byte) => alphabet[byte % alphabet.length]).join('')}`
}

/**
 * The workout to add. A duration that is not a number goes as typed, so the service refuses it
 * with an issue naming the field instead of saving something else.
 */
export function workoutToAdd(draft: WorkoutDraft, id: string): PlannedWorkout {
  const durationText = draft.durationText.trim()
  const duration = durationText === '' ? durationText : Number(durationText)
  return {
    id,
    kind: draft.kind,
    time: draft.time,
    durationMinutes: (Number.isFinite(duration) ? duration : durationText) as number,
    schedule:
      draft.repeats === 'weekly'
        ? { type: 'weekly', weekdays: [...draft.weekdays] }
        : { type: 'once', date: draft.date }
  }
}

const datePattern = /^\d{4}-\d{2}-\d{2}$/

/** Whether the draft is a one-off whose date and time have already passed at `nowMs`. */
export function startsInThePast(draft: WorkoutDraft, nowMs: number): boolean {
  if (draft.repeats !== 'once') return false
  const startMs = oneOffStartMs(draft.date, draft.time)
  return startMs !== null && startMs < nowMs
}

/** The UX pre-check against reminderLimits, in form order; the service still checks everything. */
export function checkWorkoutDraft(draft: WorkoutDraft, plannedCount: number, nowMs = Date.now()): WorkoutFieldKey[] {
  const invalid = new Set<WorkoutFieldKey>()
  if (!workoutKinds.includes(draft.kind)) invalid.add('kind')
  if (draft.repeats === 'weekly' && draft.weekdays.length === 0) invalid.add('weekdays')
  if (draft.repeats === 'once' && (!datePattern.test(draft.date) || startsInThePast(draft, nowMs))) invalid.add('date')
  if (!clockTimePattern.test(draft.time)) invalid.add('time')
  const duration = Number(draft.durationText.trim())
  const { min, max } = reminderLimits.workoutMinutes
  if (draft.durationText.trim() === '' || !Number.isInteger(duration) || duration < min || duration > max) {
    invalid.add('durationMinutes')
  }
  if (plannedCount >= reminderLimits.workouts.max) invalid.add('workouts')
  return workoutFieldKeys.filter((key) => invalid.has(key))
}

/**
 * Where a service issue about the new workout belongs: "workouts.3.time" is the add form's time when
 * the new workout is number 3. Issues about other workouts, or its id, have no field (null).
 */
export function workoutKeyOfIssue(issue: InputIssue, newIndex: number, draft: WorkoutDraft): WorkoutFieldKey | null {
  const parts = issue.field.split('.')
  if (parts[0] !== 'workouts') return null
  if (parts.length === 1) return 'workouts'
  if (parts[1] !== String(newIndex)) return null
  switch (parts[2]) {
    case 'kind':
    case 'time':
    case 'durationMinutes':
      return parts[2]
    case 'schedule':
      if (parts[3] === 'weekdays' || parts[3] === 'date') return parts[3]
      return draft.repeats === 'weekly' ? 'weekdays' : 'date'
    default:
      return null
  }
}

/** Our own words for what is wrong with an add-form field (a one-off in the past says so). */
export function workoutErrorMessage(key: WorkoutFieldKey, draft?: WorkoutDraft, nowMs = Date.now()): string {
  switch (key) {
    case 'kind':
    case 'weekdays':
      return t(`workoutPlan.errors.${key}`)
    case 'date':
      return draft && startsInThePast(draft, nowMs)
        ? t('workoutPlan.errors.datePast')
        : t('workoutPlan.errors.date', { example: formatPlanDate('2026-05-01') })
    case 'time':
      return t('workoutPlan.errors.time', { example: formatPlanTime('07:30') })
    case 'durationMinutes':
      return t('workoutPlan.errors.durationMinutes', {
        min: numberFormat({}).format(reminderLimits.workoutMinutes.min),
        max: numberFormat({}).format(reminderLimits.workoutMinutes.max)
      })
    case 'workouts':
      return t('workoutPlan.errors.workouts', { max: reminderLimits.workouts.max })
  }
}
