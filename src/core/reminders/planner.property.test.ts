// Local time is the process's time zone: fix it before any Date is made (Node re-reads TZ on assignment).
process.env.TZ = 'Europe/Berlin'

import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { WaterEntry } from '../journal/journal'
import { hydrationIntervalMinutes, planReminders, effectiveGoalMl } from './planner'
import { firedFrom, localMs, testSettings } from './planner-fixtures'
import type { FiredReminder, PlannedReminder, ReminderState, WorkoutPlan } from './reminders'
import { emptyReminderState } from './reminder-schema'
import type { Settings } from '../settings/settings'
import { weekdays } from '../time/weekdays'

const dstDays = {
  'Europe/Berlin': ['2026-03-29', '2026-10-25'],
  'America/New_York': ['2026-03-08', '2026-11-01']
} as const
const numRuns = 150
const minuteMs = 60_000
const pad = (n: number) => String(n).padStart(2, '0')
const hhmm = (minutes: number) => `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`
const toMinutes = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3))

// Random clock times, with extra weight on the DST hours and the usual edges.
const clockTime = fc.oneof(
  fc.integer({ min: 0, max: 1439 }).map(hhmm),
  fc.constantFrom('00:00', '01:30', '02:00', '02:30', '03:00', '07:00', '22:00', '23:59')
)
const activeDay = fc
  .record({
    enabled: fc.oneof({ weight: 5, arbitrary: fc.constant(true) }, { weight: 1, arbitrary: fc.constant(false) }),
    startMinutes: fc.integer({ min: 0, max: 1380 }),
    lengthMinutes: fc.integer({ min: 30, max: 1439 })
  })
  .map(({ enabled, startMinutes, lengthMinutes }) => ({
    enabled,
    start: hhmm(startMinutes),
    end: hhmm(Math.min(1439, startMinutes + lengthMinutes))
  }))
const workoutDraft = fc.record({
  time: clockTime,
  durationMinutes: fc.integer({ min: 5, max: 600 }),
  // null: once, on the simulated day.
  weekdays: fc.option(fc.subarray([...weekdays], { minLength: 1 }), { nil: null })
})
const scenario = fc.record({
  days: fc.tuple(...weekdays.map(() => activeDay)),
  quietHours: fc.record({ enabled: fc.boolean(), start: clockTime, end: clockTime }),
  intervalMinutes: fc.option(fc.integer({ min: 15, max: 240 }), { nil: null }),
  dailyGoalMl: fc.integer({ min: 500, max: 8000 }),
  glassMl: fc.integer({ min: 50, max: 1000 }),
  preWorkoutDrink: fc.record({
    enabled: fc.boolean(),
    leadMinutes: fc.integer({ min: 30, max: 240 }),
    amountMl: fc.integer({ min: 100, max: 1000 })
  }),
  electrolytes: fc.record({
    enabled: fc.boolean(),
    leadMinutes: fc.integer({ min: 15, max: 240 }),
    minWorkoutMinutes: fc.integer({ min: 15, max: 600 })
  }),
  warmUp: fc.record({ enabled: fc.boolean(), leadMinutes: fc.integer({ min: 5, max: 120 }) }),
  coolDown: fc.record({ enabled: fc.boolean(), delayMinutes: fc.integer({ min: 0, max: 60 }) }),
  workouts: fc.array(workoutDraft, { maxLength: 3 }),
  hot: fc.boolean(),
  // Which hydration reminders the user answers by drinking the suggested amount (cycled).
  drinks: fc.array(fc.boolean(), { minLength: 1, maxLength: 6 }),
  drunkBeforeMl: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 4000 }))
})
type Scenario = typeof scenario extends fc.Arbitrary<infer T> ? T : never

function dayFor(zone: keyof typeof dstDays) {
  const anyDay = fc
    .integer({ min: 0, max: 364 })
    .map((n) => new Date(Date.UTC(2026, 0, 1 + n)).toISOString().slice(0, 10))
  return fc.oneof(fc.constantFrom(...dstDays[zone]), anyDay)
}

