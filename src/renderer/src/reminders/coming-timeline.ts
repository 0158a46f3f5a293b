import { localDayBounds } from '../../../core/reminders/planner-hours'
import { workoutOccurrences } from '../../../core/reminders/planner-workouts'
import type { PlannedReminder, WorkoutPlan } from '../../../core/reminders/reminders'
import type { ActivitiesView, ActivityView } from '../../../contract/slices/activities'

/** One line of the Coming-up list: a reminder, or a planned workout itself. */
export type TimelineEntry =
  | { readonly type: 'reminder'; readonly atMs: number; readonly reminder: PlannedReminder }
  | {
      readonly type: 'workout'
      readonly atMs: number
      readonly workout: WorkoutPlan
      readonly key: string
      /** When the watch recorded it, if an imported activity already fulfilled this occurrence. */
      readonly recorded?: { readonly startMs: number; readonly endMs: number }
    }

/** What the timeline reads of the activities: which occurrences are done, and the recent activities' times. */
export interface RecordedWorkouts {
  readonly doneToday: ActivitiesView['doneToday']
  readonly recent: readonly Pick<ActivityView, 'id' | 'startMs' | 'durationMs'>[]
}

/** The recorded activity that fulfilled a workout's occurrence on `date`, as start and end. */
function recordedOccurrence(
  activities: RecordedWorkouts | undefined,
  workoutId: string,
  date: string
): { startMs: number; endMs: number } | undefined {
  const done = activities?.doneToday.find((entry) => entry.workoutId === workoutId && entry.date === date)
  const activity = activities?.recent.find((entry) => entry.id === done?.activityId)
  return activity ? { startMs: activity.startMs, endMs: activity.startMs + activity.durationMs } : undefined
}

/**
 * The rest of today as one timeline, soonest first: the coming reminders and the workouts they are for
 * (a workout starting now or later today; one under way is left out, its cool-down still shows). A workout an
 * imported activity already fulfilled carries when it was recorded.
 */
export function comingTimeline(
  upcoming: readonly PlannedReminder[],
  workouts: readonly WorkoutPlan[],
  nowMs: number,
  activities?: RecordedWorkouts
): TimelineEntry[] {
  const { endMs } = localDayBounds(nowMs)
  const workoutEntries = workouts.flatMap((workout) =>
    workoutOccurrences(workout, nowMs, endMs).map(({ startMs, date }): TimelineEntry => {
      const recorded = recordedOccurrence(activities, workout.id, date)
      return { type: 'workout', atMs: startMs, workout, key: `${workout.id}:${date}`, ...(recorded && { recorded }) }
    })
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
