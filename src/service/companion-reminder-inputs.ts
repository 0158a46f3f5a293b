import { formatSystemClockTime } from '../core/time/clock-format'
import { hydrationDay } from '../core/journal/hydration'
import type { Journal } from '../core/journal/journal'
import { effectiveGoalMl, type PlannerInput } from '../core/reminders/planner'
import { reminderNotification } from '../core/reminders/reminder-text'
import type { FiredReminder, PlannedReminder, ReminderState } from '../core/reminders/reminders'
import type { Settings } from '../core/settings/settings'

/** What the reminder engine reads from the companion's documents, at one moment. */
export interface ReminderInputs {
  readonly settings: Settings
  readonly journal: Journal
  readonly reminderState: ReminderState
  readonly nowMs: number
}

/** The planner's input from the documents. */
export function plannerInputOf({ settings, journal, reminderState, nowMs }: ReminderInputs): PlannerInput {
  // Nothing is sent before the first-run setup is finished or skipped: the person is still choosing.
  const state = settings.setupCompleted ? reminderState : { ...reminderState, pausedIndefinitely: true }
  return { settings, state, water: journal.water, fired: journal.reminders, nowMs, activities: journal.activities }
}

/** A reminder's notification text in `locale`'s words, with the day's water and the workout it is for. */
export function reminderTextOf(
  reminder: PlannedReminder | FiredReminder,
  { settings, journal, reminderState, nowMs }: ReminderInputs,
  locale: string | undefined
): { title: string; body: string } {
  // Only the day's water and the settings: the whole state() would run the planner again.
  const now = new Date(nowMs)
  const today = hydrationDay(journal, effectiveGoalMl(settings, reminderState, now, journal.activities), now)
  const workout = settings.workouts.find((candidate) => candidate.id === reminder.workoutId)
  return reminderNotification(reminder, {
    unit: settings.volumeUnit,
    drunkMl: today.totalMl,
    goalMl: today.goalMl,
    ...(workout ? { workoutKind: workout.kind, workoutMinutes: workout.durationMinutes } : {}),
    ...('workoutStartMs' in reminder && reminder.workoutStartMs !== undefined
      ? { workoutStartMs: reminder.workoutStartMs }
      : {}),
    locale,
    formatTime: (ms) => formatSystemClockTime(ms, locale)
  })
}
