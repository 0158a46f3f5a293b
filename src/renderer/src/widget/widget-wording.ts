import type { HydrationDay } from '../../../core/journal/hydration'
import type { PlannedReminder, WorkoutPlan } from '../../../core/reminders/reminders'
import type { VolumeUnit } from '../../../core/settings/units'
import { numberFormat } from '../format/number-format'
import { displayAmount, formatDisplayNumber, formatVolume } from '../format/volume'
import { t } from '../i18n/i18n'
import '../i18n/widget-strings'

/** What the widget's reminder line depends on besides the reminder: the display unit and the workout plan. */
export interface WidgetWordingContext {
  readonly unit: VolumeUnit
  readonly workouts: readonly WorkoutPlan[]
}

/** "750 of 2,000 ml": the amount bare, the unit once, as on a watch face. */
export function amountOfGoal(day: HydrationDay, unit: VolumeUnit): string {
  return t('widget.amountOfGoal', {
    total: formatDisplayNumber(displayAmount(day.totalMl, unit), unit),
    goal: formatVolume(day.goalMl, unit)
  })
}

/** What a reminder asks, as a sentence of its own: "Drink about 250 ml", "Warm up for your run". */
export function reminderWhat(reminder: PlannedReminder, context: WidgetWordingContext): string {
  const kind = context.workouts.find((plan) => plan.id === reminder.workoutId)?.kind ?? 'other'
  const workout = t(`workouts.noun.${kind}`)
  const amount = reminder.amountMl === undefined ? undefined : formatVolume(reminder.amountMl, context.unit)
  switch (reminder.kind) {
    case 'hydration':
      return amount ? t('widget.next.hydration', { amount }) : t('widget.next.hydrationAny')
    case 'pre-workout-drink':
      return amount
        ? t('widget.next.pre-workout-drink', { amount, workout })
        : t('widget.next.pre-workout-drinkAny', { workout })
    case 'warm-up':
    case 'cool-down':
    case 'electrolytes':
      return t(`widget.next.${reminder.kind}`, { workout })
  }
}

const unit = (value: number, name: 'hour' | 'minute' | 'second'): string =>
  numberFormat({ style: 'unit', unit: name, unitDisplay: 'short' }).format(value)

/**
 * How long until a moment, coarse where precision is noise: "1 hr 5 min", "12 min" (rounded up, so it never
 * says "0 min" early), "45 sec" in the last minute; null once it is due.
 */
export function timeUntil(remainingMs: number): string | null {
  const seconds = Math.ceil(remainingMs / 1000)
  if (seconds <= 0) return null
  if (seconds < 60) return unit(seconds, 'second')
  const minutes = Math.ceil(seconds / 60)
  if (minutes < 60) return unit(minutes, 'minute')
  const hours = Math.floor(minutes / 60)
  const rest = minutes % 60
  return rest === 0
    ? unit(hours, 'hour')
    : t('widget.hoursMinutes', { hours: unit(hours, 'hour'), minutes: unit(rest, 'minute') })
}

/** The ticking line: "Drink about 250 ml in 12 min", or "… now" once due (until the service fires it). */
export function countdownLine(what: string, remainingMs: number): string {
  const duration = timeUntil(remainingMs)
  return duration === null ? t('widget.next.now', { what }) : t('widget.next.in', { what, duration })
}
