/**
 * Which of a workout's reminders the planner will never send: those falling in quiet hours or outside the day's
 * active hours are dropped, not moved, so the window says so instead of leaving the person to wonder.
 */
import type { ReminderKind, ReminderState, WorkoutPlan } from './reminders'
import { emptyReminderState } from './reminder-schema'
import type { Settings } from '../settings/settings'
import { startOfLocalDay } from '../time/local-date'
import { inQuietHours, isQuietAt, wallClockHhmm, wallClockMinutes } from './planner-hours'
import { occurrenceReminders, workoutOccurrences } from './planner-workouts'
import { weekdayOf, type Weekday } from '../time/weekdays'

/** The reminder kinds that belong to a workout (every kind but hydration). */
export type WorkoutReminderKind = Exclude<ReminderKind, 'hydration'>

/** A workout reminder the planner holds back on some or all of the workout's days. */
export interface HeldWorkoutReminder {
  readonly kind: WorkoutReminderKind
  /** When it would be due, local `HH:MM` (06:45 for the warm-up of a 07:00 run). */
  readonly time: string
  /**
   * "quiet-hours" when it falls in quiet hours (every day alike, whatever the active hours say); "active-hours"
   * when it only falls outside the active hours of some of the workout's days (they can differ per weekday).
   */
  readonly reason: 'quiet-hours' | 'active-hours'
  /** The weekdays it is held back on, in the order the workout next meets them; a one-off workout has its one day. */
  readonly weekdays: readonly Weekday[]
}

// Hot days add electrolyte reminders to some dates only: a note about the plan as a whole leaves them out.
const noHotDays: ReminderState = emptyReminderState()

/** The occurrences that stand for the plan: a one-off on its date, a weekly one on each of its next seven days. */
function representativeOccurrences(workout: WorkoutPlan, nowMs: number): { startMs: number; date: string }[] {
  // A one-off workout has exactly one occurrence, whatever the range.
  if (workout.schedule.type === 'once') return workoutOccurrences(workout, -Infinity, Infinity)
  const today = startOfLocalDay(new Date(nowMs))
  const weekLater = new Date(today.getFullYear(), today.getMonth(), today.getDate() + 7)
  return workoutOccurrences(workout, today.getTime(), weekLater.getTime())
}

/** `HH:MM` of the local wall clock at an instant. */
function clockTimeAt(atMs: number): string {
  const hhmm = wallClockHhmm(new Date(atMs))
  return `${hhmm.slice(0, 2)}:${hhmm.slice(2)}`
}

/**
 * The workout's enabled reminders that fall where `isQuietAt` lets nothing fire (quiet hours, or outside the
 * active hours), each kind once, in the order they would come. A weekly workout is checked on its next
 * occurrence of each weekday from `nowMs`; hot days are ignored. Empty when every reminder can be sent, or the
 * person allowed this workout's reminders at any hour.
 */
export function heldWorkoutReminders(settings: Settings, workout: WorkoutPlan, nowMs: number): HeldWorkoutReminder[] {
  if (workout.allowInQuietHours === true) return []
  const held = new Map<WorkoutReminderKind, { offsetMs: number; time: string; quiet: boolean; weekdays: Weekday[] }>()
  for (const { startMs, date } of representativeOccurrences(workout, nowMs)) {
    for (const { kind, dueAtMs } of occurrenceReminders({ settings, state: noHotDays }, workout, startMs, date)) {
      const due = new Date(dueAtMs)
      if (kind === 'hydration' || !isQuietAt(settings, due)) continue
      const entry = held.get(kind) ?? {
        offsetMs: dueAtMs - startMs,
        time: clockTimeAt(dueAtMs),
        quiet: false,
        weekdays: []
      }
      entry.quiet ||= inQuietHours(settings, wallClockMinutes(due))
      entry.weekdays.push(weekdayOf(new Date(startMs)))
      held.set(kind, entry)
    }
  }
  return [...held]
    .sort(([, a], [, b]) => a.offsetMs - b.offsetMs)
    .map(([kind, { time, quiet, weekdays }]) => ({
      kind,
      time,
      reason: quiet ? 'quiet-hours' : 'active-hours',
      weekdays
    }))
}
