/**
 * History → Patterns in words: one plain sentence per factor against the person's own base rate, and what came
 * before each cramp. Counts in one person's journal, worded as counts: never a cause.
 */
import type { CrampPatterns, FactorCount } from '../../../core/activities/cramp-patterns'
import type { CrampContext, WorkoutFacts } from '../../../core/activities/cramp-context'
import type { VolumeUnit } from '../../../core/settings/units'
import type { PatternsView } from '../../../contract/slices/activities'
import { t, windowLanguage } from '../i18n/i18n'
import { dateTimeFormat, formatTimeOfDay, numberFormat } from '../format/number-format'
import { formatVolume } from '../format/volume'
import { formatCount, joinList } from './history-wording'
import '../i18n/history-strings'

/** The figures the sentences name. */
export type PatternThresholds = PatternsView['thresholds']

/** A temperature in degrees Celsius, "26°C" (as the locale writes it). */
export const formatCelsius = (celsius: number): string =>
  numberFormat({ style: 'unit', unit: 'celsius', maximumFractionDigits: 0 }).format(celsius)

/** A cramp's date and time, "Dec 7, 2026, 9:41 PM". */
export const formatCrampTime = (atMs: number): string =>
  dateTimeFormat({ dateStyle: 'medium', timeStyle: 'short' }).format(atMs)

/** Minutes from `from` to `until` (HH:MM), across midnight when `until` is earlier. */
function minutesBetween(from: string, until: string): number {
  const minutes = (clock: string) => {
    const [hours = 0, mins = 0] = clock.split(':').map(Number)
    return hours * 60 + mins
  }
  return (minutes(until) - minutes(from) + 24 * 60) % (24 * 60)
}

/**
 * The share of days (or, for night, of the day's hours) the cramp share is set against: night has no base days,
 * so its base is how much of each day counts as night (22:00–06:00 is a third).
 */
export function baseShare(count: FactorCount, thresholds: PatternThresholds): number {
  if (count.baseDays === null) return minutesBetween(thresholds.nightFrom, thresholds.nightUntil) / (24 * 60)
  return count.ofDays === 0 ? 0 : count.baseDays / count.ofDays
}

/** The counts, the factors whose cramp share most exceeds their base share first (ties keep the factors' order). */
export function orderedCounts(counts: readonly FactorCount[], thresholds: PatternThresholds): FactorCount[] {
  const excess = (count: FactorCount) => (count.of === 0 ? 0 : count.cramps / count.of) - baseShare(count, thresholds)
  return [...counts].sort((a, b) => excess(b) - excess(a))
}

/** The values every factor's sentences may name. */
function sentenceValues(count: FactorCount, thresholds: PatternThresholds) {
  return {
    cramps: formatCount(count.cramps),
    of: formatCount(count.of),
    baseDays: formatCount(count.baseDays ?? 0),
    ofDays: formatCount(count.ofDays),
    minutes: formatCount(thresholds.longMinutes),
    hot: formatCelsius(thresholds.hotC),
    from: formatTimeOfDay(thresholds.nightFrom),
    until: formatTimeOfDay(thresholds.nightUntil)
  }
}

/**
 * One factor as plain counts: "3 of your 4 cramps came within a day of a workout over 60 minutes. You trained
 * that long on 6 of the 30 days since your journal began." Night has no base days, so only its first sentence.
 */
export function factorSentence(count: FactorCount, thresholds: PatternThresholds): string {
  const values = sentenceValues(count, thresholds)
  const cramps = t(`history.patterns.factor.${count.factor}.cramps`, { ...values, count: count.cramps })
  const { factor } = count
  if (factor === 'night' || count.baseDays === null) return cramps
  return `${cramps} ${t(`history.patterns.factor.${factor}.base`, { ...values, count: count.ofDays })}`
}

