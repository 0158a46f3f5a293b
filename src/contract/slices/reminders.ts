import { z } from 'zod'
import { ReminderKindSchema } from '../../core/reminders/reminder-schema'
import {
  snoozeMinutesChoices,
  type FiredReminder,
  type PlannedReminder,
  type ReminderState
} from '../../core/reminders/reminders'
import { command, slice, type Done } from '../call'

/** Reminders as the window and the tray show them. */
export interface RemindersView {
  /** What is still coming today, soonest first (empty while paused or in Do not disturb). */
  readonly upcoming: readonly PlannedReminder[]
  /** What fired today and what the user did with it, oldest first. */
  readonly firedToday: readonly FiredReminder[]
  /** The newest reminder still waiting for an answer, for the in-window banner. */
  readonly waiting: FiredReminder | null
  readonly state: ReminderState
  /** Paused (for a while or until turned on) or in Do not disturb. */
  readonly paused: boolean
  readonly hotDay: boolean
}

/** Reminders and workouts (the workouts themselves are settings; their reminders live here). */
export interface RemindersState {
  readonly reminders: RemindersView
}

const reminderId = z.string().min(1).max(120)

/** The longest pause by minutes (the command line's --pause): a week. */
export const maxPauseMinutes = 7 * 24 * 60

export const remindersSlice = slice({
  state: ['reminders'] satisfies (keyof RemindersState)[],
  calls: {
    /** The user answered a reminder: drank (logs its amount), opened (the screen it points to) or dismissed it. */
    respondToReminder: command<Done>()(
      z.object({ reminderId, response: z.enum(['drank', 'opened', 'dismissed']) }).strict()
    ),
    /** Snoozes one kind, or (without a kind) the newest reminder's kind. */
    snoozeReminders: command<Done>()(
      z
        .object({
          kind: ReminderKindSchema.optional(),
          minutes: z.union(snoozeMinutesChoices.map((minutes) => z.literal(minutes)))
        })
        .strict()
    ),
    /** Skips one coming reminder (by its planned id): it is not sent, and a drink reminder counts as sent then. */
    skipReminder: command<Done>()(z.object({ reminderId }).strict()),
    /** Takes back a skip: the reminder comes again if its time has not passed. */
    unskipReminder: command<Done>()(z.object({ reminderId }).strict()),
    /** Pauses every reminder: for an hour, until tomorrow, until turned back on, or for some minutes (the command line). */
    pauseReminders: command<Done>()(
      z.union([
        z.object({ until: z.enum(['one-hour', 'tomorrow', 'turned-on']) }).strict(),
        z
          .object({
            minutes: z.number().int().min(1).max(maxPauseMinutes)
          })
          .strict()
      ])
    ),
    resumeReminders: command<Done>()(z.object({}).strict()),
    /** Marks today as a hot-weather or heavy-training day (raises the goal and the pace) or clears it. */
    setHotDay: command<Done>()(z.object({ on: z.boolean() }).strict())
  }
})
