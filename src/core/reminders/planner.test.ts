// Local time is the process's time zone: fix it before any Date is made (Node re-reads TZ on assignment).
process.env.TZ = 'Europe/Berlin'

import { describe, expect, it } from 'vitest'
import {
  effectiveGoalMl,
  HOT_DAY_EXTRA_ML,
  hydrationIntervalMinutes,
  isPausedAt,
  isQuietAt,
  planReminders
} from './planner'
import { drink, firedFrom, localClock, localMs, plannerInput, run, testSettings } from './planner-fixtures'
import { emptyReminderState } from './reminder-schema'

const monday = '2026-06-15'
const sunday = '2026-06-14'
const at = (time: string, date = monday) => localMs(date, time)
const hydrationOf = (reminders: ReturnType<typeof planReminders>) => reminders.filter((r) => r.kind === 'hydration')
const hourly = testSettings({ reminders: { hydration: { intervalMinutes: 60 } } })

describe('hydration interval', () => {
  const state = emptyReminderState()
  it('spreads the glasses of the goal over the active hours, rounded to 5 minutes', () => {
    // 08:00–21:00 is 780 minutes for 2000 / 250 = 8 glasses: 97.5 → 100.
    expect(hydrationIntervalMinutes(testSettings(), state, new Date(at('09:00')))).toBe(100)
  })
  it('keeps the derived interval between 30 and 120 minutes, and 90 on a day off', () => {
    const manyGlasses = testSettings({ dailyGoalMl: 8000, glassMl: 50 })
    const fewGlasses = testSettings({ dailyGoalMl: 2000, glassMl: 1000 })
    const dayOff = testSettings({ days: { mon: { enabled: false, start: '08:00', end: '21:00' } } })
    expect(hydrationIntervalMinutes(manyGlasses, state, new Date(at('09:00')))).toBe(30)
    expect(hydrationIntervalMinutes(fewGlasses, state, new Date(at('09:00')))).toBe(120)
    expect(hydrationIntervalMinutes(dayOff, state, new Date(at('09:00')))).toBe(90)
  })
  it('uses the interval the user chose', () => {
    expect(hydrationIntervalMinutes(hourly, state, new Date(at('09:00')))).toBe(60)
  })
  it('shortens the derived interval on a hot day (more glasses in the same hours)', () => {
    const hot = { ...state, hotDays: [monday] }
    expect(hydrationIntervalMinutes(testSettings(), hot, new Date(at('09:00')))).toBe(80)
  })
})

describe('quiet and active hours', () => {
  const allDay = testSettings({ hours: { start: '00:00', end: '23:59' } })
  it('treats quiet hours that wrap past midnight as quiet on both sides of it', () => {
    expect(isQuietAt(allDay, new Date(at('23:30')))).toBe(true)
    expect(isQuietAt(allDay, new Date(at('06:59')))).toBe(true)
    expect(isQuietAt(allDay, new Date(at('07:00')))).toBe(false)
    expect(isQuietAt(allDay, new Date(at('21:59')))).toBe(false)
  })
  it('holds the first hydration reminder until the quiet hours end', () => {
    const [first] = hydrationOf(planReminders(plannerInput(allDay, at('05:00'))))
    expect(localClock(first?.dueAtMs ?? 0)).toBe(`${monday} 07:00`)
  })
  it('is quiet before the active start and from the active end on', () => {
    expect(isQuietAt(hourly, new Date(at('07:59')))).toBe(true)
    expect(isQuietAt(hourly, new Date(at('08:00')))).toBe(false)
    expect(isQuietAt(hourly, new Date(at('21:00')))).toBe(true)
    const [first] = hydrationOf(planReminders(plannerInput(hourly, at('06:00'))))
    expect(localClock(first?.dueAtMs ?? 0)).toBe(`${monday} 08:00`)
  })
  it('plans nothing on a disabled weekday, not even a workout reminder', () => {
    const settings = testSettings({
      days: { sun: { enabled: false, start: '08:00', end: '21:00' } },
      workouts: [run('evening-run', '18:00')]
    })
    expect(isQuietAt(settings, new Date(at('12:00', sunday)))).toBe(true)
    expect(planReminders(plannerInput(settings, at('06:00', sunday)))).toEqual([])
    const nextDay = planReminders(plannerInput(settings, at('06:00', sunday)), at('23:59'))
    expect(localClock(nextDay[0]?.dueAtMs ?? 0)).toBe(`${monday} 08:00`)
  })
})

