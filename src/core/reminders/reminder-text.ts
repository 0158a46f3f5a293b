/**
 * The words of each reminder notification. Facts: NATA (2000) for drinking 2–3 h before exercise, NATA (2017)
 * and our source article for electrolytes on long or hot days, Mayo Clinic and the NHS for warming up and
 * cooling down; see sources.ts. Nothing here diagnoses.
 */
import { longWorkoutMinutes, type FiredReminder, type PlannedReminder, type WorkoutKind } from './reminders'
import { translator, type TextKey, type Translate } from '../text/catalogue'
import { formatNumber, formatOneDecimal, formatVolume } from '../text/format'
import { fromMillilitres, type VolumeUnit } from '../settings/units'

/** What a reminder's words depend on besides the reminder itself. */
export interface ReminderTextContext {
  readonly unit: VolumeUnit
  /** Drunk so far today. */
  readonly drunkMl: number
  readonly goalMl: number
  readonly workoutKind?: WorkoutKind
  /** The workout's planned length; an hour or more is called long in the electrolyte reminder. */
  readonly workoutMinutes?: number
  /** When the workout starts, for fired reminders (which do not carry it). */
  readonly workoutStartMs?: number
  /** How long the warm-up takes; the built-in warm-up routine is about ten minutes. */
  readonly warmUpMinutes?: number
  /** The locale the words and numbers are in (English when not given). */
  readonly locale?: string
  /** Local clock time as the person reads it (`07:00`). */
  readonly formatTime: (ms: number) => string
}

/** A notification's words. */
export interface ReminderText {
  readonly title: string
  readonly body: string
}

const MS_PER_MINUTE = 60_000

/** Today's progress: litres to one decimal, or fluid ounces to one decimal ("1.1 of 2.0 L so far"). */
function progressText(drunkMl: number, goalMl: number, unit: VolumeUnit, locale: string, t: Translate): string {
  const [drunk, goal, unitName] =
    unit === 'ml'
      ? [drunkMl / 1000, goalMl / 1000, t('units.litre')]
      : [fromMillilitres(drunkMl, 'floz'), fromMillilitres(goalMl, 'floz'), t('units.floz')]
  return t('notifications.progress', {
    drunk: formatOneDecimal(drunk, locale),
    goal: `${formatOneDecimal(goal, locale)} ${unitName}`
  })
}

/** A lead time in words: "two hours", "45 minutes", "1 hour 30 minutes" (in German too). */
export function leadTimeText(minutes: number, locale = 'en'): string {
  const t = translator(locale)
  const rounded = Math.max(0, Math.round(minutes))
  const hours = Math.floor(rounded / 60)
  const rest = rounded % 60
  const count = (key: TextKey, value: number): string =>
    t(key, { count: value }).replace(String(value), formatNumber(value, locale))
  if (hours === 0) return count('notifications.minutes', rest)
  if (rest === 0 && hours < 10) return t(`notifications.hoursInWords.${hours}` as TextKey)
  if (rest === 0) return count('notifications.hours', hours)
  return t('notifications.hoursAndMinutes', {
    hours: count('notifications.hours', hours),
    minutes: count('notifications.minutes', rest)
  })
}

/** The title and body of the desktop notification for a reminder, in the context's locale. */
export function reminderNotification(
  reminder: PlannedReminder | FiredReminder,
  context: ReminderTextContext
): ReminderText {
  const locale = context.locale ?? 'en'
  const t = translator(locale)
  const workout = t(`workout.${context.workoutKind ?? 'other'}`)
  const startMs = ('workoutStartMs' in reminder ? reminder.workoutStartMs : undefined) ?? context.workoutStartMs
  const sentAtMs = 'firedAtMs' in reminder ? reminder.firedAtMs : reminder.dueAtMs
  const amount = reminder.amountMl === undefined ? undefined : formatVolume(reminder.amountMl, context.unit, locale)
  const time = startMs === undefined ? undefined : context.formatTime(startMs)

  switch (reminder.kind) {
    case 'hydration': {
      const ask =
        amount === undefined ? t('notifications.hydration.ask') : t('notifications.hydration.askAmount', { amount })
      const progress = progressText(context.drunkMl, context.goalMl, context.unit, locale, t)
      return { title: t('notifications.hydration.title'), body: t('notifications.hydration.body', { ask, progress }) }
    }
    case 'pre-workout-drink': {
      const ask =
        amount === undefined ? t('notifications.preWorkout.ask') : t('notifications.preWorkout.askAmount', { amount })
      // The lead time is left out once the workout is less than a minute away.
      const leadMs = startMs === undefined ? 0 : startMs - sentAtMs
      const when =
        time === undefined
          ? t('notifications.preWorkout.before', { workout })
          : leadMs >= MS_PER_MINUTE
            ? t('notifications.preWorkout.leadBeforeAt', {
                lead: leadTimeText(leadMs / MS_PER_MINUTE, locale),
                time,
                workout
              })
            : t('notifications.preWorkout.beforeAt', { time, workout })
      return {
        title: t('notifications.preWorkout.title', { workout }),
        body: t('notifications.preWorkout.body', { ask, when })
      }
    }
    case 'electrolytes': {
      // Without a long workout the reason is a hot day (or a low threshold the user chose): no "long" then.
      const long = context.workoutMinutes !== undefined && context.workoutMinutes >= longWorkoutMinutes
      const before =
        time === undefined
          ? t('notifications.electrolytes.before', { workout })
          : t('notifications.electrolytes.beforeAt', { time, workout })
      return {
        title: t(long ? 'notifications.electrolytes.titleLong' : 'notifications.electrolytes.title', { workout }),
        body: t('notifications.electrolytes.body', { before })
      }
    }
    case 'warm-up': {
      const starts =
        time === undefined
          ? t('notifications.warmUp.startsSoon', { workout })
          : t('notifications.warmUp.startsAt', { time, workout })
      const duration = leadTimeText(context.warmUpMinutes ?? 10, locale)
      return {
        title: t('notifications.warmUp.title', { workout }),
        body: t('notifications.warmUp.body', { starts, duration })
      }
    }
    case 'cool-down':
      return { title: t('notifications.coolDown.title'), body: t('notifications.coolDown.body') }
  }
}
