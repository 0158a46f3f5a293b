/** Checks on a workout plan that need the current time, which the settings schema cannot know. */
import { clockTimeToMinutes } from '../time/local-date'
import type { WorkoutPlan } from '../reminders/reminders'

const datePattern = /^(\d{4})-(\d{2})-(\d{2})$/
const timePattern = /^([01]\d|2[0-3]):[0-5]\d$/

/** The local start of a one-off workout on `date` (YYYY-MM-DD) at `time` (HH:MM), or null if either is unreadable. */
export function oneOffStartMs(date: string, time: string): number | null {
  const match = datePattern.exec(date)
  if (!match || !timePattern.test(time)) return null
  const [, year, month, day] = match.map(Number) as [number, number, number, number]
  return new Date(year, month - 1, day, 0, clockTimeToMinutes(time)).getTime()
}

/**
 * The positions in `incoming` of one-off workouts that are new or changed and would already have started at
 * `nowMs`. One-offs already in the plan are left alone: a workout done this morning does not block a save.
 */
export function pastOneOffWorkouts(
  current: readonly WorkoutPlan[],
  incoming: readonly WorkoutPlan[],
  nowMs: number
): number[] {
  // Only when a one-off starts matters: allowing its reminders or its added-at stamp never blocks a save.
  const when = (workout: WorkoutPlan): string =>
    `${workout.id} ${workout.schedule.type === 'once' ? workout.schedule.date : ''} ${workout.time}`
  const known = new Set(current.map(when))
  return incoming.flatMap((workout, index) => {
    if (workout.schedule.type !== 'once' || known.has(when(workout))) return []
    const startMs = oneOffStartMs(workout.schedule.date, workout.time)
    return startMs !== null && startMs < nowMs ? [index] : []
  })
}