describe('next hydration reminder', () => {
  it('plans only one hydration reminder, at the active start, with a first glass on pace', () => {
    const plan = planReminders(plannerInput(hourly, at('06:00')))
    expect(plan).toEqual([{ id: `hydration:${monday}:0800`, kind: 'hydration', dueAtMs: at('08:00'), amountMl: 200 }])
  })
  it('waits a full interval after the last drink', () => {
    const input = plannerInput(hourly, at('10:30'), { water: [drink(at('10:20'), 250)] })
    expect(localClock(hydrationOf(planReminders(input))[0]?.dueAtMs ?? 0)).toBe(`${monday} 11:20`)
  })
  it('waits a full interval after the last hydration reminder', () => {
    const sent = firedFrom({ id: `hydration:${monday}:1000`, kind: 'hydration', dueAtMs: at('10:00') })
    const input = plannerInput(hourly, at('10:05'), { fired: [sent] })
    expect(localClock(hydrationOf(planReminders(input))[0]?.dueAtMs ?? 0)).toBe(`${monday} 11:00`)
  })
  it('pushes the reminder back to where the pace catches up when the user is a glass or more ahead', () => {
    // 2400 ml over 08:00–20:00 is 200 ml an hour: 1200 ml already drunk is on pace at 14:00.
    const settings = testSettings({
      hours: { start: '08:00', end: '20:00' },
      dailyGoalMl: 2400,
      glassMl: 200,
      reminders: { hydration: { intervalMinutes: 60 } }
    })
    const input = plannerInput(settings, at('08:00'), { water: [drink(at('06:30'), 1200)] })
    expect(localClock(hydrationOf(planReminders(input))[0]?.dueAtMs ?? 0)).toBe(`${monday} 14:00`)
  })
  it('skips a hydration reminder when the goal is already met', () => {
    const water = [drink(at('08:30'), 1000), drink(at('11:00'), 1000)]
    expect(hydrationOf(planReminders(plannerInput(hourly, at('12:00'), { water })))).toEqual([])
  })
  it('ignores drinks of other days', () => {
    const water = [drink(at('20:00', sunday), 3000)]
    expect(hydrationOf(planReminders(plannerInput(hourly, at('12:00'), { water })))).toHaveLength(1)
  })
  it('plans nothing once pushed past the active end', () => {
    const input = plannerInput(hourly, at('20:30'), { water: [drink(at('20:10'), 250)] })
    expect(planReminders(input)).toEqual([])
  })
  it('raises the goal and the suggested amount on a hot day', () => {
    const state = { ...emptyReminderState(), hotDays: [monday] }
    expect(effectiveGoalMl(hourly, state, new Date(at('12:00')))).toBe(2000 + HOT_DAY_EXTRA_ML)
    expect(effectiveGoalMl(hourly, state, new Date(at('12:00', sunday)))).toBe(2000)
    const water = [drink(at('08:00'), 500)]
    const normal = hydrationOf(planReminders(plannerInput(hourly, at('12:00'), { water })))[0]
    const hot = hydrationOf(planReminders(plannerInput(hourly, at('12:00'), { water, state })))[0]
    // Pace at 13:00: 2000 × 300 / 780 ≈ 769 ml (so 300 more), and 2500 × 300 / 780 ≈ 962 ml (so 500 more).
    expect(normal?.amountMl).toBe(300)
    expect(hot?.amountMl).toBe(500)
  })
  it('never suggests more than what is left to the goal, nor more than 500 ml at once', () => {
    const nearlyDone = plannerInput(hourly, at('20:00'), { water: [drink(at('08:00'), 1950)] })
    expect(hydrationOf(planReminders(nearlyDone))[0]?.amountMl).toBe(50)
    const farBehind = plannerInput(hourly, at('20:00'))
    expect(hydrationOf(planReminders(farBehind))[0]?.amountMl).toBe(500)
  })
  it('moves the hydration reminder to the snooze end', () => {
    const state = { ...emptyReminderState(), snoozedUntilMs: { hydration: at('10:15') } }
    const [next] = hydrationOf(planReminders(plannerInput(hourly, at('10:00'), { state })))
    expect(next).toMatchObject({ id: `hydration:${monday}:1015`, dueAtMs: at('10:15') })
  })
})

describe('pause and Do not disturb', () => {
  const settings = testSettings({
    reminders: { hydration: { intervalMinutes: 60 } },
    workouts: [run('run', '11:30', undefined, 120)]
  })
  it('drops workout reminders due while paused and moves hydration to the pause end', () => {
    const state = { ...emptyReminderState(), pausedUntilMs: at('12:00') }
    const plan = planReminders(plannerInput(settings, at('10:00'), { state }))
    // The 10:30 electrolytes and 11:15 warm-up fall in the pause and are gone; the 13:35 cool-down is after it.
    expect(plan.map((r) => [r.kind, localClock(r.dueAtMs)])).toEqual([
      ['hydration', `${monday} 12:00`],
      ['cool-down', `${monday} 13:35`]
    ])
    expect(isPausedAt(settings, state, at('11:59'))).toBe(true)
    expect(isPausedAt(settings, state, at('12:00'))).toBe(false)
  })
  it('plans nothing while paused indefinitely or in Do not disturb', () => {
    const paused = { ...emptyReminderState(), pausedIndefinitely: true }
    expect(planReminders(plannerInput(settings, at('10:00'), { state: paused }))).toEqual([])
    const dnd = { ...settings, reminders: { ...settings.reminders, doNotDisturb: true } }
    expect(isPausedAt(dnd, emptyReminderState(), at('10:00'))).toBe(true)
    expect(planReminders(plannerInput(dnd, at('10:00')))).toEqual([])
  })
})

describe('clock set back', () => {
  it('does not plan again what was already sent', () => {
    // Without the run's own drink reminders, which would stand in for the paced ones around it.
    const settings = testSettings({
      reminders: {
        hydration: { intervalMinutes: 60 },
        preWorkoutDrink: { enabled: false },
        coolDown: { enabled: false }
      },
      workouts: [run('run', '18:00')]
    })
    const before = planReminders(plannerInput(settings, at('17:00')), at('18:10'))
    const fired = before.map((reminder) => firedFrom(reminder))
    expect(fired.map((r) => r.kind).sort()).toEqual(['hydration', 'warm-up'])
    const after = planReminders(plannerInput(settings, at('16:00'), { fired }))
    expect(after.filter((r) => fired.some((sent) => sent.id === r.id))).toEqual([])
    expect(hydrationOf(after)[0]?.dueAtMs).toBe(at('18:00'))
  })
})
