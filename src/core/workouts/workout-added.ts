/**
 * When each planned workout joined the plan, so History never counts workouts "planned" for days before
 * the plan existed. The service stamps a workout the first time it sees it; the stamp never moves after.
 */
import type { WorkoutPlan } from '../reminders/reminders'

/**
 * `next` with every workout's `addedAtMs` settled: kept from the same workout in `previous`, else its own
 * if it is not in the future (an imported or restored plan), else `nowMs` (a workout added just now).
 */
export function stampWorkoutsAdded<W extends WorkoutPlan>(
  previous: readonly WorkoutPlan[],
  next: readonly W[],
  nowMs: number
): W[] {
  const known = new Map(previous.map((workout) => [workout.id, workout.addedAtMs]))
  return next.map((workout) => {
    const own = workout.addedAtMs !== undefined && workout.addedAtMs <= nowMs ? workout.addedAtMs : undefined
    return { ...workout, addedAtMs: known.get(workout.id) ?? own ?? nowMs }
  })
}
