/**
 * The reminder planner: what is due from now, and what to send after a gap (sleep, clock jump).
 * Pure: every answer follows from the input and `nowMs`; local time is the process's time zone.
 */
import type { ActivityEntry } from '../activities/activity'
import type { WaterEntry } from '../journal/journal'
import type { FiredReminder, PlannedReminder, ReminderKind, ReminderState } from './reminders'
import { reminderKinds } from './reminders'
import type { Settings } from '../settings/settings'
import { activeWindow, isPausedAt, isQuietAt, localDayBounds } from './planner-hours'
import { nextHydrationReminder } from './planner-hydration'
import { coolDownGraceMs, workoutReminders } from './planner-workouts'

export { HOT_DAY_EXTRA_ML, activityGoalRaiseMl, effectiveGoalMl, hydrationIntervalMinutes } from './planner-hydration'
export { isPausedAt, isQuietAt } from './planner-hours'
export { workoutOccurrences } from './planner-workouts'

/** Everything the planner looks at. */
export interface PlannerInput {
  readonly settings: Settings
  readonly state: ReminderState
  /** All logged drinks (the planner uses the ones of the day it plans). */
  readonly water: readonly WaterEntry[]
  /** Reminders already sent, any day. */
  readonly fired: readonly FiredReminder[]
  readonly nowMs: number
  /** Workouts the watch recorded: they raise their day's goal, fulfil planned ones and set the real cool-down time. */
  readonly activities?: readonly ActivityEntry[]
}

/** Hydration is planned one reminder at a time; a long horizon looks this many active windows or days ahead at most. */
const hydrationSearches = 16

const kindOrder = (kind: ReminderKind): number => reminderKinds.indexOf(kind)
const bySoonest = (a: PlannedReminder, b: PlannedReminder): number =>
  a.dueAtMs - b.dueAtMs || kindOrder(a.kind) - kindOrder(b.kind) || a.id.localeCompare(b.id)

/**
 * Whether a reminder was already sent (or skipped). A reminder the user snoozed (every record of it answered "snoozed")
 * is not: it comes back once, at its kind's snooze end.
 */
function sentCheck(input: PlannerInput): (reminder: PlannedReminder) => boolean {
  const sent = new Set<string>(input.state.skipped.map((reminder) => reminder.id))
  const snoozed = new Set<string>()
  for (const record of input.fired) (record.response === 'snoozed' ? snoozed : sent).add(record.id)
  return (reminder) =>
    sent.has(reminder.id) ||
    (snoozed.has(reminder.id) && reminder.dueAtMs !== input.state.snoozedUntilMs[reminder.kind])
}

/** Hydration ids carry the wall-clock time, which repeats when clocks go back: keep them distinct. */
function withDistinctId(reminder: PlannedReminder, isSent: (reminder: PlannedReminder) => boolean): PlannedReminder {
  let distinct = reminder
  for (let repeat = 2; isSent(distinct) && repeat < 10; repeat += 1) {
    distinct = { ...reminder, id: `${reminder.id}:${repeat}` }
  }
  return distinct
}

/** The next hydration reminder before horizonEndMs: today's, or the first day ahead that has one. */
function nextHydrationBefore(
  input: PlannerInput,
  horizonEndMs: number,
  isSent: (reminder: PlannedReminder) => boolean
): PlannedReminder | null {
  let fromMs = input.nowMs
  for (let search = 0; search < hydrationSearches && fromMs < horizonEndMs; search += 1) {
    const next = nextHydrationReminder(input, fromMs)
    if (next !== null) return next.dueAtMs < horizonEndMs ? withDistinctId(next, isSent) : null
    // On from the end of the window searched (a night shift ends the next morning), else from the next day.
    const window = activeWindow(input.settings, new Date(fromMs))
    fromMs = window !== null && window.endMs > fromMs ? window.endMs : localDayBounds(fromMs).endMs
  }
  return null
}

/** Everything due from input.nowMs (inclusive) until horizonEndMs (default: end of the local day), soonest first, excluding ids already in `fired`. */
export function planReminders(input: PlannerInput, horizonEndMs?: number): PlannedReminder[] {
  const endMs = horizonEndMs ?? localDayBounds(input.nowMs).endMs
  const isSent = sentCheck(input)
  const hydration = nextHydrationBefore(input, endMs, isSent)
  return [...workoutReminders(input, input.nowMs, endMs), ...(hydration === null ? [] : [hydration])]
    .filter((reminder) => !isSent(reminder))
    .sort(bySoonest)
}

/** The hydration reminder that came due in (sinceMs, nowMs] today, with an amount worked out for now. */
function missedHydration(input: PlannerInput, sinceMs: number): PlannedReminder[] {
  // Today's, or this night shift's (it began yesterday evening).
  const window = activeWindow(input.settings, new Date(input.nowMs))
  const dayStartMs = localDayBounds(Math.min(window?.startMs ?? input.nowMs, input.nowMs)).startMs
  const fromMs = Math.max(sinceMs + 1, dayStartMs)
  const missed = fromMs <= input.nowMs ? nextHydrationReminder(input, fromMs, input.nowMs) : null
  return missed !== null && missed.dueAtMs <= input.nowMs ? [missed] : []
}

/** After a gap (sleep, clock jump) from sinceMs to nowMs: the reminders that fell due inside (sinceMs, nowMs] and were not sent — at most ONE per kind (the latest), never for a workout already started (warm-up, pre-drink), cool-down only within 2 h of its due time, none if quiet/paused now. Never a burst. */
export function catchUpReminders(input: PlannerInput, sinceMs: number): PlannedReminder[] {
  const { settings, state, nowMs } = input
  if (nowMs <= sinceMs || isPausedAt(settings, state, nowMs) || isQuietAt(settings, new Date(nowMs))) return []
  const isSent = sentCheck(input)
  // Integer milliseconds: (sinceMs, nowMs] is [sinceMs + 1, nowMs + 1).
  const workouts = workoutReminders(input, sinceMs + 1, nowMs + 1).filter((reminder) =>
    reminder.kind === 'cool-down'
      ? nowMs - reminder.dueAtMs <= coolDownGraceMs
      : (reminder.workoutStartMs ?? nowMs) > nowMs
  )
  const hydration = missedHydration(input, sinceMs).map((reminder) => withDistinctId(reminder, isSent))
  const latest = new Map<ReminderKind, PlannedReminder>()
  for (const reminder of [...workouts, ...hydration]) {
    if (isSent(reminder)) continue
    const kept = latest.get(reminder.kind)
    if (kept === undefined || reminder.dueAtMs > kept.dueAtMs) latest.set(reminder.kind, reminder)
  }
  return [...latest.values()].sort(bySoonest)
}
