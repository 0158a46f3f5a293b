import { describe, expect, it } from 'vitest'
import type { FactorCount } from '../../../core/activities/cramp-patterns'
import type { CrampContext, WorkoutFacts } from '../../../core/activities/cramp-context'
import { windowSpeaking } from '../testing/window-language'
import {
  contextSentences,
  factorSentence,
  notEnoughCramps,
  orderedCounts,
  routineSentence,
  type PatternThresholds
} from './pattern-wording'

const thresholds: PatternThresholds = { longMinutes: 60, hotC: 25, nightFrom: '22:00', nightUntil: '06:00' }
const count = (factor: FactorCount['factor'], cramps: number, baseDays: number | null, of = 4): FactorCount => ({
  factor,
  cramps,
  of,
  baseDays,
  ofDays: 30
})
const contexts = (n: number) => ({ contexts: Array.from({ length: n }, () => ({}) as CrampContext), minCramps: 3 })
/** Intl writes narrow no-break spaces in some times and units; the tests read them as plain spaces. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ')

const hourMs = 3_600_000
const crampAt = new Date(2026, 11, 7, 14, 0).getTime()
const run = (changes: Partial<WorkoutFacts> = {}): WorkoutFacts => ({
  activityId: 'a1',
  sport: 'run',
  startMs: crampAt - 6 * hourMs - 65 * 60_000,
  endMs: crampAt - 6 * hourMs + 20 * 60_000,
  minutes: 65,
  intensity: 'high',
  avgTemperatureC: 26,
  long: true,
  hot: true,
  hard: true,
  warmUp: false,
  coolDown: true,
  ...changes
})
const context = (workouts: WorkoutFacts[], changes: Partial<CrampContext> = {}): CrampContext => ({
  crampId: 'c1',
  startedAtMs: crampAt,
  date: '2026-12-07',
  workouts,
  water: { totalMl: 1500, goalMl: 2400, underGoal: true },
  night: false,
  ...changes
})

describe('pattern counts in English', () => {
  windowSpeaking('en')

  it('says how many cramps there are until there are enough, at and around the minimum', () => {
    expect(notEnoughCramps(contexts(0))).toBe(
      'Patterns need at least 3 logged cramps. You have not logged a cramp yet.'
    )
    expect(notEnoughCramps(contexts(1))).toBe('Patterns need at least 3 logged cramps. So far you have logged 1.')
    expect(notEnoughCramps(contexts(2))).toBe('Patterns need at least 3 logged cramps. So far you have logged 2.')
  })

  it('sets each count against the base rate, in plain counts', () => {
    expect(factorSentence(count('long-workout', 3, 6), thresholds)).toBe(
      '3 of your 4 cramps came within a day of a workout over 60 minutes. ' +
        'You trained that long on 6 of the 30 days since your journal began.'
    )
    expect(factorSentence(count('hot-workout', 1, 2, 3), thresholds)).toBe(
      '1 of your 3 cramps came within a day of a workout at 25°C or warmer. ' +
        'You trained in that heat on 2 of the 30 days since your journal began.'
    )
    expect(factorSentence(count('water-under-goal', 0, 9), thresholds)).toBe(
      'None of your 4 cramps came on a day you drank less than your goal. ' +
        'You drank less than your goal on 9 of the 30 days since your journal began.'
    )
  })

  it('words night without a base rate, with the night hours from the view', () => {
    expect(plain(factorSentence(count('night', 2, null), thresholds))).toBe(
      '2 of your 4 cramps started at night (10:00 PM–6:00 AM).'
    )
    expect(plain(factorSentence(count('night', 2, null), { ...thresholds, nightFrom: '23:00' }))).toContain(
      '(11:00 PM–6:00 AM)'
    )
  })

  it('never words a count as a cause', () => {
    const factors = ['long-workout', 'hot-workout', 'hard-workout', 'water-under-goal', 'no-warm-up', 'no-cool-down']
    const sentences = [
      ...factors.map((factor) => factorSentence(count(factor as FactorCount['factor'], 2, 5), thresholds)),
      factorSentence(count('night', 2, null), thresholds)
    ]
    for (const sentence of sentences) expect(sentence).not.toMatch(/cause|because|due to|trigger/i)
  })

  it('puts the factors whose cramp share most exceeds their base share first', () => {
    const ordered = orderedCounts(
      [
        count('long-workout', 3, 6),
        count('hot-workout', 1, 1),
        count('water-under-goal', 4, 28),
        count('night', 4, null)
      ],
      thresholds
    )
    // long 0.75 − 0.2; hot 0.25 − 0.03; water 1 − 0.93; night 1 − 1/3 (night is a third of the day).
    expect(ordered.map((c) => c.factor)).toEqual(['night', 'long-workout', 'hot-workout', 'water-under-goal'])
  })

  it('tells what came before one cramp', () => {
    expect(contextSentences(context([run()]), 'ml').map(plain)).toEqual([
      'After a run of 65 minutes (hard, 26°C), 6 hours before.',
      'Water that day: 1,500 ml, under the goal of 2,400 ml.',
      'No warm-up before the workout.',
      'Cooled down after the workout.',
      'Started during the day.'
    ])
    expect(contextSentences(context([], { night: true }), 'ml')).toEqual([
      'No workout in the 24 hours before.',
      'Water that day: 1,500 ml, under the goal of 2,400 ml.',
      'Started at night.'
    ])
  })

  it('counts routines across workouts and leaves out a cool-down for a workout still going on', () => {
    const walk = run({ sport: 'walk', warmUp: true, endMs: crampAt - 20 * 60_000 })
    expect(routineSentence(context([run(), walk]), 'warmUp')).toBe('Warmed up before 1 of the 2 workouts.')
    const during = run({ endMs: crampAt + 10 * 60_000 })
    expect(routineSentence(context([during]), 'coolDown')).toBeNull()
    expect(contextSentences(context([during]), 'ml')[0]).toBe('During a run of 65 minutes (hard, 26°C).')
  })
})

describe('pattern counts in German', () => {
  windowSpeaking('de')

  it('counts in German, with German plural forms and times', () => {
    expect(notEnoughCramps(contexts(2))).toBe(
      'Muster brauchen mindestens 3 eingetragene Krämpfe. Bisher hast du 2 eingetragen.'
    )
    expect(factorSentence(count('long-workout', 3, 6), thresholds)).toBe(
      '3 deiner 4 Krämpfe traten innerhalb eines Tages nach einem Training von über 60 Minuten auf. ' +
        'So lange hast du an 6 der 30 Tage seit Beginn deines Tagebuchs trainiert.'
    )
    expect(factorSentence(count('no-warm-up', 1, 3), thresholds)).toBe(
      '1 deiner 4 Krämpfe trat innerhalb eines Tages nach einem Training ohne Aufwärmen davor auf. ' +
        'Ein Training ohne Aufwärmen hattest du an 3 der 30 Tage seit Beginn deines Tagebuchs.'
    )
    expect(factorSentence(count('night', 2, null), thresholds)).toBe(
      '2 deiner 4 Krämpfe begannen nachts (22:00–06:00).'
    )
    expect(plain(contextSentences(context([run()]), 'ml')[0] ?? '')).toBe(
      'Nach einem Lauf von 65 Minuten (hart, 26 °C), 6 Stunden vorher.'
    )
  })
})
