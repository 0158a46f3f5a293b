// Local time is the process's time zone: fix it before any Date is made (Node re-reads TZ on assignment).
process.env.TZ = 'Europe/Berlin'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { historyView, type HistoryInput } from './history-view'
import { emptyJournal, type Journal } from '../journal/journal'
import { dateOfDayNumber, dayNumberOfDate, dayNumberOfMs, mondayOfDayNumber } from '../time/local-weeks'
import { localMs, run, testSettings } from '../reminders/planner-fixtures'
import { crampAt, daySummary, drinkAt, journalWith, routineAt } from '../journal/journal-fixtures'
import type { WarningSign } from '../health/warning-signs'
import type { WorkoutPlan } from '../reminders/reminders'

const drink = (date: string, time: string, amountMl: number) => drinkAt(date, time, amountMl)
const routine = routineAt
const cramp = (date: string, time: string, severity: number) =>
  crampAt(date, time, { id: `c-${date}-${time}-${severity}`, severity })
const summary = daySummary
const view = (journal: Journal, nowMs: number, extra: Partial<HistoryInput> = {}) =>
  historyView({ journal, settings: testSettings(), hotDays: [], nowMs, warnings: [], ...extra })
const waterOn = (result: ReturnType<typeof historyView>, date: string) => result.water.find((d) => d.date === date)
/** A workout in the plan since New Year, long before any day these tests look at. */
const since2026 = (workout: WorkoutPlan): WorkoutPlan => ({ ...workout, addedAtMs: localMs('2026-01-01', '09:00') })
/** A drink meeting the default 2000 ml goal on each of the dates. */
const goalDrinks = (dates: readonly string[]) => dates.map((date) => drink(date, '12:00', 2000))

describe('calendar days (Europe/Berlin)', () => {
  it('steps over month ends, leap days and DST changes one calendar day at a time', () => {
    const day = dayNumberOfDate('2028-02-28')
    expect([1, 2, 3].map((n) => dateOfDayNumber(day + n))).toEqual(['2028-02-29', '2028-03-01', '2028-03-02'])
    expect(dateOfDayNumber(dayNumberOfDate('2026-10-31') + 1)).toBe('2026-11-01')
    expect(dayNumberOfMs(localMs('2026-03-30', '00:00')) - dayNumberOfMs(localMs('2026-03-29', '23:59'))).toBe(1)
    expect(dayNumberOfMs(localMs('2026-10-25', '23:59'))).toBe(dayNumberOfDate('2026-10-25'))
    expect(dateOfDayNumber(mondayOfDayNumber(dayNumberOfDate('2026-11-01')))).toBe('2026-10-26')
    expect(dateOfDayNumber(mondayOfDayNumber(dayNumberOfDate('2026-11-02')))).toBe('2026-11-02')
  })
})

