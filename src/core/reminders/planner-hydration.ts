/**
 * The next hydration reminder: one at a time, paced across the active hours, held back after a drink,
 * and never once the day's goal is met.
 */
import type { PlannerInput } from './planner'
import type { PlannedReminder, ReminderState } from './reminders'
import type { Settings } from '../settings/settings'
import { clockTimeToMinutes, localDateKey } from '../time/local-date'
import { weekdayOf } from '../time/weekdays'
import {
  activeWindow,
  firstAllowedFrom,
  isPausedAt,
  localDayBounds,
  runsPastMidnight,
  wallClockHhmm
} from './planner-hours'
import { firstUnblocked, workoutDrinkBlocks, type DrinkBlock } from './planner-spacing'
import type { ActivityEntry } from '../activities/activity'
import { activitiesRaise } from '../activities/rehydration'

/** Extra water on a day marked hot or heavy-training (the source article: more in warm weather). */
export const HOT_DAY_EXTRA_ML = 500

const minuteMs = 60_000
/** NATA (2017): over-drinking risks hyponatraemia, so one reminder never asks for more than this. */
const maxSuggestedMl = 500
const minSuggestedMl = 100
const derivedInterval = { minMinutes: 30, maxMinutes: 120, dayOffMinutes: 90, stepMinutes: 5 } as const

// The raise is asked for many times per plan; the activity list is replaced, never mutated, when it changes.
const raisesByActivities = new WeakMap<readonly ActivityEntry[], Map<string, number>>()

/** What the recorded activities that ended on local date `date` add to its goal (see activities/rehydration.ts). */
export function activityGoalRaiseMl(date: string, activities: readonly ActivityEntry[]): number {
  if (activities.length === 0) return 0
  let byDate = raisesByActivities.get(activities)
  if (!byDate) raisesByActivities.set(activities, (byDate = new Map()))
  let raise = byDate.get(date)
  if (raise === undefined) byDate.set(date, (raise = activitiesRaise(date, activities).totalMl))
  return raise
}

/**
 * The day's goal: dailyGoalMl, plus HOT_DAY_EXTRA_ML when the local date of `at` is in state.hotDays, plus what
 * that day's recorded activities likely cost in sweat.
 */
export function effectiveGoalMl(
  settings: Settings,
  state: ReminderState,
  at: Date,
  activities: readonly ActivityEntry[] = []
): number {
  const date = localDateKey(at)
  return (
    settings.dailyGoalMl + (state.hotDays.includes(date) ? HOT_DAY_EXTRA_ML : 0) + activityGoalRaiseMl(date, activities)
  )
}

/** reminders.hydration.intervalMinutes, or derived: that weekday's active minutes ÷ (goal ÷ glassMl) glasses, rounded to 5, clamped 30…120 (90 if the day is disabled). */
export function hydrationIntervalMinutes(
  settings: Settings,
  state: ReminderState,
  at: Date,
  activities: readonly ActivityEntry[] = []
): number {
  const chosen = settings.reminders.hydration.intervalMinutes
  if (chosen !== null) return chosen
  const day = settings.activeHours[weekdayOf(at)]
  if (!day.enabled) return derivedInterval.dayOffMinutes
  // A night shift (the end before the start) runs on past midnight.
  const activeMinutes =
    clockTimeToMinutes(day.end) - clockTimeToMinutes(day.start) + (runsPastMidnight(day) ? 24 * 60 : 0)
  const glasses = effectiveGoalMl(settings, state, at, activities) / settings.glassMl
  const { stepMinutes, minMinutes, maxMinutes } = derivedInterval
  const rounded = Math.round(activeMinutes / glasses / stepMinutes) * stepMinutes
  return Math.min(maxMinutes, Math.max(minMinutes, rounded))
}

/** What the planner knows about one local day's drinking. */
interface HydrationDay {
  readonly startMs: number
  readonly endMs: number
  readonly goalMl: number
  readonly drunkMl: number
  readonly intervalMs: number
  /** The earliest the next reminder may come: after the last reminder, the last drink and any snooze or pause. */
  readonly notBeforeMs: number
  /** Around a workout's own drink reminders no paced one comes. */
  readonly blocks: readonly DrinkBlock[]
}

