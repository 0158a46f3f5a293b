/**
 * Reminders around planned workouts: a drink well before, electrolytes before a long or hot one, a warm-up
 * shortly before, a cool-down after.
 * They are dropped, never moved, when they would fall in quiet hours: a moved warm-up could land after the run;
 * unless the person allowed that workout's reminders in quiet hours.
 */
import type { PlannerInput } from './planner'
import type { PlannedReminder, ReminderKind, WorkoutPlan } from './reminders'
import { clockTimeToMinutes, localDateKey, startOfLocalDay, startOfNextLocalDay } from '../time/local-date'
import { weekdayOf } from '../time/weekdays'
import { atWallClock, isPausedAt, isQuietAt, wallClockMinus } from './planner-hours'
import { activityEndMs } from '../activities/activity'

const minuteMs = 60_000
/** A cool-down reminder is still useful this long after its due time (snoozed or caught up); later it is noise. */
export const coolDownGraceMs = 2 * 60 * minuteMs
/** Room for a DST jump (one hour) and the cool-down grace when looking for occurrences around a range. */
const slackMs = 3 * 60 * minuteMs

/** Local start instants of a workout between fromMs (inclusive) and toMs (exclusive). */
export function workoutOccurrences(
  workout: WorkoutPlan,
  fromMs: number,
  toMs: number
): { startMs: number; date: string }[] {
  const minutes = clockTimeToMinutes(workout.time)
  const occurrence = (day: Date) => {
    const startMs = atWallClock(day, minutes)
    return startMs >= fromMs && startMs < toMs ? [{ startMs, date: localDateKey(new Date(startMs)) }] : []
  }
  const { schedule } = workout
  if (schedule.type === 'once') {
    const [year, month, day] = schedule.date.split('-').map(Number)
    return occurrence(new Date(year ?? 0, (month ?? 1) - 1, day ?? 1))
  }
  const found: { startMs: number; date: string }[] = []
  for (let day = startOfLocalDay(new Date(fromMs)); day.getTime() < toMs; day = startOfNextLocalDay(day)) {
    if (schedule.weekdays.includes(weekdayOf(day))) found.push(...occurrence(day))
  }
  return found
}

/** Whether an occurrence asks for electrolytes: long enough, or on a day the user marked hot. */
function wantsElectrolytes(input: OccurrenceInput, workout: WorkoutPlan, date: string): boolean {
  const { electrolytes } = input.settings.reminders
  return (
    electrolytes.enabled &&
    (workout.durationMinutes >= electrolytes.minWorkoutMinutes || input.state.hotDays.includes(date))
  )
}

/** What one occurrence's reminders depend on: the reminder settings, and the hot days. */
export type OccurrenceInput = Pick<PlannerInput, 'settings' | 'state'>

/** The reminders one occurrence asks for, at their unadjusted due times (before snooze, pause and quiet hours). */
export function occurrenceReminders(
  input: OccurrenceInput,
  workout: WorkoutPlan,
  startMs: number,
  date: string
): PlannedReminder[] {
  const { preWorkoutDrink, electrolytes, warmUp, coolDown } = input.settings.reminders
  const start = new Date(startMs)
  const make = (kind: ReminderKind, dueAtMs: number, amountMl?: number): PlannedReminder => ({
    id: `${kind}:${workout.id}:${date}`,
    kind,
    dueAtMs,
    ...(amountMl === undefined ? {} : { amountMl }),
    workoutId: workout.id,
    workoutStartMs: startMs
  })
  const endMs = startMs + workout.durationMinutes * minuteMs
  return [
    preWorkoutDrink.enabled
      ? make('pre-workout-drink', wallClockMinus(start, preWorkoutDrink.leadMinutes), preWorkoutDrink.amountMl)
      : null,
    wantsElectrolytes(input, workout, date)
      ? make('electrolytes', wallClockMinus(start, electrolytes.leadMinutes))
      : null,
    warmUp.enabled ? make('warm-up', wallClockMinus(start, warmUp.leadMinutes)) : null,
    // The workout lasts durationMinutes of real time, so its end is not a wall-clock sum.
    coolDown.enabled ? make('cool-down', endMs + coolDown.delayMinutes * minuteMs) : null
  ].filter((reminder) => reminder !== null)
}

/**
 * A reminder after snooze, pause and quiet hours: moved to the snooze end while still useful, else dropped.
 * A workout the person allowed in quiet hours ignores quiet and active hours (never a pause or Do not disturb).
 */
function heldReminder(input: PlannerInput, reminder: PlannedReminder, allowedAnyHour: boolean): PlannedReminder | null {
  const { settings, state } = input
  const snoozedUntilMs = state.snoozedUntilMs[reminder.kind]
  let dueAtMs = reminder.dueAtMs
  if (snoozedUntilMs !== undefined && snoozedUntilMs > dueAtMs) {
    const stillUseful =
      reminder.kind === 'cool-down'
        ? snoozedUntilMs - dueAtMs <= coolDownGraceMs
        : snoozedUntilMs < (reminder.workoutStartMs ?? dueAtMs)
    if (!stillUseful) return null
    dueAtMs = snoozedUntilMs
  }
  if (isPausedAt(settings, state, dueAtMs) || (!allowedAnyHour && isQuietAt(settings, new Date(dueAtMs)))) return null
  return dueAtMs === reminder.dueAtMs ? reminder : { ...reminder, dueAtMs }
}

/**
 * An occurrence the watch already recorded (an imported activity was matched to it) needs no reminder before
 * it any more, and its cool-down follows the real end rather than the planned one.
 */
function recordedReminders(
  input: PlannerInput,
  workout: WorkoutPlan,
  date: string,
  reminders: PlannedReminder[]
): PlannedReminder[] {
  const done = input.activities?.find(
    (activity) => activity.matched?.workoutId === workout.id && activity.matched.date === date
  )
  if (!done) return reminders
  const { delayMinutes } = input.settings.reminders.coolDown
  return reminders
    .filter((reminder) => reminder.kind === 'cool-down')
    .map((reminder) => ({ ...reminder, dueAtMs: activityEndMs(done) + delayMinutes * minuteMs }))
}

/** Workout reminders due in [fromMs, toMs) once snoozes, pauses and quiet hours are applied. */
export function workoutReminders(input: PlannerInput, fromMs: number, toMs: number): PlannedReminder[] {
  const { preWorkoutDrink, electrolytes, warmUp, coolDown } = input.settings.reminders
  const leadMs = Math.max(preWorkoutDrink.leadMinutes, electrolytes.leadMinutes, warmUp.leadMinutes) * minuteMs
  return input.settings.workouts.flatMap((workout) => {
    const afterStartMs = (workout.durationMinutes + coolDown.delayMinutes) * minuteMs
    return workoutOccurrences(workout, fromMs - afterStartMs - slackMs, toMs + leadMs + slackMs)
      .flatMap(({ startMs, date }) =>
        recordedReminders(input, workout, date, occurrenceReminders(input, workout, startMs, date))
      )
      .flatMap((reminder) => {
        const held = heldReminder(input, reminder, workout.allowInQuietHours === true)
        return held !== null && held.dueAtMs >= fromMs && held.dueAtMs < toMs ? [held] : []
      })
  })
}
