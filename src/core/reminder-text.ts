/**
 * The words of each reminder notification. Facts: NATA (2000) for drinking 2–3 h before exercise, NATA (2017)
 * and our source article for electrolytes on long or hot days, Mayo Clinic and the NHS for warming up and
 * cooling down; see sources.ts. Nothing here diagnoses.
 */
import { longWorkoutMinutes, type FiredReminder, type PlannedReminder, type WorkoutKind } from './reminders'
import { fromMillilitres, type VolumeUnit } from './units'

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
  /** Local clock time as the person reads it (`07:00`). */
  readonly formatTime: (ms: number) => string
}

/** A notification's words. */
export interface ReminderText {
  readonly title: string
  readonly body: string
}

const MS_PER_MINUTE = 60_000
const wholeNumber = new Intl.NumberFormat('en', { maximumFractionDigits: 0 })
const oneDecimal = new Intl.NumberFormat('en', { minimumFractionDigits: 1, maximumFractionDigits: 1 })
const smallNumberWords = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine']

const workoutNames: Record<WorkoutKind, string> = {
  run: 'run',
  ride: 'ride',
  gym: 'gym session',
  other: 'workout'
}

/** A drink amount: whole millilitres, or fluid ounces to one decimal. */
function amountText(amountMl: number, unit: VolumeUnit): string {
  return unit === 'ml'
    ? `${wholeNumber.format(amountMl)} ml`
    : `${oneDecimal.format(fromMillilitres(amountMl, 'floz'))} fl oz`
}

/** Today's progress: litres to one decimal, or fluid ounces to one decimal. */
function progressText(drunkMl: number, goalMl: number, unit: VolumeUnit): string {
  const [drunk, goal, unitName] =
    unit === 'ml'
      ? [drunkMl / 1000, goalMl / 1000, 'L']
      : [fromMillilitres(drunkMl, 'floz'), fromMillilitres(goalMl, 'floz'), 'fl oz']
  return `${oneDecimal.format(drunk)} of ${oneDecimal.format(goal)} ${unitName} so far`
}

const plural = (count: number, word: string, countText = wholeNumber.format(count)): string =>
  `${countText} ${word}${count === 1 ? '' : 's'}`

/** A lead time in words: "two hours", "45 minutes", "1 hour 30 minutes". */
export function leadTimeText(minutes: number): string {
  const rounded = Math.max(0, Math.round(minutes))
  const hours = Math.floor(rounded / 60)
  const rest = rounded % 60
  if (hours === 0) return plural(rest, 'minute')
  if (rest === 0) return plural(hours, 'hour', smallNumberWords[hours] ?? wholeNumber.format(hours))
  return `${plural(hours, 'hour')} ${plural(rest, 'minute')}`
}

/** "two hours " ahead of "before …", or nothing once the workout is less than a minute away. */
const leadBefore = (leadMs: number): string =>
  leadMs >= MS_PER_MINUTE ? `${leadTimeText(leadMs / MS_PER_MINUTE)} ` : ''

/** The title and body of the desktop notification for a reminder. */
export function reminderNotification(
  reminder: PlannedReminder | FiredReminder,
  context: ReminderTextContext
): ReminderText {
  const workout = workoutNames[context.workoutKind ?? 'other']
  const startMs = ('workoutStartMs' in reminder ? reminder.workoutStartMs : undefined) ?? context.workoutStartMs
  const sentAtMs = 'firedAtMs' in reminder ? reminder.firedAtMs : reminder.dueAtMs

  switch (reminder.kind) {
    case 'hydration': {
      const ask =
        reminder.amountMl !== undefined ? `Drink about ${amountText(reminder.amountMl, context.unit)}` : 'Have a drink'
      return {
        title: 'Time for a drink',
        body: `${ask} — ${progressText(context.drunkMl, context.goalMl, context.unit)}`
      }
    }
    case 'pre-workout-drink': {
      const ask =
        reminder.amountMl !== undefined
          ? `About ${amountText(reminder.amountMl, context.unit)} now`
          : 'Have a drink now'
      const when =
        startMs === undefined
          ? `before your ${workout}`
          : `${leadBefore(startMs - sentAtMs)}before your ${context.formatTime(startMs)} ${workout}`
      return { title: `Drink before your ${workout}`, body: `${ask}, ${when}.` }
    }
    case 'electrolytes': {
      // Without a long workout the reason is a hot day (or a low threshold the user chose): no "long" then.
      const long = context.workoutMinutes !== undefined && context.workoutMinutes >= longWorkoutMinutes
      const before =
        startMs === undefined ? `Before your ${workout}` : `Before your ${context.formatTime(startMs)} ${workout}`
      return {
        title: long ? `Long ${workout}: top up electrolytes` : `Top up electrolytes for your ${workout}`,
        body: `${before}: a sports drink or a salty snack, and a banana or some nuts, not only plain water.`
      }
    }
    case 'warm-up': {
      const starts = startMs !== undefined ? `starts at ${context.formatTime(startMs)}` : 'starts soon'
      const warmUp = leadTimeText(context.warmUpMinutes ?? 10)
      return {
        title: `Warm up for your ${workout}`,
        body: `Your ${workout} ${starts}. The warm-up takes about ${warmUp}.`
      }
    }
    case 'cool-down':
      return { title: 'Cool down and rehydrate', body: 'Walk it out, stretch both hamstrings, and have a drink.' }
  }
}