describe('water over the last 30 days (Europe/Berlin)', () => {
  it('lists 30 consecutive days ending today across a month end and the October DST change', () => {
    const result = view(emptyJournal(), localMs('2026-11-03', '12:00'))
    expect(result.today).toBe('2026-11-03')
    expect(result.water).toHaveLength(30)
    expect(result.water[0]?.date).toBe('2026-10-05')
    expect(result.water.at(-1)?.date).toBe('2026-11-03')
    const dates = result.water.map((d) => d.date)
    expect(new Set(dates).size).toBe(30)
    expect(dates.slice(25, 29)).toEqual(['2026-10-30', '2026-10-31', '2026-11-01', '2026-11-02'])
    expect(dates.filter((date) => date === '2026-10-25')).toHaveLength(1)
  })

  it('counts each drink on its own day on both sides of a month end', () => {
    const journal = journalWith({
      water: [drink('2026-10-31', '23:59', 300), drink('2026-11-01', '00:00', 200), drink('2026-11-01', '09:00', 250)]
    })
    const result = view(journal, localMs('2026-11-02', '08:00'))
    expect(waterOn(result, '2026-10-31')).toMatchObject({ totalMl: 300, drinks: 1 })
    expect(waterOn(result, '2026-11-01')).toMatchObject({ totalMl: 450, drinks: 2 })
  })

  it('counts a drink at 23:30 on the day it was drunk, on both DST change days', () => {
    const journal = journalWith({
      water: [
        drink('2026-03-29', '23:30', 400),
        drink('2026-03-30', '00:30', 100),
        drink('2026-10-25', '23:30', 600),
        drink('2026-10-26', '00:30', 150)
      ]
    })
    const spring = view(journal, localMs('2026-04-02', '10:00'))
    expect(waterOn(spring, '2026-03-29')?.totalMl).toBe(400)
    expect(waterOn(spring, '2026-03-30')?.totalMl).toBe(100)
    const autumn = view(journal, localMs('2026-10-28', '10:00'))
    expect(waterOn(autumn, '2026-10-25')?.totalMl).toBe(600)
    expect(waterOn(autumn, '2026-10-26')?.totalMl).toBe(150)
  })

  it('adds the daily totals of compacted days to any detail of the same day', () => {
    const journal = journalWith({
      water: [drink('2026-06-10', '10:00', 500)],
      days: [summary('2026-06-09', { waterMl: 1800, drinks: 6 }), summary('2026-06-10', { waterMl: 1000, drinks: 3 })]
    })
    const result = view(journal, localMs('2026-06-15', '10:00'))
    expect(waterOn(result, '2026-06-09')).toMatchObject({ totalMl: 1800, drinks: 6 })
    expect(waterOn(result, '2026-06-10')).toMatchObject({ totalMl: 1500, drinks: 4 })
  })

  it('shows the goal met at exactly the goal, and raises the goal on a day marked hot', () => {
    const journal = journalWith({ water: [drink('2026-06-13', '10:00', 2000), drink('2026-06-14', '10:00', 2200)] })
    const result = view(journal, localMs('2026-06-15', '10:00'), { hotDays: ['2026-06-14'] })
    expect(waterOn(result, '2026-06-13')).toMatchObject({ goalMl: 2000, met: true, hotDay: false })
    expect(waterOn(result, '2026-06-14')).toMatchObject({ goalMl: 2500, met: false, hotDay: true })
    expect(waterOn(result, '2026-06-15')).toMatchObject({ totalMl: 0, met: false })
  })
})

describe('streaks (Europe/Berlin)', () => {
  const now = () => localMs('2026-06-15', '10:00')

  it('does not break the goal streak because today is not met yet', () => {
    const journal = journalWith({ water: goalDrinks(['2026-06-12', '2026-06-13', '2026-06-14']) })
    expect(view(journal, now()).streaks.goalMet).toEqual({ current: 3, best: 3 })
    const metToday = journalWith({ water: [...journal.water, ...goalDrinks(['2026-06-15'])] })
    expect(view(metToday, now()).streaks.goalMet).toEqual({ current: 4, best: 4 })
  })

  it('starts the goal streak over after a missed day, and remembers the best run from compacted days', () => {
    const oldRun = ['2026-01-26', '2026-01-27', '2026-01-28', '2026-01-29', '2026-01-30']
    const journal = journalWith({
      days: oldRun.map((date) => summary(date, { waterMl: 2400, drinks: 8 })),
      water: goalDrinks(['2026-06-11', '2026-06-13', '2026-06-14'])
    })
    expect(view(journal, now()).streaks.goalMet).toEqual({ current: 2, best: 5 })
    expect(view(emptyJournal(), now()).streaks.goalMet).toEqual({ current: 0, best: 0 })
  })

  it('counts a goal run through the March DST change as one unbroken run', () => {
    const dates = ['2026-03-27', '2026-03-28', '2026-03-29', '2026-03-30', '2026-03-31']
    const journal = journalWith({ water: goalDrinks(dates) })
    expect(view(journal, localMs('2026-03-31', '20:00')).streaks.goalMet).toEqual({ current: 5, best: 5 })
  })

  describe('warm-ups before planned workouts', () => {
    // Mondays, Wednesdays and Fridays at 18:00; today is Wednesday 17 June.
    const settings = () =>
      testSettings({ workouts: [since2026(run('run', '18:00', { type: 'weekly', weekdays: ['mon', 'wed', 'fri'] }))] })
    const wednesday = () => localMs('2026-06-17', '12:00')
    const warmUps = (dates: readonly string[]) => dates.map((date) => routine(date, '17:45', 'warm-up'))

    it('counts workout days in a row with a warm-up, not failing today while the workout is still ahead', () => {
      // 5 June was missed; the run after it is 8, 10, 12 and 15 June.
      const done = ['2026-06-01', '2026-06-03', '2026-06-08', '2026-06-10', '2026-06-12', '2026-06-15']
      const journal = journalWith({ routines: warmUps(done) })
      expect(view(journal, wednesday(), { settings: settings() }).streaks.warmUpBeforeWorkouts).toEqual({
        current: 4,
        best: 4
      })
      const doneToday = journalWith({ routines: warmUps([...done, '2026-06-17']) })
      expect(view(doneToday, wednesday(), { settings: settings() }).streaks.warmUpBeforeWorkouts).toEqual({
        current: 5,
        best: 5
      })
    })

    it('ends the warm-up streak at a missed workout day and ignores cool-downs and abandoned warm-ups', () => {
      const journal = journalWith({
        routines: [
          ...warmUps(['2026-06-08', '2026-06-10', '2026-06-12']),
          routine('2026-06-15', '17:45', 'warm-up', false),
          routine('2026-06-15', '19:00', 'cool-down')
        ]
      })
      expect(view(journal, wednesday(), { settings: settings() }).streaks.warmUpBeforeWorkouts).toEqual({
        current: 0,
        best: 3
      })
    })

    it('asks for one warm-up per workout on a day with two, and counts compacted warm-ups', () => {
      const twoADay = testSettings({
        workouts: [
          run('run', '07:00', { type: 'weekly', weekdays: ['mon'] }),
          run('gym', '18:00', { type: 'once', date: '2026-06-15' })
        ].map(since2026)
      })
      const oneWarmUp = journalWith({ routines: warmUps(['2026-06-08', '2026-06-15']) })
      expect(view(oneWarmUp, wednesday(), { settings: twoADay }).streaks.warmUpBeforeWorkouts).toEqual({
        current: 0,
        best: 1
      })
      const both = journalWith({
        days: [summary('2026-06-08', { routinesCompleted: { 'warm-up': 1, 'cool-down': 0, relief: 0 } })],
        routines: warmUps(['2026-06-15', '2026-06-15']).map((r, i) => ({ ...r, id: `${r.id}-${i}` }))
      })
      expect(view(both, wednesday(), { settings: twoADay }).streaks.warmUpBeforeWorkouts).toEqual({
        current: 2,
        best: 2
      })
    })
  })
})

