/**
 * Hours that fit a workout: the active hours of its days start early enough (and end late enough), and quiet
 * hours end before (or start after) its reminders, so none of them is held back. The first-run setup offers it
 * for the workout the person plans; other days keep their hours.
 */
import { heldWorkoutReminders } from '../reminders/held-workout-reminders'
import { clockTimeToMinutes } from '../time/local-date'
import { runsPastMidnight } from '../reminders/planner-hours'
import type { ReminderSettings, WorkoutPlan } from '../reminders/reminders'
import type { ActiveHours, Settings } from '../settings/settings'

/** What fitting changes: the active hours and the quiet hours. */
export interface FittedHours {
  readonly activeHours: ActiveHours
  readonly quietHours: ReminderSettings['quietHours']
}

const pad = (n: number): string => String(n).padStart(2, '0')
const clockTime = (minutes: number): string => `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`
const lastMinute = 23 * 60 + 59

/** Quiet hours moved off `minutes`: a night window ends at it (morning side) or starts just after it (evening side). */
function quietAround(quiet: ReminderSettings['quietHours'], minutes: number): ReminderSettings['quietHours'] | null {
  const [start, end] = [clockTimeToMinutes(quiet.start), clockTimeToMinutes(quiet.end)]
  const wraps = start > end
  if (!quiet.enabled || start === end) return quiet
  const inside = wraps ? minutes >= start || minutes < end : minutes >= start && minutes < end
  if (!inside) return quiet
  // A daytime quiet window (a nap, say) is the person's own choice: no fit moves it.
  if (!wraps) return null
  if (minutes < end) return { ...quiet, end: clockTime(minutes) }
  return minutes + 1 > lastMinute ? null : { ...quiet, start: clockTime(minutes + 1) }
}

/**
 * The active and quiet hours changed just enough for every reminder of `workout` to be sent, or null when nothing
 * is held back or no such change exists (a reminder before midnight for a run after it, a daytime quiet window).
 */
export function hoursFittingWorkout(settings: Settings, workout: WorkoutPlan, nowMs: number): FittedHours | null {
  const asPlanned = { ...workout, allowInQuietHours: false }
  const held = heldWorkoutReminders(settings, asPlanned, nowMs)
  if (held.length === 0) return null
  const activeHours = { ...settings.activeHours }
  let quietHours: ReminderSettings['quietHours'] | null = settings.reminders.quietHours
  for (const reminder of held) {
    const minutes = clockTimeToMinutes(reminder.time)
    for (const day of reminder.weekdays) {
      const hours = activeHours[day]
      // A night shift's hours are left alone: the workout is then allowed in quiet hours instead.
      if (runsPastMidnight(hours)) return null
      const [start, end] = hours.enabled
        ? [clockTimeToMinutes(hours.start), clockTimeToMinutes(hours.end)]
        : [minutes, minutes + 1]
      activeHours[day] = {
        enabled: true,
        start: clockTime(Math.min(start, minutes)),
        end: clockTime(Math.min(lastMinute, Math.max(end, minutes + 1)))
      }
    }
    quietHours = quietHours === null ? null : quietAround(quietHours, minutes)
  }
  if (quietHours === null) return null
  const fitted = { ...settings, activeHours, reminders: { ...settings.reminders, quietHours } }
  return heldWorkoutReminders(fitted, asPlanned, nowMs).length === 0 ? { activeHours, quietHours } : null
}
