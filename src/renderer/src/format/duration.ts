import { t } from '../i18n/i18n'
import { numberFormat } from './number-format'
import '../i18n/routine-strings'

/** Whole seconds still to go, rounded up: a countdown shows "1" until the very end. */
export const secondsLeft = (remainingMs: number): number => Math.max(0, Math.ceil(remainingMs / 1000))

/** A countdown such as "01:05" (minutes and seconds, digits from the user's locale); rounds up to whole seconds. */
export function formatCountdown(remainingMs: number): string {
  const total = secondsLeft(remainingMs)
  const two = numberFormat({ minimumIntegerDigits: 2, useGrouping: false })
  return t('format.countdown', { minutes: two.format(Math.floor(total / 60)), seconds: two.format(total % 60) })
}

/** A length of time in minutes and seconds, "4 min 30 sec" (short) or "4 minutes, 30 seconds" (long, for speech). */
export function formatDuration(durationMs: number, style: 'short' | 'long' = 'short'): string {
  const total = Math.round(durationMs / 1000)
  const minutes = Math.floor(total / 60)
  const seconds = total % 60
  const unit = (value: number, name: 'minute' | 'second'): string =>
    numberFormat({ style: 'unit', unit: name, unitDisplay: style }).format(value)
  if (minutes === 0) return unit(seconds, 'second')
  if (seconds === 0) return unit(minutes, 'minute')
  return t(style === 'short' ? 'format.minutesSeconds' : 'format.minutesSecondsLong', {
    minutes: unit(minutes, 'minute'),
    seconds: unit(seconds, 'second')
  })
}