function hydrationDay(input: PlannerInput, atMs: number): HydrationDay | null {
  const { settings, state } = input
  const window = activeWindow(settings, new Date(atMs))
  if (!settings.reminders.hydration.enabled || window === null) return null
  // The day the window opened on: its goal and pace, and its drinks from midnight on (past midnight for a night shift).
  const at = new Date(window.startMs)
  const opened = localDayBounds(window.startMs)
  const day = { startMs: opened.startMs, endMs: Math.max(opened.endMs, window.endMs) }
  const onDay = (ms: number) => ms >= day.startMs && ms < day.endMs
  const drinks = input.water.filter((drink) => onDay(drink.loggedAtMs))
  // A reminder the user snoozed does not count: the snooze says when it comes back. A skipped one does, at its due time.
  const sent = [
    ...input.fired.filter((r) => r.kind === 'hydration' && r.response !== 'snoozed').map((r) => r.firedAtMs),
    ...state.skipped.filter((r) => r.kind === 'hydration').map((r) => r.dueAtMs)
  ].filter(onDay)
  const intervalMs = hydrationIntervalMinutes(settings, state, at, input.activities) * minuteMs
  return {
    ...window,
    goalMl: effectiveGoalMl(settings, state, at, input.activities),
    drunkMl: drinks.reduce((sum, drink) => sum + drink.amountMl, 0),
    intervalMs,
    notBeforeMs: Math.max(
      window.startMs,
      ...sent.map((sentAtMs) => sentAtMs + intervalMs),
      ...drinks.map((drink) => drink.loggedAtMs + intervalMs),
      // Just after setup the person has not logged what they drank yet: give them an interval first.
      state.startedAtMs === null ? 0 : state.startedAtMs + intervalMs,
      state.snoozedUntilMs.hydration ?? 0,
      state.pausedUntilMs ?? 0
    ),
    blocks: workoutDrinkBlocks(input, day.startMs, day.endMs, intervalMs)
  }
}

/** Where the day's pace says the total should be at `atMs` (goal spread evenly over the active hours). */
function paceTargetMl(day: HydrationDay, atMs: number): number {
  return (day.goalMl * (atMs - day.startMs)) / (day.endMs - day.startMs)
}

/** Enough to be on pace by the following reminder, in 50 ml steps, within 100…500 ml and what is left. */
function suggestedAmountMl(day: HydrationDay, atMs: number): number {
  const behindMl = paceTargetMl(day, atMs + day.intervalMs) - day.drunkMl
  const roundedMl = Math.max(minSuggestedMl, Math.ceil(behindMl / 50) * 50)
  return Math.min(roundedMl, maxSuggestedMl, day.goalMl - day.drunkMl)
}

/** The earliest allowed instant from fromMs on that no workout drink reminder blocks, or null. */
function allowedUnblocked(input: PlannerInput, day: HydrationDay, fromMs: number): number | null {
  let at: number | null = fromMs
  for (let tries = 0; at !== null && tries < 8; tries += 1) {
    const allowed = firstAllowedFrom(input.settings, at, day.endMs)
    if (allowed === null) return null
    const unblocked = firstUnblocked(allowed, day.blocks)
    if (unblocked === allowed) return allowed
    at = unblocked < day.endMs ? unblocked : null
  }
  return null
}

/** The earliest allowed due instant on fromMs's day, or null when none is left before the active end. */
function nextDueMs(input: PlannerInput, day: HydrationDay, fromMs: number): number | null {
  const { settings } = input
  const first = allowedUnblocked(input, day, Math.max(fromMs, day.notBeforeMs))
  if (first === null) return null
  if (day.drunkMl < paceTargetMl(day, first) + settings.glassMl) return first
  // Ahead of pace by a glass or more: wait until the pace catches up with what was drunk.
  const caughtUpMs = Math.ceil(day.startMs + (day.drunkMl / day.goalMl) * (day.endMs - day.startMs))
  return allowedUnblocked(input, day, Math.max(first, caughtUpMs))
}

/**
 * The one hydration reminder due next on the local day holding fromMs (from fromMs on), or null:
 * hydration off, day off, goal met, held indefinitely, or nothing allowed before the active end.
 * `amountAtMs` is when the suggested amount is worked out for (the due time, or now for a catch-up).
 */
export function nextHydrationReminder(
  input: PlannerInput,
  fromMs: number,
  amountAtMs?: number
): PlannedReminder | null {
  const day = hydrationDay(input, fromMs)
  if (day === null || day.drunkMl >= day.goalMl) return null
  if (input.settings.reminders.doNotDisturb || input.state.pausedIndefinitely) return null
  const dueAtMs = nextDueMs(input, day, fromMs)
  if (dueAtMs === null || isPausedAt(input.settings, input.state, dueAtMs)) return null
  const due = new Date(dueAtMs)
  return {
    id: `hydration:${localDateKey(due)}:${wallClockHhmm(due)}`,
    kind: 'hydration',
    dueAtMs,
    amountMl: suggestedAmountMl(day, amountAtMs ?? dueAtMs)
  }
}
