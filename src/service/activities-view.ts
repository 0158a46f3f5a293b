import type { ActivityEntry } from '../core/activities/activity'
import { plannedOccurrencesDone } from '../core/activities/plan-match'
import { activitiesRaise } from '../core/activities/rehydration'
import type { WorkoutPlan } from '../core/reminders/reminders'
import { localDateKey } from '../core/time/local-date'
import type { ActivitiesView, ActivityView } from '../contract/slices/activities'

const dayMs = 24 * 60 * 60_000
/** How far back the window lists activities (History and the export hold them all). */
const recentDays = 14

// The list is replaced, never mutated, when it changes: the views of one list are worked out once per day.
const viewsByActivities = new WeakMap<readonly ActivityEntry[], { key: string; recent: ActivityView[] }>()

/** The recent activities with their estimate and goal raise (each raise counted on the day the activity ended). */
function recentViews(activities: readonly ActivityEntry[], nowMs: number): ActivityView[] {
  const key = localDateKey(new Date(nowMs))
  const known = viewsByActivities.get(activities)
  if (known?.key === key) return known.recent
  const fromMs = nowMs - recentDays * dayMs
  const recent = activities.filter((activity) => activity.startMs >= fromMs)
  const dates = [...new Set(recent.map((activity) => localDateKey(new Date(activity.startMs + activity.durationMs))))]
  const raises = new Map(
    dates.flatMap((date) => activitiesRaise(date, activities).activities.map((raise) => [raise.activityId, raise]))
  )
  const views = recent
    .flatMap((activity) => {
      const raise = raises.get(activity.id)
      return raise ? [{ ...activity, estimate: raise.estimate, goalRaiseMl: raise.raiseMl }] : []
    })
    .reverse()
  viewsByActivities.set(activities, { key, recent: views })
  return views
}

/** The activities part of the state. */
export function activitiesView(
  activities: readonly ActivityEntry[],
  workouts: readonly WorkoutPlan[],
  nowMs: number,
  importing: ActivitiesView['importing'],
  todayRaiseMl: number
): ActivitiesView {
  const today = localDateKey(new Date(nowMs))
  return {
    recent: recentViews(activities, nowMs),
    total: activities.length,
    todayRaiseMl,
    doneToday: plannedOccurrencesDone(today, workouts, activities),
    importing
  }
}
