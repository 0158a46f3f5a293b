import {
  longWorkoutMinutes,
  type FiredReminder,
  type PlannedReminder,
  type WorkoutPlan
} from '../../../core/reminders/reminders'
import type { VolumeUnit } from '../../../core/settings/units'
import { formatClockTime } from '../format/number-format'
import { formatVolume } from '../format/volume'
import { t } from '../i18n/i18n'
import { formatPlanTime } from './plan-format'
import '../i18n/reminder-strings'

/** A reminder as the window words it: planned or fired, both carry kind, amount and workout. */
type AnyReminder = PlannedReminder | FiredReminder

/** What the words depend on besides the reminder: the display unit and the workout plan. */
export interface WordingContext {
  readonly unit: VolumeUnit
  readonly workouts: readonly WorkoutPlan[]
}

const workoutOf = (reminder: AnyReminder, context: WordingContext): WorkoutPlan | undefined =>
  reminder.workoutId === undefined ? undefined : context.workouts.find((plan) => plan.id === reminder.workoutId)

/** "run", "gym session"; "workout" when the plan no longer has it. */
const workoutNoun = (reminder: AnyReminder, context: WordingContext): string =>
  t(`workouts.noun.${workoutOf(reminder, context)?.kind ?? 'other'}`)

/** When the reminder's workout starts, as the user's clock reads it; undefined when unknown. */
function workoutStartText(reminder: AnyReminder, context: WordingContext): string | undefined {
  if ('workoutStartMs' in reminder && reminder.workoutStartMs !== undefined)
    return formatClockTime(reminder.workoutStartMs)
  const workout = workoutOf(reminder, context)
  return workout ? formatPlanTime(workout.time) : undefined
}

/** The banner's heading: "Time for a drink", "Warm up for your run", "Long run: top up electrolytes". */
export function reminderTitle(reminder: AnyReminder, context: WordingContext): string {
  const workout = workoutNoun(reminder, context)
  // Only a workout of an hour or more is called long; a shorter one got its reminder from a hot day.
  const long = (workoutOf(reminder, context)?.durationMinutes ?? 0) >= longWorkoutMinutes
  if (reminder.kind === 'electrolytes' && long) return t('reminderText.title.electrolytesLong', { workout })
  return t(`reminderText.title.${reminder.kind}`, { workout })
}

/** The banner's text: "Drink about 250 ml", "Your run starts at 7:00 AM. …". */
export function reminderBody(reminder: AnyReminder, context: WordingContext): string {
  const workout = workoutNoun(reminder, context)
  const amount = reminder.amountMl === undefined ? undefined : formatVolume(reminder.amountMl, context.unit)
  const time = workoutStartText(reminder, context)
  switch (reminder.kind) {
    case 'hydration':
      return amount ? t('reminderText.body.hydration', { amount }) : t('reminderText.body.hydrationAny')
    case 'pre-workout-drink':
      if (time === undefined) return t('reminderText.body.workoutSoon', { workout })
      return amount
        ? t('reminderText.body.pre-workout-drink', { amount, workout, time })
        : t('reminderText.body.pre-workout-drinkAny', { workout, time })
    case 'electrolytes':
      return time === undefined
        ? t('reminderText.body.electrolytesAny', { workout })
        : t('reminderText.body.electrolytes', { workout, time })
    case 'warm-up':
      return time === undefined
        ? t('reminderText.body.workoutSoon', { workout })
        : t('reminderText.body.warm-up', { workout, time })
    case 'cool-down':
      return t('reminderText.body.cool-down')
  }
}

/** A list entry's kind: "Drink", "Warm-up for your run". */
export function reminderLabel(reminder: AnyReminder, context: WordingContext): string {
  return t(`reminderText.label.${reminder.kind}`, { workout: workoutNoun(reminder, context) })
}

/** The answer alone: "Drank 250 ml", "Got it", "Snoozed", "No answer". */
function answerText(fired: FiredReminder, unit: VolumeUnit): string {
  // The electrolyte banner's "Got it" answers "opened": there is no routine or screen to open.
  if (fired.kind === 'electrolytes' && fired.response === 'opened') return t('reminderText.response.gotIt')
  if (fired.response !== 'drank') return t(`reminderText.response.${fired.response}`)
  return fired.amountMl === undefined
    ? t('reminderText.response.drankAny')
    : t('reminderText.response.drank', { amount: formatVolume(fired.amountMl, unit) })
}

/** What the user did with a fired reminder: "Drank 250 ml", "Got it", "Snoozed"; "(late, after sleep)" for a catch-up. */
export function responseText(fired: FiredReminder, unit: VolumeUnit): string {
  const did = answerText(fired, unit)
  return fired.catchUp ? `${did} ${t('reminderText.late')}` : did
}