describe('weekly charts (Europe/Berlin)', () => {
  it('buckets cramps by severity into Monday-to-Sunday weeks, one week spanning October and November', () => {
    const journal = journalWith({
      cramps: [
        cramp('2026-10-26', '00:10', 3),
        cramp('2026-10-31', '23:50', 2),
        cramp('2026-11-01', '03:00', 5),
        cramp('2026-11-01', '23:30', 2),
        cramp('2026-11-02', '00:00', 1)
      ]
    })
    const weeks = view(journal, localMs('2026-11-04', '12:00')).crampWeeks
    expect(weeks).toHaveLength(12)
    expect(weeks.at(-2)).toEqual({ weekStart: '2026-10-26', count: 4, bySeverity: [0, 2, 1, 0, 1], maxSeverity: 5 })
    expect(weeks.at(-1)).toEqual({ weekStart: '2026-11-02', count: 1, bySeverity: [1, 0, 0, 0, 0], maxSeverity: 1 })
    expect(weeks[0]).toEqual({ weekStart: '2026-08-17', count: 0, bySeverity: [0, 0, 0, 0, 0], maxSeverity: null })
  })

  it('starts every week on a Monday, seven calendar days apart, across the March DST change', () => {
    const weeks = view(emptyJournal(), localMs('2026-04-08', '12:00')).crampWeeks.map((w) => w.weekStart)
    expect(weeks.slice(-3)).toEqual(['2026-03-23', '2026-03-30', '2026-04-06'])
    for (const weekStart of weeks) expect(new Date(localMs(weekStart)).getDay()).toBe(1)
  })

  it('counts routines done and workouts planned per week, leaving out the rest of this week', () => {
    const settings = testSettings({
      workouts: [
        run('run', '18:00', { type: 'weekly', weekdays: ['mon', 'wed', 'fri'] }),
        run('race', '09:00', { type: 'once', date: '2026-06-13' })
      ].map(since2026)
    })
    const journal = journalWith({
      days: [summary('2026-06-10', { routinesCompleted: { 'warm-up': 2, 'cool-down': 1, relief: 4 } })],
      routines: [
        routine('2026-06-14', '23:50', 'cool-down'),
        routine('2026-06-15', '00:05', 'warm-up'),
        routine('2026-06-16', '19:00', 'cool-down'),
        routine('2026-06-17', '17:45', 'warm-up', false),
        routine('2026-06-17', '08:00', 'relief')
      ]
    })
    const weeks = view(journal, localMs('2026-06-17', '12:00'), { settings }).routineWeeks
    expect(weeks).toHaveLength(8)
    expect(weeks[0]?.weekStart).toBe('2026-04-27')
    expect(weeks.at(-2)).toEqual({ weekStart: '2026-06-08', warmUps: 2, coolDowns: 2, workoutsPlanned: 4 })
    // Monday's and today's runs count; Friday's is still ahead.
    expect(weeks.at(-1)).toEqual({ weekStart: '2026-06-15', warmUps: 1, coolDowns: 1, workoutsPlanned: 2 })
  })
})

