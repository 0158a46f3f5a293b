import { localDayBounds } from '../../../core/reminders/planner-hours'
import { workoutOccurrences } from '../../../core/reminders/planner-workouts'
import type { PlannedReminder, WorkoutPlan } from '../../../core/reminders/reminders'

/** One line of the Coming-up list: a reminder, or a planned workout itself. */
export type TimelineEntry =
  | { readonly type: 'reminder'; readonly atMs: number; readonly reminder: PlannedReminder }
  | { readonly type: 'workout'; readonly atMs: number; readonly workout: WorkoutPlan; readonly key: string }

/**
 * The rest of today as one timeline, soonest first: the coming reminders and the workouts they are for
 * (a workout starting now or later today; one under way is left out, its cool-down still shows).
 */
export function comingTimeline(
  upcoming: readonly PlannedReminder[],
  workouts: readonly WorkoutPlan[],
  nowMs: number
): TimelineEntry[] {
  const { endMs } = localDayBounds(nowMs)
  const workoutEntries = workouts.flatMap((workout) =>
    workoutOccurrences(workout, nowMs, endMs).map(({ startMs, date }): TimelineEntry => ({
      type: 'workout',
      atMs: startMs,
      workout,
      key: `${workout.id}:${date}`
    }))
  )
  const reminderEntries = upcoming.map((reminder): TimelineEntry => ({
    type: 'reminder',
    atMs: reminder.dueAtMs,
    reminder
  }))
  // At the same minute the workout comes after its reminders (a warm-up due at the start is read first).
  return [...reminderEntries, ...workoutEntries].sort(
    (a, b) => a.atMs - b.atMs || (a.type === 'workout' ? 1 : 0) - (b.type === 'workout' ? 1 : 0)
  )
}
