/**
 * Plan meets reality: which planned workout occurrence an imported activity fulfils.
 * Occurrences come from the plan in local wall-clock time (DST-safe, see planner-workouts.ts); the window
 * around each planned start is real time, so on a DST day it still means "two hours before … three after".
 */
import type { ActivityEntry, ActivitySport, ActivitySummary } from './activity'
import type { WorkoutKind, WorkoutPlan } from '../reminders/reminders'
import { workoutOccurrences } from '../reminders/planner-workouts'
import { dayNumberOfDate, dayNumberOfMs } from '../time/local-weeks'

const hourMs = 3_600_000

/** How far from a planned start an activity may begin and still be that workout (real time, both ends included). */
export const planMatchWindow = { beforeMs: 2 * hourMs, afterMs: 3 * hourMs } as const

/** One planned occurrence: the workout's id and the local date it was planned on. */
export interface PlannedOccurrence {
  readonly workoutId: string
  /** Local `YYYY-MM-DD` of the planned start (for a 23:30 plan, the day before a 00:10 activity). */
  readonly date: string
}

/** A planned kind and a recorded sport are the same kind of workout: run↔run, ride↔ride; gym and other take any. */
export function sameKindOfWorkout(kind: WorkoutKind, sport: ActivitySport): boolean {
  if (kind === 'gym' || kind === 'other' || sport === 'gym' || sport === 'other') return true
  return kind === sport
}

/** Whether the occurrence on `date` existed then: on or after the day the workout was added (unknown: always). */
function existedOn(plan: WorkoutPlan, date: string): boolean {
  return plan.addedAtMs === undefined || dayNumberOfDate(date) >= dayNumberOfMs(plan.addedAtMs)
}

/**
 * The planned occurrence this activity fulfils, or undefined for an extra (unplanned) activity.
 * Candidates: the same kind of workout, a planned start within `planMatchWindow` of the activity's start, on a
 * day the plan held it, and not already fulfilled by another activity in `journalActivities` (the activity's
 * own entry, same id, does not count). The nearest start wins; on a tie, the exact sport over gym/other.
 */
export function matchActivity(
  activity: ActivitySummary & { readonly id?: string },
  plans: readonly WorkoutPlan[],
  journalActivities: readonly Pick<ActivityEntry, 'id' | 'matched'>[]
): PlannedOccurrence | undefined {
  const taken = new Set(
    journalActivities.flatMap((entry) =>
      entry.matched === undefined || entry.id === activity.id
        ? []
        : [`${entry.matched.workoutId}|${entry.matched.date}`]
    )
  )
  // A planned start P matches when P − before ≤ start ≤ P + after, i.e. start − after ≤ P ≤ start + before.
  const fromMs = activity.startMs - planMatchWindow.afterMs
  const toMs = activity.startMs + planMatchWindow.beforeMs + 1
  const candidates = plans
    .filter((plan) => sameKindOfWorkout(plan.kind, activity.sport))
    .flatMap((plan) =>
      workoutOccurrences(plan, fromMs, toMs)
        .filter(({ date }) => existedOn(plan, date) && !taken.has(`${plan.id}|${date}`))
        .map(({ startMs, date }) => ({
          occurrence: { workoutId: plan.id, date },
          distanceMs: Math.abs(activity.startMs - startMs),
          exact: plan.kind === activity.sport
        }))
    )
    .sort((a, b) => a.distanceMs - b.distanceMs || Number(b.exact) - Number(a.exact))
  return candidates[0]?.occurrence
}

/** A planned occurrence on a date that an activity fulfilled, and which activity did. */
export interface DoneOccurrence extends PlannedOccurrence {
  readonly activityId: string
}

/**
 * The occurrences planned on `date` (local `YYYY-MM-DD`) that recorded activities fulfilled, in plan order:
 * what makes a workout show done. A match to a workout no longer in the plan is left out.
 */
export function plannedOccurrencesDone(
  date: string,
  plans: readonly WorkoutPlan[],
  activities: readonly Pick<ActivityEntry, 'id' | 'matched'>[]
): DoneOccurrence[] {
  return plans.flatMap((plan) => {
    const by = activities.find((entry) => entry.matched?.workoutId === plan.id && entry.matched.date === date)
    return by === undefined ? [] : [{ workoutId: plan.id, date, activityId: by.id }]
  })
}
