import type { WorkoutPlan } from '../../../core/reminders/reminders'
import type { Settings } from '../../../core/settings/settings'
import { clockTimePattern } from '../../../core/settings/settings-limits'
import { weekdays } from '../../../core/time/weekdays'
import { heldWorkoutReminders, type HeldWorkoutReminder } from '../../../core/reminders/held-workout-reminders'
import { t, windowLanguage } from '../i18n/i18n'
import { formatPlanTime, formatWeekdays } from './plan-format'
import type { WorkoutDraft } from './workout-draft'
import '../i18n/reminder-strings'

/** Joins phrases as the UI language does ("a, b and c" in English), not as the locale's numbers do. */
function joinList(items: readonly string[]): string {
  return new Intl.ListFormat(windowLanguage(), { type: 'conjunction' }).format(items)
}

/** "warm-up reminder (6:45 AM)"; "… (7:35 AM on Sat, Sun)" when it is held back on some of the workout's days only. */
function reminderPhrase(held: HeldWorkoutReminder, workout: WorkoutPlan): string {
  const time = formatPlanTime(held.time)
  const { schedule } = workout
  const someDaysOnly = schedule.type === 'weekly' && schedule.weekdays.some((day) => !held.weekdays.includes(day))
  const when = someDaysOnly ? t('workoutPlan.heldBack.timeOnDays', { time, days: formatWeekdays(held.weekdays) }) : time
  return t(`workoutPlan.heldBack.reminder.${held.kind}`, { when })
}

/**
 * The note for a workout whose reminders quiet hours or active hours hold back, such as "Quiet hours
 * (10:00 PM–7:00 AM) hold back this workout's drink reminder (5:00 AM) and warm-up reminder (6:45 AM). …";
 * empty when nothing is held back. Without `advice` it only says what is held back (a button then offers the fix).
 */
export function heldRemindersNote(
  settings: Settings,
  workout: WorkoutPlan,
  held: readonly HeldWorkoutReminder[],
  { advice = true }: { readonly advice?: boolean } = {}
): string {
  if (held.length === 0) return ''
  const list = (reasons: readonly HeldWorkoutReminder[]): string =>
    joinList(reasons.map((reminder) => reminderPhrase(reminder, workout)))
  const quiet = held.filter((reminder) => reminder.reason === 'quiet-hours')
  const active = held.filter((reminder) => reminder.reason === 'active-hours')
  const { start, end } = settings.reminders.quietHours
  const sentences = [
    quiet.length > 0
      ? t('workoutPlan.heldBack.quietHours', {
          start: formatPlanTime(start),
          end: formatPlanTime(end),
          reminders: list(quiet)
        })
      : '',
    active.length > 0
      ? t(quiet.length > 0 ? 'workoutPlan.heldBack.activeHoursToo' : 'workoutPlan.heldBack.activeHours', {
          count: active.length,
          reminders: list(active)
        })
      : '',
    !advice
      ? ''
      : t('workoutPlan.heldBack.advice', {
          count: held.length,
          settings: t(
            `workoutPlan.heldBack.change.${active.length === 0 ? 'quiet' : quiet.length === 0 ? 'active' : 'both'}`
          )
        })
  ]
  return sentences.filter((sentence) => sentence !== '').join(' ')
}

/** The note for a planned workout, checked on its next week of occurrences from `nowMs`; the advice is the Allow button. */
export function plannedWorkoutNote(settings: Settings, workout: WorkoutPlan, nowMs: number): string {
  return heldRemindersNote(settings, workout, heldWorkoutReminders(settings, workout, nowMs), { advice: false })
}

const datePattern = /^\d{4}-\d{2}-\d{2}$/

/**
 * The note for a workout still being filled in, so it follows the start time as it is typed. Nothing until the
 * time (and a one-off's date) is complete; no days chosen yet counts as every day; without a usable duration the
 * cool-down, which depends on it, is left out.
 */
export function draftWorkoutNote(settings: Settings, draft: WorkoutDraft, nowMs: number): string {
  if (!clockTimePattern.test(draft.time)) return ''
  if (draft.repeats === 'once' && !datePattern.test(draft.date)) return ''
  const durationMinutes = Number(draft.durationText.trim())
  const durationKnown = draft.durationText.trim() !== '' && Number.isInteger(durationMinutes) && durationMinutes > 0
  const workout: WorkoutPlan = {
    id: 'workout-draft',
    kind: draft.kind,
    time: draft.time,
    durationMinutes: durationKnown ? durationMinutes : 0,
    schedule:
      draft.repeats === 'once'
        ? { type: 'once', date: draft.date }
        : { type: 'weekly', weekdays: draft.weekdays.length > 0 ? draft.weekdays : weekdays }
  }
  const held = heldWorkoutReminders(settings, workout, nowMs).filter(
    (reminder) => durationKnown || reminder.kind !== 'cool-down'
  )
  return heldRemindersNote(settings, workout, held)
}
