import { heldWorkoutReminders } from '../../../core/reminders/held-workout-reminders'
import type { WorkoutPlan } from '../../../core/reminders/reminders'
import type { Settings } from '../../../core/settings/settings'
import { clockTimePattern } from '../../../core/settings/settings-limits'
import { hoursFittingWorkout, type FittedHours } from '../../../core/workouts/workout-hours-fit'
import { t } from '../i18n/i18n'
import { formatPlanTime, formatWeekdays, mondayFirst } from '../reminders/plan-format'
import '../i18n/setup-strings'

/** How setup makes a workout's reminders fit: move the hours, or (when no move fits) allow them in quiet hours. */
export type WorkoutFit = { readonly kind: 'hours'; readonly hours: FittedHours } | { readonly kind: 'allow' }

/** Whether the workout is complete enough to plan around (a draft may still have a half-typed time or duration). */
const plannable = (workout: WorkoutPlan): boolean =>
  clockTimePattern.test(workout.time) &&
  Number.isInteger(workout.durationMinutes) &&
  workout.durationMinutes > 0 &&
  (workout.schedule.type === 'once' || workout.schedule.weekdays.length > 0)

/** The fit the setup offers for this workout, or null when none is needed (or the workout is not complete yet). */
export function workoutFit(settings: Settings, workout: WorkoutPlan, nowMs: number): WorkoutFit | null {
  if (!plannable(workout) || heldWorkoutReminders(settings, workout, nowMs).length === 0) return null
  const hours = hoursFittingWorkout(settings, workout, nowMs)
  return hours ? { kind: 'hours', hours } : { kind: 'allow' }
}

/** The settings with the fit applied: new active and quiet hours, or the workout allowed in quiet hours. */
export function withWorkoutFit(settings: Settings, workout: WorkoutPlan, fit: WorkoutFit): Settings {
  if (fit.kind === 'allow') {
    return {
      ...settings,
      workouts: settings.workouts.map((w) => (w.id === workout.id ? { ...w, allowInQuietHours: true } : w))
    }
  }
  const reminders = { ...settings.reminders, quietHours: fit.hours.quietHours }
  return { ...settings, activeHours: fit.hours.activeHours, reminders }
}

/** What the fit would change, in words: "Active hours on Mon, Wed, Fri from 4:30 AM; quiet hours until 4:30 AM." */
export function workoutFitText(settings: Settings, fit: WorkoutFit): string {
  if (fit.kind === 'allow') return t('setup.workout.fitAllowHint')
  const changedDays = mondayFirst.filter(
    (day) => JSON.stringify(fit.hours.activeHours[day]) !== JSON.stringify(settings.activeHours[day])
  )
  const parts = changedDays.length === 0 ? [] : [activeHoursPhrase(fit.hours, changedDays)]
  const quiet = fit.hours.quietHours
  const oldQuiet = settings.reminders.quietHours
  if (quiet.start !== oldQuiet.start || quiet.end !== oldQuiet.end) {
    parts.push(t('setup.workout.fitQuiet', { start: formatPlanTime(quiet.start), end: formatPlanTime(quiet.end) }))
  }
  return t('setup.workout.fitHint', { changes: parts.join('; ') })
}

function activeHoursPhrase(hours: FittedHours, days: typeof mondayFirst): string {
  const first = hours.activeHours[days[0] ?? 'mon']
  const same = days.every((day) => JSON.stringify(hours.activeHours[day]) === JSON.stringify(first))
  const range = (day: (typeof mondayFirst)[number]) =>
    t('setup.workout.fitRange', {
      start: formatPlanTime(hours.activeHours[day].start),
      end: formatPlanTime(hours.activeHours[day].end)
    })
  if (same) return t('setup.workout.fitActive', { days: formatWeekdays(days), range: range(days[0] ?? 'mon') })
  return days.map((day) => t('setup.workout.fitActive', { days: formatWeekdays([day]), range: range(day) })).join('; ')
}