/** Before the counts: how many cramps there are and how many the counts need. */
export function notEnoughCramps(patterns: Pick<CrampPatterns, 'contexts' | 'minCramps'>): string {
  return t('history.patterns.notEnough', {
    count: patterns.contexts.length,
    n: formatCount(patterns.contexts.length),
    min: formatCount(patterns.minCramps)
  })
}

/** "5 hours before" or "40 minutes before", from a workout's end to the cramp. */
function timeBefore(workout: WorkoutFacts, crampMs: number): string {
  const minutes = Math.round((crampMs - workout.endMs) / 60_000)
  if (minutes < 60) return t('history.patterns.context.minutesBefore', { count: minutes, n: formatCount(minutes) })
  const hours = Math.round(minutes / 60)
  return t('history.patterns.context.hoursBefore', { count: hours, n: formatCount(hours) })
}

/** "after a run of 65 minutes (hard, 26°C), 5 hours before", or "during …" when the cramp came before its end. */
export function workoutPhrase(workout: WorkoutFacts, crampMs: number): string {
  const duration = numberFormat({ style: 'unit', unit: 'minute', unitDisplay: 'long', maximumFractionDigits: 0 })
  const details = [t(`history.patterns.context.intensity.${workout.intensity}`)]
  if (workout.avgTemperatureC !== null) details.push(formatCelsius(workout.avgTemperatureC))
  const values = {
    workout: t(`history.patterns.context.sport.${workout.sport}`, { duration: duration.format(workout.minutes) }),
    details: details.join(', ')
  }
  return workout.endMs > crampMs
    ? t('history.patterns.context.workoutDuring', values)
    : t('history.patterns.context.workoutBefore', { ...values, when: timeBefore(workout, crampMs) })
}

/** A sentence's first letter in upper case, as the UI language writes it. */
const capitalised = (text: string): string => text.charAt(0).toLocaleUpperCase(windowLanguage()) + text.slice(1)

/** "After a run of 65 minutes (hard, 26°C), 5 hours before." or "No workout in the 24 hours before." */
export function workoutsSentence(context: CrampContext): string {
  if (context.workouts.length === 0) return t('history.patterns.context.noWorkout')
  const phrases = context.workouts.map((workout) => workoutPhrase(workout, context.startedAtMs))
  return `${capitalised(joinList(phrases))}.`
}

/** "Water that day: 1,500 ml of the 2,400 ml goal." (met or not said outright). */
export function waterSentence(context: CrampContext, unit: VolumeUnit): string {
  const values = { total: formatVolume(context.water.totalMl, unit), goal: formatVolume(context.water.goalMl, unit) }
  return t(
    context.water.underGoal ? 'history.patterns.context.waterUnder' : 'history.patterns.context.waterMet',
    values
  )
}

/** Warm-up before, or cool-down after, the workouts of a cramp's day before (null when there was no such workout). */
export function routineSentence(context: CrampContext, routine: 'warmUp' | 'coolDown'): string | null {
  // A cool-down could only come before the cramp after a workout that had ended.
  const workouts =
    routine === 'warmUp' ? context.workouts : context.workouts.filter((w) => w.endMs <= context.startedAtMs)
  if (workouts.length === 0) return null
  const done = workouts.filter((workout) => workout[routine]).length
  const key = done === workouts.length ? 'all' : done === 0 ? 'none' : 'some'
  return t(`history.patterns.context.${routine}.${key}`, {
    count: workouts.length,
    done: formatCount(done),
    total: formatCount(workouts.length)
  })
}

/** Everything known about one cramp's lead-up, as short sentences in reading order. */
export function contextSentences(context: CrampContext, unit: VolumeUnit): string[] {
  return [
    workoutsSentence(context),
    waterSentence(context, unit),
    routineSentence(context, 'warmUp'),
    routineSentence(context, 'coolDown'),
    t(context.night ? 'history.patterns.context.night' : 'history.patterns.context.day')
  ].filter((sentence): sentence is string => sentence !== null)
}