function settingsOf(s: Scenario, date: string, openHours = false): Settings {
  const workouts: WorkoutPlan[] = s.workouts.map((w, index) => ({
    id: `w${index}`,
    kind: 'run',
    time: w.time,
    durationMinutes: w.durationMinutes,
    schedule: w.weekdays === null ? { type: 'once', date } : { type: 'weekly', weekdays: w.weekdays }
  }))
  const open = { enabled: true, start: '00:00', end: '23:59' }
  return testSettings({
    days: Object.fromEntries(weekdays.map((day, index) => [day, openHours ? open : s.days[index]])),
    dailyGoalMl: s.dailyGoalMl,
    glassMl: s.glassMl,
    workouts,
    reminders: {
      hydration: { enabled: true, intervalMinutes: s.intervalMinutes },
      preWorkoutDrink: s.preWorkoutDrink,
      electrolytes: s.electrolytes,
      warmUp: s.warmUp,
      coolDown: s.coolDown,
      quietHours: openHours ? { ...s.quietHours, enabled: false } : s.quietHours
    }
  })
}

/** One day as the service would run it: send the first planned reminder at its due time, until none is left. */
function simulateDay(settings: Settings, state: ReminderState, date: string, s: Scenario) {
  const dayStartMs = localMs(date)
  const water: WaterEntry[] =
    s.drunkBeforeMl > 0 ? [{ id: 'early', loggedAtMs: dayStartMs, amountMl: s.drunkBeforeMl }] : []
  const fired: FiredReminder[] = []
  const sent: PlannedReminder[] = []
  const goalMl = effectiveGoalMl(settings, state, new Date(dayStartMs))
  let nowMs = dayStartMs
  let hydrationAfterGoal = 0
  for (let step = 0; step < 400; step += 1) {
    const plan = planReminders({ settings, state, water, fired, nowMs })
    const drunkMl = water.reduce((sum, entry) => sum + entry.amountMl, 0)
    if (drunkMl >= goalMl && plan.some((r) => r.kind === 'hydration')) hydrationAfterGoal += 1
    const next = plan[0]
    if (next === undefined) return { sent, hydrationAfterGoal, reachedGoal: drunkMl >= goalMl }
    expect(next.dueAtMs).toBeGreaterThanOrEqual(nowMs)
    nowMs = next.dueAtMs
    sent.push(next)
    fired.push(firedFrom(next))
    if (next.kind === 'hydration' && s.drinks[sent.length % s.drinks.length]) {
      water.push({ id: `d${step}`, loggedAtMs: nowMs, amountMl: next.amountMl ?? 0 })
    }
  }
  throw new Error('the planner kept planning: a day never ended')
}

/** An independent reading of the rules: active on that weekday and outside quiet hours. */
function allowedAt(settings: Settings, ms: number): boolean {
  const at = new Date(ms)
  const minutes = at.getHours() * 60 + at.getMinutes() + at.getSeconds() / 60 + at.getMilliseconds() / minuteMs
  const day = settings.activeHours[weekdays[at.getDay()] ?? 'sun']
  if (!day.enabled || minutes < toMinutes(day.start) || minutes >= toMinutes(day.end)) return false
  const quiet = settings.reminders.quietHours
  const [start, end] = [toMinutes(quiet.start), toMinutes(quiet.end)]
  const inQuiet = start <= end ? minutes >= start && minutes < end : minutes >= start || minutes < end
  return !quiet.enabled || !inQuiet
}

/** Minutes on the local wall clock, counted across days (so a jump shows as a jump). */
const wallMinutes = (at: Date) =>
  Date.UTC(at.getFullYear(), at.getMonth(), at.getDate(), at.getHours(), at.getMinutes()) / minuteMs

