import type { AppState } from '../contract/state'
import { formatSystemClockTime } from '../core/clock-format'
import { localDateKey } from '../core/local-date'
import type { PlannedReminder } from '../core/reminders'
import { sessionPosition } from '../core/routine-session'
import { fromMillilitres, type VolumeUnit } from '../core/units'

/**
 * The command line's English replies. Numbers use English grouping ("2,000"); clock times follow the system's
 * 12- or 24-hour choice, as everywhere else in Limber.
 */
const wholeNumber = new Intl.NumberFormat('en', { maximumFractionDigits: 0 })
const oneDecimal = new Intl.NumberFormat('en', { maximumFractionDigits: 1 })
const dayName = new Intl.DateTimeFormat('en-GB', { weekday: 'short', day: 'numeric', month: 'short' })

const unitNames: Record<VolumeUnit, string> = { ml: 'ml', floz: 'fl oz' }

/** A volume's number in the person's unit: whole millilitres, or fluid ounces to one decimal. */
const volumeNumber = (amountMl: number, unit: VolumeUnit): string =>
  (unit === 'ml' ? wholeNumber : oneDecimal).format(fromMillilitres(amountMl, unit))

/** A volume with its unit ("250 ml", "8.5 fl oz"). */
export const formatVolume = (amountMl: number, unit: VolumeUnit): string =>
  `${volumeNumber(amountMl, unit)} ${unitNames[unit]}`

/** A local clock time, with the day when it is not today ("14:05" or "2:05 PM", "Thu 26 Nov at 07:00"). */
export function formatTime(atMs: number, nowMs: number, locale?: string): string {
  const at = new Date(atMs)
  const time = formatSystemClockTime(atMs, locale)
  return localDateKey(at) === localDateKey(new Date(nowMs)) ? time : `${dayName.format(at)} at ${time}`
}

/** "Water today: 750 of 2,000 ml." */
export function waterLine(state: AppState): string {
  const unit = state.settings.volumeUnit
  const { totalMl, goalMl } = state.today
  const reached = totalMl >= goalMl ? ' Goal reached.' : ''
  return `Water today: ${volumeNumber(totalMl, unit)} of ${formatVolume(goalMl, unit)}.${reached}`
}

/** What a reminder asks for, for the status line. */
function reminderWhat(reminder: PlannedReminder, unit: VolumeUnit): string {
  const amount = reminder.amountMl === undefined ? '' : ` (about ${formatVolume(reminder.amountMl, unit)})`
  switch (reminder.kind) {
    case 'hydration':
      return `drink some water${amount}`
    case 'pre-workout-drink':
      return `drink before your workout${amount}`
    case 'electrolytes':
      return 'top up electrolytes before your workout'
    case 'warm-up':
      return 'warm up'
    case 'cool-down':
      return 'cool down'
  }
}

/** Whether reminders are on, and the next one with its time; or how long they are paused. */
export function remindersLine(state: AppState, nowMs: number): string {
  const { paused, state: reminderState } = state.reminders
  if (paused) {
    if (state.settings.reminders.doNotDisturb) return 'Reminders: off (Do not disturb is on).'
    const { pausedUntilMs, pausedIndefinitely } = reminderState
    if (pausedIndefinitely || pausedUntilMs === null) return 'Reminders: paused until you turn them back on.'
    return `Reminders: paused until ${formatTime(pausedUntilMs, nowMs)}.`
  }
  return `Reminders: on. ${nextReminderText(state, nowMs)}`
}

/** The next reminder with its time ("Next at 14:30: drink some water."), or that none is left today. */
export function nextReminderText(state: AppState, nowMs: number): string {
  const next = state.reminders.upcoming[0]
  if (!next) return 'No more reminders today.'
  return `Next at ${formatTime(next.dueAtMs, nowMs)}: ${reminderWhat(next, state.settings.volumeUnit)}.`
}

/** The routine in the player and where it is ("Routine: Pre-run warm-up, step 2 of 6: Leg swings (left leg)."). */
export function routineLine(state: AppState, nowMs: number): string {
  const { session } = state
  if (!session || session.status === 'abandoned') return 'Routine: none running.'
  const name = session.routine.name
  const position = sessionPosition(session, nowMs)
  if (session.status === 'completed' || position.finished) return `Routine: ${name}, finished.`
  const { phase, side } = position.segment
  const detail =
    phase === 'switch-sides' ? ' (switch sides)' : phase === 'rest' ? ' (rest)' : side ? ` (${side} leg)` : ''
  const where = `step ${position.segment.stepIndex + 1} of ${session.routine.steps.length}: ${position.step.name}${detail}`
  return session.status === 'paused' ? `Routine: ${name}, paused at ${where}.` : `Routine: ${name}, ${where}.`
}

/** The `--status` summary: water, reminders, routine, one line each. */
export const statusSummary = (state: AppState, nowMs: number): string =>
  [waterLine(state), remindersLine(state, nowMs), routineLine(state, nowMs)].join('\n')