describe('a plan counted only from when it existed (Europe/Berlin)', () => {
  // Mondays, Wednesdays and Fridays at 18:00, added on Tuesday 9 June; today is Wednesday 17 June.
  const mwf = run('run', '18:00', { type: 'weekly', weekdays: ['mon', 'wed', 'fri'] })
  const today = localMs('2026-06-17', '12:00')
  const journal = journalWith({ water: [drink('2026-05-04', '09:00', 500)] })

  it('plans no workouts in the weeks before the workout was added', () => {
    const settings = testSettings({ workouts: [{ ...mwf, addedAtMs: localMs('2026-06-09', '20:00') }] })
    const weeks = view(journal, today, { settings }).routineWeeks
    expect(weeks.slice(0, -2).map((week) => week.workoutsPlanned)).toEqual([0, 0, 0, 0, 0, 0])
    // Added on Tuesday evening: Wednesday and Friday of that week, then Monday and today.
    expect(weeks.at(-2)?.workoutsPlanned).toBe(2)
    expect(weeks.at(-1)?.workoutsPlanned).toBe(2)
  })

  it('does not count a workout day before the plan existed as a missed warm-up', () => {
    const settings = testSettings({ workouts: [{ ...mwf, addedAtMs: localMs('2026-06-12', '08:00') }] })
    const warmUps = ['2026-06-12', '2026-06-15'].map((date) => routine(date, '17:45', 'warm-up'))
    const result = view(journalWith({ ...journal, routines: warmUps }), today, { settings })
    expect(result.streaks.warmUpBeforeWorkouts).toEqual({ current: 2, best: 2 })
  })

  it('counts a workout with no record of when it was added from today only', () => {
    const weeks = view(journal, today, { settings: testSettings({ workouts: [mwf] }) }).routineWeeks
    expect(weeks.map((week) => week.workoutsPlanned)).toEqual([0, 0, 0, 0, 0, 0, 0, 1])
  })
})

describe('today on the water chart (Europe/Berlin)', () => {
  it('marks today in progress while its goal is not met, past days as met or not, and today done once met', () => {
    const journal = journalWith({ water: [drink('2026-06-16', '09:00', 900), drink('2026-06-17', '09:00', 600)] })
    const result = view(journal, localMs('2026-06-17', '12:00'))
    expect(waterOn(result, '2026-06-16')).toMatchObject({ met: false, inProgress: false })
    expect(waterOn(result, '2026-06-17')).toMatchObject({ met: false, inProgress: true })
    const met = journalWith({ water: [drink('2026-06-17', '09:00', 2000)] })
    expect(waterOn(view(met, localMs('2026-06-17', '12:00')), '2026-06-17')).toMatchObject({
      met: true,
      inProgress: false
    })
  })
})

