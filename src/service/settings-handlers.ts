import type { ReminderState } from '../core/reminders/reminders'
import type { Settings } from '../core/settings/settings'
import { stampWorkoutsAdded } from '../core/workouts/workout-added'
import type { OpenDocument } from './document-file'
import type { SliceHandlers } from './handler-types'
import type { Clock } from './ports'
import { refusePastOneOffs } from './settings-checks'

/** The settings call: a patch, checked against the workouts already planned. */
export function settingsHandlers(
  clock: Clock,
  settings: OpenDocument<Settings>,
  reminderState: OpenDocument<ReminderState>
): SliceHandlers<'settings'> {
  return {
    updateSettings: (patch) => {
      const previous = settings.value
      if (patch.workouts) refusePastOneOffs(previous.workouts, patch.workouts, clock.now())
      const next = { ...previous, ...patch }
      const workouts = stampWorkoutsAdded(previous.workouts, next.workouts, clock.now())
      settings.write({ ...next, workouts })
      // Reminders begin now: the time before setup was not missed, and the first drink reminder waits an interval.
      const startsReminders = patch.setupCompleted === true && !previous.setupCompleted
      if (startsReminders) reminderState.write({ ...reminderState.value, startedAtMs: clock.now() })
      return null
    }
  }
}
