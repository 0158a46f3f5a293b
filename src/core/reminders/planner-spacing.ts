/**
 * Drink reminders do not stack: a workout's own drink reminders (the drink before it, electrolytes, the
 * cool-down's "have a drink") stand in for the paced drink reminders around them, which keep their interval.
 */
import type { PlannerInput } from './planner'
import type { ReminderKind } from './reminders'
import { workoutReminders } from './planner-workouts'

/** The workout reminder kinds that ask the person to drink. */
const workoutDrinkKinds: readonly ReminderKind[] = ['pre-workout-drink', 'electrolytes', 'cool-down']

/** A stretch of time in which no paced drink reminder is due: [startMs, endMs). */
export interface DrinkBlock {
  readonly startMs: number
  readonly endMs: number
}

/**
 * For each workout occurrence near [dayStartMs, dayEndMs): from one interval before its first drink reminder to one
 * interval after its last (the workout itself lies between). Skipped reminders do not count; sent ones do.
 */
export function workoutDrinkBlocks(
  input: PlannerInput,
  dayStartMs: number,
  dayEndMs: number,
  intervalMs: number
): DrinkBlock[] {
  const skipped = new Set(input.state.skipped.map((reminder) => reminder.id))
  const byOccurrence = new Map<string, number[]>()
  // A workout drink just across midnight still keeps its interval from the paced ones on this side.
  for (const reminder of workoutReminders(input, dayStartMs - intervalMs, dayEndMs + intervalMs)) {
    if (!workoutDrinkKinds.includes(reminder.kind) || skipped.has(reminder.id)) continue
    const key = `${reminder.workoutId}:${reminder.workoutStartMs}`
    byOccurrence.set(key, [...(byOccurrence.get(key) ?? []), reminder.dueAtMs])
  }
  // A workout drink sent late (a catch-up) counts from when it was sent.
  for (const fired of input.fired) {
    if (!workoutDrinkKinds.includes(fired.kind) || fired.response === 'snoozed') continue
    const near = fired.firedAtMs >= dayStartMs - intervalMs && fired.firedAtMs < dayEndMs + intervalMs
    if (near) byOccurrence.set(fired.id, [fired.firedAtMs])
  }
  return [...byOccurrence.values()].map((times) => ({
    // A reminder exactly one interval before keeps the interval, so it is allowed.
    startMs: Math.min(...times) - intervalMs + 1,
    endMs: Math.max(...times) + intervalMs
  }))
}

/** The first instant from `atMs` on that lies in no block (blocks may overlap). */
export function firstUnblocked(atMs: number, blocks: readonly DrinkBlock[]): number {
  let at = atMs
  for (let moved = true; moved;) {
    moved = false
    for (const block of blocks) {
      if (at >= block.startMs && at < block.endMs) {
        at = block.endMs
        moved = true
      }
    }
  }
  return at
}
