import type { WorkoutPlan } from '../core/reminders/reminders'
import { pastOneOffWorkouts } from '../core/workouts/workout-plan-check'
import { CallRefused } from './routine-handlers'

/** Refuses a settings update that plans a new one-off workout at a time that has already passed. */
export function refusePastOneOffs(
  current: readonly WorkoutPlan[],
  incoming: readonly WorkoutPlan[],
  nowMs: number
): void {
  const past = pastOneOffWorkouts(current, incoming, nowMs)
  if (past.length === 0) return
  const message = 'This one-off workout would start in the past; choose a later date or time.'
  throw new CallRefused({
    code: 'invalid_input',
    message,
    issues: past.map((index) => ({ field: `workouts.${index}.schedule.date`, message }))
  })
}