describe.each(Object.keys(dstDays) as (keyof typeof dstDays)[])('a simulated day in %s', (zone) => {
  beforeAll(() => {
    process.env.TZ = zone
    const [dstDay] = dstDays[zone]
    // The zone is really in effect: its DST day has two offsets.
    expect(new Date(localMs(dstDay)).getTimezoneOffset()).not.toBe(
      new Date(localMs(dstDay, '12:00')).getTimezoneOffset()
    )
  })
  afterAll(() => {
    process.env.TZ = 'Europe/Berlin'
  })
  const stateFor = (s: Scenario, date: string): ReminderState => ({
    ...emptyReminderState(),
    hotDays: s.hot ? [date] : []
  })

  it('never fires in quiet hours or outside active hours', () => {
    let fired = 0
    fc.assert(
      fc.property(scenario, dayFor(zone), (s, date) => {
        const settings = settingsOf(s, date)
        const { sent } = simulateDay(settings, stateFor(s, date), date, s)
        fired += sent.length
        for (const reminder of sent) expect(allowedAt(settings, reminder.dueAtMs), reminder.id).toBe(true)
        expect(new Set(sent.map((r) => r.id)).size).toBe(sent.length)
      }),
      { numRuns }
    )
    expect(fired).toBeGreaterThan(numRuns)
  })

  it('never sends two hydration reminders closer than the interval', () => {
    fc.assert(
      fc.property(scenario, dayFor(zone), (s, date) => {
        const settings = settingsOf(s, date)
        const state = stateFor(s, date)
        const intervalMs = hydrationIntervalMinutes(settings, state, new Date(localMs(date))) * minuteMs
        const due = simulateDay(settings, state, date, s).sent.filter((r) => r.kind === 'hydration')
        for (let i = 1; i < due.length; i += 1) {
          expect((due[i]?.dueAtMs ?? 0) - (due[i - 1]?.dueAtMs ?? 0)).toBeGreaterThanOrEqual(intervalMs)
        }
      }),
      { numRuns }
    )
  })

  it('plans no hydration reminder once the day’s goal is reached', () => {
    let reached = 0
    fc.assert(
      fc.property(scenario, dayFor(zone), (s, date) => {
        const result = simulateDay(settingsOf(s, date), stateFor(s, date), date, s)
        if (result.reachedGoal) reached += 1
        expect(result.hydrationAfterGoal).toBe(0)
      }),
      { numRuns }
    )
    expect(reached).toBeGreaterThan(0)
  })

  it('reminds to warm up exactly the lead before the start on the local clock', () => {
    let checked = 0
    const warmUpScenario = fc.record({ s: scenario, openHours: fc.boolean(), lead: fc.integer({ min: 5, max: 120 }) })
    fc.assert(
      fc.property(warmUpScenario, dayFor(zone), ({ s, openHours, lead }, date) => {
        const withWarmUp = { ...s, warmUp: { enabled: true, leadMinutes: lead } }
        const settings = settingsOf(withWarmUp, date, openHours)
        const { sent } = simulateDay(settings, stateFor(s, date), date, withWarmUp)
        for (const warmUp of sent.filter((r) => r.kind === 'warm-up')) {
          checked += 1
          const start = new Date(warmUp.workoutStartMs ?? 0)
          const due = new Date(warmUp.dueAtMs)
          expect(due.getTime()).toBeLessThan(start.getTime())
          const wanted = new Date(
            start.getFullYear(),
            start.getMonth(),
            start.getDate(),
            start.getHours(),
            start.getMinutes() - lead
          )
          if (wallMinutes(wanted) === wallMinutes(start) - lead) {
            expect(wallMinutes(start) - wallMinutes(due)).toBe(lead)
          } else {
            // That wall time was skipped by the spring-forward jump: the lead is kept in real time.
            expect(start.getTime() - due.getTime()).toBe(lead * minuteMs)
          }
        }
      }),
      { numRuns }
    )
    expect(checked).toBeGreaterThan(numRuns / 4)
  })
})
