import type { MenuItemConstructorOptions } from 'electron'
import type { CallInput } from '../contract/contract'
import type { AppState } from '../contract/state'
import { localDateKey } from '../core/local-date'
import { snoozeMinutesChoices, type PlannedReminder, type ReminderKind } from '../core/reminders'
import { formatVolume } from './tray-format'
import { trayStrings } from './tray-strings'

/** A snooze length the tray offers (the same choices as everywhere else). */
export type SnoozeMinutes = (typeof snoozeMinutesChoices)[number]
/** How long "Pause reminders" lasts. */
export type PauseLength = Extract<CallInput<'pauseReminders'>, { until: unknown }>['until']

/** What the tray's reminder items do. */
export interface TrayReminderActions {
  snoozeReminder(kind: ReminderKind, minutes: SnoozeMinutes): void
  pauseReminders(until: PauseLength): void
  resumeReminders(): void
  setDoNotDisturb(on: boolean): void
}

/** A clock time as the person's locale writes it ("14:30", "2:30 PM"), in the machine's time zone. */
export function formatClockTime(atMs: number, locale: string): string {
  return new Intl.DateTimeFormat(locale, { timeStyle: 'short' }).format(atMs)
}

/** What a reminder asks for, after "Next: 14:30" ("drink about 250 ml", "top up electrolytes before your run"). */
function reminderWhat(reminder: PlannedReminder, state: AppState, locale: string): string {
  const { volumeUnit, workouts } = state.settings
  const amount = reminder.amountMl === undefined ? undefined : formatVolume(reminder.amountMl, volumeUnit, locale)
  const workoutKind = workouts.find((workout) => workout.id === reminder.workoutId)?.kind ?? 'other'
  const workout = trayStrings.workout[workoutKind]
  switch (reminder.kind) {
    case 'hydration':
      return amount === undefined ? trayStrings.drinkSome : trayStrings.drinkAbout(amount)
    case 'pre-workout-drink':
      return amount === undefined ? trayStrings.drinkSome : trayStrings.drinkBefore(amount, workout)
    case 'electrolytes':
      return trayStrings.electrolytesBefore(workout)
    case 'warm-up':
      return trayStrings.warmUpFor(workout)
    case 'cool-down':
      return trayStrings.coolDownAfter(workout)
  }
}

/** Why nothing is coming: paused until a time today, until tomorrow, or until turned back on. */
function pausedLine(state: AppState, locale: string, nowMs: number): string {
  const { pausedUntilMs, pausedIndefinitely } = state.reminders.state
  if (pausedIndefinitely || pausedUntilMs === null || pausedUntilMs <= nowMs) return trayStrings.remindersPaused
  const sameDay = localDateKey(new Date(pausedUntilMs)) === localDateKey(new Date(nowMs))
  return sameDay
    ? trayStrings.remindersPausedUntil(formatClockTime(pausedUntilMs, locale))
    : trayStrings.remindersPausedUntilTomorrow
}

/** The line under today's water: the next reminder, why there is none, or that reminders are paused. */
export function nextReminderLine(state: AppState, locale: string, nowMs: number): string {
  if (state.reminders.paused) return pausedLine(state, locale, nowMs)
  const next = state.reminders.upcoming[0]
  if (!next) return trayStrings.noMoreReminders
  return trayStrings.next(formatClockTime(next.dueAtMs, locale), reminderWhat(next, state, locale))
}

/** The tooltip with the time of the next reminder, or that reminders are paused, added to it. */
export function tooltipWithReminders(tooltip: string, state: AppState, locale: string): string {
  if (state.reminders.paused) return trayStrings.tooltipPaused(tooltip)
  const next = state.reminders.upcoming[0]
  return next ? trayStrings.tooltipNext(tooltip, formatClockTime(next.dueAtMs, locale)) : tooltip
}

/** "Snooze reminder" with its lengths, while a reminder waits for an answer; nothing otherwise. */
export function snoozeItems(state: AppState, actions: TrayReminderActions): MenuItemConstructorOptions[] {
  const waiting = state.reminders.waiting
  if (!waiting) return []
  return [
    {
      id: 'snooze',
      label: trayStrings.snoozeReminder,
      submenu: snoozeMinutesChoices.map((minutes) => ({
        id: `snooze-${minutes}`,
        label: trayStrings.snoozeMinutes(minutes),
        click: () => actions.snoozeReminder(waiting.kind, minutes)
      }))
    }
  ]
}

const pauseChoices = [
  { until: 'one-hour', label: trayStrings.pauseForAnHour },
  { until: 'tomorrow', label: trayStrings.pauseUntilTomorrow },
  { until: 'turned-on', label: trayStrings.pauseUntilTurnedOn }
] as const satisfies readonly { until: PauseLength; label: string }[]

/** "Pause reminders" (and "Turn reminders back on" once paused), then the Do not disturb switch. */
export function pauseItems(state: AppState, actions: TrayReminderActions): MenuItemConstructorOptions[] {
  const doNotDisturb = state.settings.reminders.doNotDisturb
  const resume: MenuItemConstructorOptions[] = state.reminders.paused
    ? [
        { type: 'separator' },
        { id: 'resume-reminders', label: trayStrings.resumeReminders, click: () => actions.resumeReminders() }
      ]
    : []
  return [
    {
      id: 'pause-reminders',
      label: trayStrings.pauseReminders,
      submenu: [
        ...pauseChoices.map(({ until, label }) => ({
          id: `pause-${until}`,
          label,
          click: () => actions.pauseReminders(until)
        })),
        ...resume
      ]
    },
    {
      id: 'do-not-disturb',
      label: trayStrings.doNotDisturb,
      type: 'checkbox',
      checked: doNotDisturb,
      click: () => actions.setDoNotDisturb(!doNotDisturb)
    }
  ]
}
