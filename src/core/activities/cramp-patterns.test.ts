process.env.TZ = 'Europe/Berlin'

import { describe, expect, it } from 'vitest'
import type { ActivityEntry } from './activity'
import { activityAt } from './activity-fixtures'
import type { CrampPatternInput } from './cramp-context'
import { crampFactors, crampPatterns, type FactorCount } from './cramp-patterns'
import { patternThresholds } from './pattern-thresholds'
import { crampAt, daySummary, drinkAt, journalWith, routineAt } from '../journal/journal-fixtures'
import type { Journal } from '../journal/journal'
import { localMs } from '../reminders/planner-fixtures'

const input = (
  journal: Partial<Journal>,
  activities: readonly ActivityEntry[],
  now = localMs('2026-06-30', '21:00'),
  extra: Partial<CrampPatternInput> = {}
): CrampPatternInput => ({
  journal: journalWith({ water: [drinkAt('2026-06-01', '09:00', 250)], ...journal }),
  activities,
  dailyGoalMl: 2000,
  hotDays: [],
  nowMs: now,
  ...extra
})
const count = (result: ReturnType<typeof crampPatterns>, factor: FactorCount['factor']) =>
  result.counts?.find((c) => c.factor === factor)
const day10 = '2026-06-10'

describe('cramp patterns', () => {
  it('counts 3 of 4 cramps within a day of a run over 60 minutes, against 6 of 30 days with such a run', () => {
    const longRunDays = ['03', '08', '13', '18', '23', '27'].map((d) => `2026-06-${d}`)
    const activities = [
      ...longRunDays.map((date) => activityAt(date, '07:00', 75)),
      activityAt('2026-06-24', '18:00', 30)
    ]
    const cramps = [
      crampAt('2026-06-03', '20:00', { context: 'after-workout' }),
      crampAt('2026-06-09', '06:30', { context: 'at-rest' }),
      crampAt('2026-06-18', '08:00'),
      crampAt('2026-06-25', '15:00', { context: 'at-rest' })
    ]
    const result = crampPatterns(input({ cramps }, activities))
    expect(count(result, 'long-workout')).toEqual({
      factor: 'long-workout',
      cramps: 3,
      of: 4,
      baseDays: 6,
      ofDays: 30
    })
    expect(result.period).toEqual({ from: '2026-06-01', to: '2026-06-30', days: 30 })
    expect(result.counts?.map((c) => c.factor)).toEqual([...crampFactors])
    expect(result.contexts.map((c) => c.workouts.length)).toEqual([1, 1, 1, 1])
  })

  it('needs 3 cramps before it counts: with 2 it gives the contexts only', () => {
    const cramps = [crampAt('2026-06-05', '10:00'), crampAt('2026-06-06', '10:00'), crampAt('2026-06-07', '10:00')]
    const two = crampPatterns(input({ cramps: cramps.slice(0, 2) }, []))
    expect(two.counts).toBeNull()
    expect(two.contexts).toHaveLength(2)
    expect(two.minCramps).toBe(3)
    expect(crampPatterns(input({ cramps }, [])).counts).toHaveLength(crampFactors.length)
    // A cramp dated after now is not counted.
    expect(crampPatterns(input({ cramps }, [], localMs('2026-06-06', '12:00'))).counts).toBeNull()
  })

  it('calls a workout long from 61 minutes, not at 59 or 60', () => {
    const minutes = [59, 60, 61]
    const activities = minutes.map((m, i) => activityAt(`2026-06-1${i}`, '07:00', m))
    const cramps = minutes.map((_, i) => crampAt(`2026-06-1${i}`, '12:00', { context: 'after-workout' }))
    const result = crampPatterns(input({ cramps }, activities))
    expect(result.contexts.map((c) => c.workouts[0]?.long)).toEqual([false, false, true])
    expect(count(result, 'long-workout')).toMatchObject({ cramps: 1, of: 3, baseDays: 1 })
    expect(patternThresholds.longWorkoutMinutes.value).toBe(60)
  })

  it('calls a workout hot from 25 °C, not at 24.9 °C', () => {
    const temperatures = [24.9, 25, 31]
    const activities = temperatures.map((t, i) => activityAt(`2026-06-1${i}`, '07:00', 30, { avgTemperatureC: t }))
    const cramps = temperatures.map((_, i) => crampAt(`2026-06-1${i}`, '12:00'))
    const result = crampPatterns(input({ cramps }, activities))
    expect(result.contexts.map((c) => c.workouts[0]?.hot)).toEqual([false, true, true])
    expect(count(result, 'hot-workout')).toMatchObject({ cramps: 2, of: 3, baseDays: 2, ofDays: 30 })
  })

  it('looks back exactly 24 hours from the cramp to the end of a workout, and no further', () => {
    const run = activityAt(day10, '07:00', 60)
    const contextAt = (time: string) =>
      crampPatterns(input({ cramps: [crampAt('2026-06-11', time)] }, [run])).contexts[0]?.workouts.length
    expect(contextAt('08:00')).toBe(1)
    expect(contextAt('08:01')).toBe(0)
    // A workout that starts after the cramp is not before it.
    expect(crampPatterns(input({ cramps: [crampAt(day10, '06:59')] }, [run])).contexts[0]?.workouts).toEqual([])
  })

  it('calls a workout hard from 77 % of the highest heart rate the person reached', () => {
    // Five earlier recordings with heart rate, the highest 200: enough to stand in for a maximum.
    const earlier = ['02', '03', '04', '05', '06'].map((d, i) =>
      activityAt(`2026-06-${d}`, '07:00', 30, { avgHeartRate: 150, maxHeartRate: i === 0 ? 200 : 170 })
    )
    const activities = [...earlier, activityAt(day10, '07:00', 30, { avgHeartRate: 153 })]
    const result = crampPatterns(input({ cramps: [crampAt(day10, '08:00')] }, activities))
    expect(result.contexts[0]?.workouts.at(-1)).toMatchObject({ intensity: 'moderate', hard: false })
    const harder = [...earlier, activityAt(day10, '07:00', 30, { avgHeartRate: 154 })]
    expect(crampPatterns(input({ cramps: [crampAt(day10, '08:00')] }, harder)).contexts[0]?.workouts[0]).toMatchObject({
      intensity: 'high',
      hard: true
    })
  })

  it("weighs the day's water against its goal, raised on a hot day and by that day's workouts", () => {
    const water = [drinkAt('2026-06-01', '09:00', 250), drinkAt(day10, '09:00', 2000)]
    const cramps = [crampAt(day10, '20:00', { context: 'at-rest' })]
    const plain = crampPatterns(input({ water, cramps }, []))
    expect(plain.contexts[0]?.water).toEqual({ totalMl: 2000, goalMl: 2000, underGoal: false })
    const hot = crampPatterns(input({ water, cramps }, [], undefined, { hotDays: [day10] }))
    expect(hot.contexts[0]?.water).toEqual({ totalMl: 2000, goalMl: 2500, underGoal: true })
    // A 60-minute run with no heart rate: 0.8–1.2 L lost; the middle raises the goal by 1000 ml.
    const afterRun = crampPatterns(input({ water, cramps }, [activityAt(day10, '07:00', 60)]))
    expect(afterRun.contexts[0]?.water).toEqual({ totalMl: 2000, goalMl: 3000, underGoal: true })
  })

  it('counts a completed warm-up shortly before and a cool-down shortly after, not an abandoned one', () => {
    const run = activityAt(day10, '07:00', 60)
    const cramp = crampAt(day10, '12:00', { context: 'after-workout' })
    const facts = (journal: Partial<Journal>) =>
      crampPatterns(input({ cramps: [cramp], ...journal }, [run])).contexts[0]?.workouts[0]
    expect(
      facts({ routines: [routineAt(day10, '06:55', 'warm-up'), routineAt(day10, '08:20', 'cool-down')] })
    ).toMatchObject({ warmUp: true, coolDown: true })
    expect(
      facts({ routines: [routineAt(day10, '03:59', 'warm-up'), routineAt(day10, '11:20', 'cool-down')] })
    ).toMatchObject({ warmUp: false, coolDown: false })
    expect(facts({ routines: [routineAt(day10, '06:55', 'warm-up', false)] })).toMatchObject({ warmUp: false })
    // The edges: a warm-up ending 3 h before the start or 15 min into it; a cool-down starting 3 h after the end.
    expect(
      facts({ routines: [routineAt(day10, '04:00', 'warm-up'), routineAt(day10, '11:10', 'cool-down')] })
    ).toMatchObject({ warmUp: true, coolDown: true })
    expect(facts({ routines: [routineAt(day10, '07:15', 'warm-up')] })).toMatchObject({ warmUp: true })
    expect(facts({ routines: [routineAt(day10, '07:16', 'warm-up')] })).toMatchObject({ warmUp: false })
    // A compacted day keeps only counts: a warm-up that day counts for its workout.
    const compacted = daySummary(day10, { routinesCompleted: { 'warm-up': 1, 'cool-down': 0, relief: 0 } })
    expect(facts({ days: [compacted] })).toMatchObject({ warmUp: true, coolDown: false })
  })

  it('counts no warm-up and no cool-down against the days with such a workout', () => {
    const activities = [activityAt(day10, '07:00', 60), activityAt('2026-06-12', '07:00', 60)]
    const routines = [routineAt(day10, '06:55', 'warm-up')]
    const cramps = [crampAt(day10, '07:30'), crampAt('2026-06-12', '07:30'), crampAt('2026-06-12', '12:00')]
    const result = crampPatterns(input({ cramps, routines }, activities))
    expect(count(result, 'no-warm-up')).toMatchObject({ cramps: 2, of: 3, baseDays: 1 })
    // Cramps during a workout come before any cool-down could: only the 12:00 one counts.
    expect(count(result, 'no-cool-down')).toMatchObject({ cramps: 1, of: 3, baseDays: 2 })
  })

  it('puts a cramp at night from 22:00 to before 06:00, or when logged as at night; with no base rate', () => {
    const cramps = [
      crampAt('2026-06-10', '21:59', { context: 'at-rest' }),
      crampAt('2026-06-11', '22:00', { context: 'at-rest' }),
      crampAt('2026-06-13', '05:59', { context: 'at-rest' }),
      crampAt('2026-06-14', '06:00', { context: 'at-rest' }),
      crampAt('2026-06-15', '07:00', { context: 'at-night' })
    ]
    const result = crampPatterns(input({ cramps }, []))
    expect(result.contexts.map((c) => c.night)).toEqual([false, true, true, false, true])
    expect(count(result, 'night')).toEqual({ factor: 'night', cramps: 3, of: 5, baseDays: null, ofDays: 30 })
  })

  it('gives data only: ids, dates and numbers, no sentences', () => {
    const cramps = [crampAt(day10, '08:00'), crampAt(day10, '09:00'), crampAt(day10, '23:00')]
    const result = crampPatterns(input({ cramps }, [activityAt(day10, '07:00', 90, { avgTemperatureC: 28 })]))
    const strings: string[] = []
    JSON.stringify(result, (_, value: unknown) => (typeof value === 'string' && strings.push(value), value))
    expect(strings.filter((s) => !/^[a-z0-9:-]+$/.test(s))).toEqual([])
  })

  it('has no period and no counts before anything is recorded', () => {
    const empty = crampPatterns(input({ water: [] }, []))
    expect(empty).toEqual({ contexts: [], period: null, minCramps: 3, counts: null })
  })
})
