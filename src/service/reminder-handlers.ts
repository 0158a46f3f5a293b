import { randomUUID } from 'node:crypto'
import type { Journal } from '../core/journal/journal'
import { localDateKey, startOfNextLocalDay } from '../core/time/local-date'
import type { FiredReminder, PlannedReminder, ReminderState } from '../core/reminders/reminders'
import type { Settings } from '../core/settings/settings'
import type { OpenDocument } from './document-file'
import type { Clock } from './ports'
import { CallRefused, type SliceHandlers } from './handler-types'

/** Hot days older than this are forgotten (History looks back 30 days; the planner only needs today). */
const HOT_DAYS_KEPT = 60
/** Skips are kept this long after their due time (the planner only looks at today and the night before). */
const SKIPS_KEPT_MS = 2 * 24 * 60 * 60_000

/** The newest reminder of today still waiting for an answer. */
export function waitingReminder(fired: readonly FiredReminder[], dayStartMs: number): FiredReminder | null {
  const last = fired.at(-1)
  return last && last.firedAtMs >= dayStartMs && last.response === 'none' ? last : null
}

/** The reminder calls: answering, snoozing, pausing, hot days. */
export function reminderHandlers(
  clock: Clock,
  settings: OpenDocument<Settings>,
  journal: OpenDocument<Journal>,
  reminderState: OpenDocument<ReminderState>,
  upcoming: () => readonly PlannedReminder[]
): SliceHandlers<'reminders'> {
  const answer = (id: string, response: FiredReminder['response']): FiredReminder => {
    const fired = journal.value.reminders.find((reminder) => reminder.id === id)
    if (!fired) throw new CallRefused({ code: 'not_found', message: `No reminder ${id}`, issues: [] })
    const answered = { ...fired, response, respondedAtMs: clock.now() }
    journal.write({ ...journal.value, reminders: journal.value.reminders.map((r) => (r.id === id ? answered : r)) })
    return answered
  }
  return {
    respondToReminder: ({ reminderId, response }) => {
      const answered = answer(reminderId, response)
      if (response === 'drank' && answered.amountMl !== undefined) {
        const entry = { id: randomUUID(), loggedAtMs: clock.now(), amountMl: answered.amountMl }
        journal.write({ ...journal.value, water: [...journal.value.water, entry] })
      }
      return null
    },
    snoozeReminders: ({ kind, minutes }) => {
      const waiting = journal.value.reminders.at(-1)
      const snoozedKind = kind ?? waiting?.kind
      if (!snoozedKind) throw new CallRefused({ code: 'not_found', message: 'No reminder to snooze', issues: [] })
      if (waiting && waiting.kind === snoozedKind && waiting.response === 'none') answer(waiting.id, 'snoozed')
      const untilMs = clock.now() + minutes * 60_000
      const state = reminderState.value
      reminderState.write({ ...state, snoozedUntilMs: { ...state.snoozedUntilMs, [snoozedKind]: untilMs } })
      return null
    },
    skipReminder: ({ reminderId }) => {
      const coming = upcoming().find((reminder) => reminder.id === reminderId)
      if (!coming) {
        throw new CallRefused({ code: 'not_found', message: 'That reminder is no longer coming.', issues: [] })
      }
      const keptFromMs = clock.now() - SKIPS_KEPT_MS
      const skipped = reminderState.value.skipped.filter((skip) => skip.dueAtMs >= keptFromMs && skip.id !== coming.id)
      const skip = { id: coming.id, kind: coming.kind, dueAtMs: coming.dueAtMs }
      reminderState.write({ ...reminderState.value, skipped: [...skipped, skip] })
      return null
    },
    unskipReminder: ({ reminderId }) => {
      const skipped = reminderState.value.skipped
      if (!skipped.some((skip) => skip.id === reminderId)) {
        throw new CallRefused({ code: 'not_found', message: 'That reminder was not skipped.', issues: [] })
      }
      reminderState.write({ ...reminderState.value, skipped: skipped.filter((skip) => skip.id !== reminderId) })
      return null
    },
    pauseReminders: (pause) => {
      const nowMs = clock.now()
      const state = reminderState.value
      if ('minutes' in pause) {
        reminderState.write({ ...state, pausedIndefinitely: false, pausedUntilMs: nowMs + pause.minutes * 60_000 })
        return null
      }
      const { until } = pause
      reminderState.write(
        until === 'turned-on'
          ? { ...state, pausedIndefinitely: true, pausedUntilMs: null }
          : {
              ...state,
              pausedIndefinitely: false,
              pausedUntilMs: until === 'one-hour' ? nowMs + 60 * 60_000 : startOfNextLocalDay(new Date(nowMs)).getTime()
            }
      )
      return null
    },
    resumeReminders: () => {
      reminderState.write({ ...reminderState.value, pausedIndefinitely: false, pausedUntilMs: null })
      if (settings.value.reminders.doNotDisturb) {
        settings.write({ ...settings.value, reminders: { ...settings.value.reminders, doNotDisturb: false } })
      }
      return null
    },
    setHotDay: ({ on }) => {
      const today = localDateKey(new Date(clock.now()))
      const others = reminderState.value.hotDays.filter((date) => date !== today).slice(-HOT_DAYS_KEPT)
      reminderState.write({ ...reminderState.value, hotDays: on ? [...others, today] : others })
      return null
    }
  }
}
