import type { MenuItemConstructorOptions } from 'electron'
import type { CallInput } from '../contract/contract'
import type { AppState } from '../contract/state'
import { localDateKey } from '../core/time/local-date'
import { snoozeMinutesChoices, type PlannedReminder, type ReminderKind } from '../core/reminders/reminders'
import { formatVolume } from './tray-format'
import { translator, type TextKey } from '../core/text/catalogue'
import { formatClockTime as formatTime } from '../core/text/format'

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
export function formatClockTime(atMs: number, locale: string | undefined): string {
  return formatTime(atMs, locale)
}

/** What a reminder asks for, after "Next: 14:30" ("drink about 250 ml", "top up electrolytes before your run"). */
function reminderWhat(reminder: PlannedReminder, state: AppState, locale: string | undefined): string {
  const t = translator(locale)
  const { volumeUnit, workouts } = state.settings
  const amount = reminder.amountMl === undefined ? undefined : formatVolume(reminder.amountMl, volumeUnit, locale)
  const workoutKind = workouts.find((workout) => workout.id === reminder.workoutId)?.kind ?? 'other'
  const workout = t(`workout.${workoutKind}`)
  switch (reminder.kind) {
    case 'hydration':
      return amount === undefined ? t('tray.drinkSome') : t('tray.drinkAbout', { amount })
    case 'pre-workout-drink':
      return amount === undefined ? t('tray.drinkSome') : t('tray.drinkBefore', { amount, workout })
    case 'electrolytes':
      return t('tray.electrolytesBefore', { workout })
    case 'warm-up':
      return t('tray.warmUpFor', { workout })
    case 'cool-down':
      return t('tray.coolDownAfter', { workout })
  }
}

/** Why nothing is coming: paused until a time today, until tomorrow, or until turned back on. */
function pausedLine(state: AppState, locale: string | undefined, nowMs: number): string {
  const t = translator(locale)
  const { pausedUntilMs, pausedIndefinitely } = state.reminders.state
  if (pausedIndefinitely || pausedUntilMs === null || pausedUntilMs <= nowMs) return t('tray.remindersPaused')
  const sameDay = localDateKey(new Date(pausedUntilMs)) === localDateKey(new Date(nowMs))
  return sameDay
    ? t('tray.remindersPausedUntil', { time: formatClockTime(pausedUntilMs, locale) })
    : t('tray.remindersPausedUntilTomorrow')
}

/** The line under today's water: the next reminder, why there is none, or that reminders are paused. */
export function nextReminderLine(state: AppState, locale: string | undefined, nowMs: number): string {
  if (state.reminders.paused) return pausedLine(state, locale, nowMs)
  const t = translator(locale)
  const next = state.reminders.upcoming[0]
  if (!next) return t('tray.noMoreReminders')
  return t('tray.next', { time: formatClockTime(next.dueAtMs, locale), what: reminderWhat(next, state, locale) })
}

/** The tooltip with the time of the next reminder, or that reminders are paused, added to it. */
export function tooltipWithReminders(tooltip: string, state: AppState, locale: string | undefined): string {
  const t = translator(locale)
  if (state.reminders.paused) return t('tray.tooltipPaused', { tooltip })
  const next = state.reminders.upcoming[0]
  return next ? t('tray.tooltipNext', { tooltip, time: formatClockTime(next.dueAtMs, locale) }) : tooltip
}

/** "Snooze reminder" with its lengths, while a reminder waits for an answer; nothing otherwise. */
export function snoozeItems(
  state: AppState,
  actions: TrayReminderActions,
  locale: string | undefined
): MenuItemConstructorOptions[] {
  const t = translator(locale)
  const waiting = state.reminders.waiting
  if (!waiting) return []
  return [
    {
      id: 'snooze',
      label: t('tray.snoozeReminder'),
      submenu: snoozeMinutesChoices.map((minutes) => ({
        id: `snooze-${minutes}`,
        label: t('tray.snoozeMinutes', { count: minutes }),
        click: () => actions.snoozeReminder(waiting.kind, minutes)
      }))
    }
  ]
}

const pauseChoices = [
  { until: 'one-hour', label: 'tray.pauseForAnHour' },
  { until: 'tomorrow', label: 'tray.pauseUntilTomorrow' },
  { until: 'turned-on', label: 'tray.pauseUntilTurnedOn' }
] as const satisfies readonly { until: PauseLength; label: TextKey }[]

/** "Pause reminders" (and "Turn reminders back on" once paused), then the Do not disturb switch. */
export function pauseItems(
  state: AppState,
  actions: TrayReminderActions,
  locale: string | undefined
): MenuItemConstructorOptions[] {
  const t = translator(locale)
  const doNotDisturb = state.settings.reminders.doNotDisturb
  const resume: MenuItemConstructorOptions[] = state.reminders.paused
    ? [
        { type: 'separator' },
        { id: 'resume-reminders', label: t('tray.resumeReminders'), click: () => actions.resumeReminders() }
      ]
    : []
  return [
    {
      id: 'pause-reminders',
      label: t('tray.pauseReminders'),
      submenu: [
        ...pauseChoices.map(({ until, label }) => ({
          id: `pause-${until}`,
          label: t(label),
          click: () => actions.pauseReminders(until)
        })),
        ...resume
      ]
    },
    {
      id: 'do-not-disturb',
      label: t('tray.doNotDisturb'),
      type: 'checkbox',
      checked: doNotDisturb,
      click: () => actions.setDoNotDisturb(!doNotDisturb)
    }
  ]
}