describe('check-ins, warnings and the first date (Europe/Berlin)', () => {
  it('lists the check-ins of the last 30 days oldest first, from detail and compacted days', () => {
    const journal = journalWith({
      days: [summary('2026-05-01', { urineLevel: 6 }), summary('2026-05-20', { urineLevel: 4 })],
      checkIns: [
        { date: '2026-06-01', checkedAtMs: localMs('2026-06-01', '08:00'), level: 3 },
        { date: '2026-06-15', checkedAtMs: localMs('2026-06-15', '08:00'), level: 2 }
      ]
    })
    expect(view(journal, localMs('2026-06-15', '10:00')).urine).toEqual([
      { date: '2026-05-20', level: 4 },
      { date: '2026-06-01', level: 3 },
      { date: '2026-06-15', level: 2 }
    ])
  })

  it('shows the warning signs newest first and the earliest day the journal knows', () => {
    const sign = (id: string, raisedAtMs: number, acknowledged: boolean): WarningSign & { acknowledged: boolean } => ({
      id,
      kind: 'long',
      raisedAtMs,
      crampIds: [],
      symptoms: [],
      dates: [],
      sourceIds: [],
      acknowledged
    })
    const warnings = [sign('a', 1000, true), sign('c', 3000, false), sign('b', 2000, true)]
    const journal = journalWith({
      cramps: [cramp('2025-12-31', '23:00', 2)],
      water: [drink('2026-06-01', '09:00', 100)]
    })
    const result = view(journal, localMs('2026-06-15', '10:00'), { warnings })
    expect(result.warnings.map((w) => w.id)).toEqual(['c', 'b', 'a'])
    expect(result.firstDate).toBe('2025-12-31')
    expect(view(emptyJournal(), localMs('2026-06-15', '10:00')).firstDate).toBeNull()
  })

  it('covers five years of compacted history, with every recent day filled from its daily total or its drinks', () => {
    const nowMs = localMs('2026-06-15', '20:00')
    const days = Array.from({ length: 1800 }, (_, i) => {
      const date = new Date(2021, 4, 1 + i)
      const key = `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`
      return summary(key, { waterMl: 1500 + (i % 7) * 200, drinks: 7, urineLevel: 3 })
    })
    const water = Array.from({ length: 900 }, (_, i) => ({
      id: `w${i}`,
      loggedAtMs: nowMs - (90 - Math.floor(i / 10)) * 86_400_000 + (i % 10) * 3_600_000,
      amountMl: 250
    }))
    const cramps = Array.from({ length: 2000 }, (_, i) => ({
      ...cramp('2026-01-01', '00:00', 1 + (i % 5)),
      id: `c${i}`,
      startedAtMs: nowMs - i * 20 * 3_600_000
    }))
    const settings = testSettings({ workouts: [run('run', '18:00', { type: 'weekly', weekdays: ['tue', 'sat'] })] })
    const journal = journalWith({ days, water, cramps })
    // How fast this is lives in `npm run bench`, not here.
    const result = view(journal, nowMs, { settings })
    expect(result.firstDate).toBe('2021-05-01')
    expect(result.water.every((day) => day.totalMl > 0)).toBe(true)
  })
})

describe('in America/New_York', () => {
  beforeAll(() => {
    process.env.TZ = 'America/New_York'
  })
  afterAll(() => {
    process.env.TZ = 'Europe/Berlin'
  })

  it('counts a 23:30 drink on its own day on both DST change days', () => {
    const journal = journalWith({
      water: [drink('2026-03-08', '23:30', 700), drink('2026-03-09', '00:15', 50), drink('2026-11-01', '23:30', 900)]
    })
    const spring = view(journal, localMs('2026-03-10', '09:00'))
    expect(waterOn(spring, '2026-03-08')).toMatchObject({ totalMl: 700, drinks: 1 })
    expect(waterOn(spring, '2026-03-09')).toMatchObject({ totalMl: 50, drinks: 1 })
    const autumn = view(journal, localMs('2026-11-02', '09:00'))
    expect(waterOn(autumn, '2026-11-01')).toMatchObject({ totalMl: 900, drinks: 1 })
    expect(autumn.water.map((d) => d.date).filter((date) => date === '2026-11-01')).toHaveLength(1)
  })

  it('keeps a week with the November DST change as one Monday-to-Sunday week', () => {
    const journal = journalWith({
      cramps: [cramp('2026-10-26', '00:00', 4), cramp('2026-11-01', '01:30', 3), cramp('2026-11-01', '23:59', 3)]
    })
    const weeks = view(journal, localMs('2026-11-02', '06:00')).crampWeeks
    expect(weeks.at(-2)).toEqual({ weekStart: '2026-10-26', count: 3, bySeverity: [0, 0, 2, 1, 0], maxSeverity: 4 })
    expect(weeks.at(-1)?.count).toBe(0)
  })

  it('keeps a goal streak unbroken through the March DST change', () => {
    const journal = journalWith({ water: goalDrinks(['2026-03-07', '2026-03-08', '2026-03-09']) })
    expect(view(journal, localMs('2026-03-10', '08:00')).streaks.goalMet).toEqual({ current: 3, best: 3 })
  })
})
