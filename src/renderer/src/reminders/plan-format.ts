import type { WorkoutPlan } from '../../../core/reminders/reminders'
import { weekdays, type Weekday } from '../../../core/time/weekdays'
import { formatTimeOfDay, numberFormat, userLocale } from '../format/number-format'
import { t } from '../i18n/i18n'
import '../i18n/reminder-strings'

/** Weekdays in display order: Monday first. */
export const mondayFirst: readonly Weekday[] = [...weekdays.slice(1), 'sun']

/** A stored `HH:MM` time as the user's locale writes it ("7:00 AM" or "07:00"). */
export const formatPlanTime = formatTimeOfDay

/** A local date (`YYYY-MM-DD`) as the user's locale writes it ("Dec 5, 2026"). */
export function formatPlanDate(dateKey: string): string {
  const [year = 2000, month = 1, day = 1] = dateKey.split('-').map(Number)
  return new Intl.DateTimeFormat(userLocale, { dateStyle: 'medium' }).format(new Date(year, month - 1, day))
}

/** A number of minutes, briefly: "45 min". */
export function formatMinutes(minutes: number): string {
  return numberFormat({ style: 'unit', unit: 'minute', unitDisplay: 'short' }).format(minutes)
}

// 2024-01-01 was a Monday: day i of that week has the i-th Monday-first weekday.
const shortWeekday = (day: Weekday): string =>
  new Intl.DateTimeFormat(userLocale, { weekday: 'short' }).format(new Date(2024, 0, 1 + mondayFirst.indexOf(day)))

/** The days a weekly workout repeats on, Monday first: "Mon, Wed, Fri", or "Every day". */
export function formatWeekdays(days: readonly Weekday[]): string {
  const ordered = mondayFirst.filter((day) => days.includes(day))
  if (ordered.length === 7) return t('workoutPlan.everyDay')
  return new Intl.ListFormat(userLocale, { type: 'unit', style: 'short' }).format(ordered.map(shortWeekday))
}

/** One line for a planned workout: "Run · Mon, Wed, Fri at 7:00 AM · 45 min". */
export function workoutSummary(workout: WorkoutPlan): string {
  const when =
    workout.schedule.type === 'weekly'
      ? formatWeekdays(workout.schedule.weekdays)
      : formatPlanDate(workout.schedule.date)
  return t('workoutPlan.summary', {
    kind: t(`workoutPlan.kind.${workout.kind}`),
    when,
    time: formatPlanTime(workout.time),
    duration: formatMinutes(workout.durationMinutes)
  })
}
