import type { AppState } from '../contract/state'
import { localDateKey } from '../core/time/local-date'
import type { PlannedReminder } from '../core/reminders/reminders'
import { sessionPosition } from '../core/routines/routine-session'
import { translator, type Translate } from '../core/text/catalogue'
import { formatClockTime, formatVolume, formatVolumeNumber } from '../core/text/format'
import { localizeRoutine } from '../core/text/routine-text'
import type { VolumeUnit } from '../core/settings/units'

/**
 * The command line's replies, from the catalogue in the person's locale (English when none is known). Numbers
 * group as the locale does ("2,000", "2.000"); clock times follow the locale's 12- or 24-hour choice.
 */
const dayFormats = new Map<string, Intl.DateTimeFormat>()

function dayName(at: Date, locale: string | undefined): string {
  const key = locale ?? ''
  let format = dayFormats.get(key)
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { weekday: 'short', day: 'numeric', month: 'short' })
    dayFormats.set(key, format)
  }
  // "Thu, 26 Nov" reads as "Thu 26 Nov" in a terminal line.
  return format.format(at).replace(',', '')
}

/** A local clock time, with the day when it is not today ("14:05" or "2:05 PM", "Thu 26 Nov at 07:00"). */
export function formatTime(atMs: number, nowMs: number, locale?: string): string {
  const at = new Date(atMs)
  const time = formatClockTime(atMs, locale)
  if (localDateKey(at) === localDateKey(new Date(nowMs))) return time
  return translator(locale)('cli.dayAt', { day: dayName(at, locale), time })
}

/** "Water today: 750 of 2,000 ml." */
export function waterLine(state: AppState, locale?: string): string {
  const unit = state.settings.volumeUnit
  const { totalMl, goalMl } = state.today
  const values = { drunk: formatVolumeNumber(totalMl, unit, locale), goal: formatVolume(goalMl, unit, locale) }
  return translator(locale)(totalMl >= goalMl ? 'cli.waterReached' : 'cli.water', values)
}

/** What a reminder asks for, for the status line. */
function reminderWhat(reminder: PlannedReminder, unit: VolumeUnit, locale: string | undefined, t: Translate): string {
  const amount = reminder.amountMl === undefined ? undefined : formatVolume(reminder.amountMl, unit, locale)
  switch (reminder.kind) {
    case 'hydration':
      return amount === undefined ? t('cli.what.hydration') : t('cli.what.hydrationAmount', { amount })
    case 'pre-workout-drink':
      return amount === undefined ? t('cli.what.preWorkout') : t('cli.what.preWorkoutAmount', { amount })
    case 'electrolytes':
      return t('cli.what.electrolytes')
    case 'warm-up':
      return t('cli.what.warmUp')
    case 'cool-down':
      return t('cli.what.coolDown')
  }
}

/** Whether reminders are on, and the next one with its time; or how long they are paused. */
export function remindersLine(state: AppState, nowMs: number, locale?: string): string {
  const t = translator(locale)
  const { paused, state: reminderState } = state.reminders
  if (paused) {
    if (state.settings.reminders.doNotDisturb) return t('cli.reminders.doNotDisturb')
    const { pausedUntilMs, pausedIndefinitely } = reminderState
    if (pausedIndefinitely || pausedUntilMs === null) return t('cli.reminders.pausedUntilTurnedOn')
    return t('cli.reminders.pausedUntil', { time: formatTime(pausedUntilMs, nowMs, locale) })
  }
  return t('cli.reminders.on', { next: nextReminderText(state, nowMs, locale) })
}

/** The next reminder with its time ("Next at 14:30: drink some water."), or that none is left today. */
export function nextReminderText(state: AppState, nowMs: number, locale?: string): string {
  const t = translator(locale)
  const next = state.reminders.upcoming[0]
  if (!next) return t('cli.reminders.none')
  const what = reminderWhat(next, state.settings.volumeUnit, locale, t)
  return t('cli.reminders.next', { time: formatTime(next.dueAtMs, nowMs, locale), what })
}

/** The routine in the player and where it is ("Routine: Pre-run warm-up, step 2 of 6: Leg swings (left leg)."). */
export function routineLine(state: AppState, nowMs: number, locale?: string): string {
  const t = translator(locale)
  const { session } = state
  if (!session || session.status === 'abandoned') return t('cli.routine.none')
  const routine = localizeRoutine(session.routine, locale)
  const position = sessionPosition(session, nowMs)
  if (session.status === 'completed' || position.finished) return t('cli.routine.finished', { name: routine.name })
  const { phase, side, stepIndex } = position.segment
  const detail =
    phase === 'switch-sides'
      ? t('cli.routine.switchSides')
      : phase === 'rest'
        ? t('cli.routine.rest')
        : side
          ? t(`side.${side}`)
          : undefined
  const stepName = routine.steps[stepIndex]?.name ?? position.step.name
  const place = { step: stepIndex + 1, steps: routine.steps.length, stepName }
  const where =
    detail === undefined ? t('cli.routine.where', place) : t('cli.routine.whereDetail', { ...place, detail })
  return t(session.status === 'paused' ? 'cli.routine.paused' : 'cli.routine.running', { name: routine.name, where })
}

/** The `--status` summary: water, reminders, routine, one line each. */
export const statusSummary = (state: AppState, nowMs: number, locale?: string): string =>
  [waterLine(state, locale), remindersLine(state, nowMs, locale), routineLine(state, nowMs, locale)].join('\n')

/** `--log-water`: what was logged, then the day's water. */
export const loggedReply = (amountMl: number, state: AppState, locale?: string): string =>
  translator(locale)('cli.replies.logged', {
    amount: formatVolume(amountMl, state.settings.volumeUnit, locale),
    water: waterLine(state, locale)
  })

/** `--pause`: until when. */
export const pausedReply = (untilMs: number, nowMs: number, locale?: string): string =>
  translator(locale)('cli.replies.paused', { time: formatTime(untilMs, nowMs, locale) })

/** `--resume`: back on, and the next reminder. */
export const resumedReply = (state: AppState, nowMs: number, locale?: string): string =>
  translator(locale)('cli.replies.resumed', { next: nextReminderText(state, nowMs, locale) })

/** `--start`: the routine that started, by its name in the person's language (its id if the player is somehow empty). */
export function startedReply(state: AppState, fallbackName: string, locale?: string): string {
  const routine = state.session ? localizeRoutine(state.session.routine, locale).name : fallbackName
  return translator(locale)('cli.replies.started', { routine })
}
