/**
 * What comes before your cramps: once there are enough cramps, for each factor, how many cramps it came
 * before, against the person's own base rate (on how many days of the same period the factor held).
 * Plain counts as data; the window words them, and never as a cause (see pattern-thresholds.ts).
 */
import {
  crampContext,
  patternIndex,
  type CrampContext,
  type CrampPatternInput,
  type PatternIndex
} from './cramp-context'
import { patternThresholds } from './pattern-thresholds'
import { dateOfDayNumber, dayNumberOfMs, type DayNumber } from '../time/local-weeks'

/** The factors counted, in the order they are shown. */
export const crampFactors = [
  'long-workout',
  'hot-workout',
  'hard-workout',
  'water-under-goal',
  'no-warm-up',
  'no-cool-down',
  'night'
] as const
/** One factor. */
export type CrampFactor = (typeof crampFactors)[number]

/**
 * "`cramps` of your `of` cramps came after …; that held on `baseDays` of `ofDays` days".
 * `baseDays` is null for a time of day (night): it is not something a day has or has not.
 */
export interface FactorCount {
  readonly factor: CrampFactor
  readonly cramps: number
  readonly of: number
  readonly baseDays: number | null
  readonly ofDays: number
}

/** The cramps' contexts, the period the base rates cover, and the counts once there are enough cramps. */
export interface CrampPatterns {
  /** Every cramp up to now, oldest first, with what came before it. */
  readonly contexts: readonly CrampContext[]
  /** From the first day the journal or the activities know of to today (null: nothing recorded yet). */
  readonly period: { readonly from: string; readonly to: string; readonly days: number } | null
  /** How many cramps the counts need (`patternThresholds.minCramps`). */
  readonly minCramps: number
  /** One per factor, in `crampFactors` order; null while there are fewer than `minCramps` cramps. */
  readonly counts: readonly FactorCount[] | null
}

interface FactorRule {
  readonly before: (context: CrampContext) => boolean
  readonly onDay: ((index: PatternIndex, day: DayNumber) => boolean) | null
}

const anyWorkoutOnDay =
  (holds: (w: PatternIndex['workouts'][number]) => boolean) => (index: PatternIndex, day: DayNumber) =>
    (index.workoutsByDay.get(day) ?? []).some(holds)

const factorRules: Readonly<Record<CrampFactor, FactorRule>> = {
  'long-workout': { before: (c) => c.workouts.some((w) => w.long), onDay: anyWorkoutOnDay((w) => w.long) },
  'hot-workout': { before: (c) => c.workouts.some((w) => w.hot), onDay: anyWorkoutOnDay((w) => w.hot) },
  'hard-workout': { before: (c) => c.workouts.some((w) => w.hard), onDay: anyWorkoutOnDay((w) => w.hard) },
  'water-under-goal': { before: (c) => c.water.underGoal, onDay: (index, day) => index.water(day).underGoal },
  'no-warm-up': { before: (c) => c.workouts.some((w) => !w.warmUp), onDay: anyWorkoutOnDay((w) => !w.warmUp) },
  // Only a workout that was over before the cramp could have had its cool-down before it.
  'no-cool-down': {
    before: (c) => c.workouts.some((w) => w.endMs <= c.startedAtMs && !w.coolDown),
    onDay: anyWorkoutOnDay((w) => !w.coolDown)
  },
  night: { before: (c) => c.night, onDay: null }
}

/**
 * Every cramp's context and, from `minCramps` cramps on, the counts per factor against the base rate.
 * A workout factor holds on a day when a workout that started that day had it; today's water counts so far.
 */
export function crampPatterns(input: CrampPatternInput): CrampPatterns {
  const index = patternIndex(input)
  const minCramps = patternThresholds.minCramps.value
  const contexts = input.journal.cramps
    .filter((cramp) => cramp.startedAtMs <= input.nowMs)
    .sort((a, b) => a.startedAtMs - b.startedAtMs)
    .map((cramp) => crampContext(cramp, index))
  const today = dayNumberOfMs(input.nowMs)
  if (index.firstDay === null || index.firstDay > today) return { contexts, period: null, minCramps, counts: null }
  const days = Array.from({ length: today - index.firstDay + 1 }, (_, offset) => index.firstDay! + offset)
  const period = { from: dateOfDayNumber(days[0]!), to: dateOfDayNumber(today), days: days.length }
  if (contexts.length < minCramps) return { contexts, period, minCramps, counts: null }
  const counts = crampFactors.map((factor): FactorCount => {
    const { before, onDay } = factorRules[factor]
    return {
      factor,
      cramps: contexts.filter(before).length,
      of: contexts.length,
      baseDays: onDay === null ? null : days.filter((day) => onDay(index, day)).length,
      ofDays: days.length
    }
  })
  return { contexts, period, minCramps, counts }
}
