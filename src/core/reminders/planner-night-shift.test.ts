// Local time is the process's time zone: fix it before any Date is made (Node re-reads TZ on assignment).
process.env.TZ = 'Europe/Berlin'

import { describe, expect, it } from 'vitest'
import { hydrationIntervalMinutes, isQuietAt, planReminders } from './planner'
import { firedFrom, localClock, localMs, plannerInput, run, testSettings } from './planner-fixtures'
import type { FiredReminder, PlannedReminder } from './reminders'
import { emptyReminderState } from './reminder-schema'
import { ActiveDay, type Settings } from '../settings/settings'

const monday = '2026-06-15'
const tuesday = '2026-06-16'
const nightShift = { enabled: true, start: '22:00', end: '06:00' }
const off = { enabled: false, start: '08:00', end: '21:00' }
const shiftDays = { mon: nightShift, tue: nightShift, wed: off, thu: off, fri: off, sat: off, sun: off }
const shiftReminders = { quietHours: { enabled: false }, hydration: { intervalMinutes: 60 } }
const worker = testSettings({ days: shiftDays, reminders: shiftReminders })

/** Every reminder of a night as the service sends them, each at its due time. */
function sentOverNight(settings: Settings, fromMs: number, untilMs: number): PlannedReminder[] {
  const fired: FiredReminder[] = []
  const sent: PlannedReminder[] = []
  for (;;) {
    const next = planReminders(plannerInput(settings, sent.at(-1)?.dueAtMs ?? fromMs, { fired }), untilMs)[0]
    if (!next) return sent
    sent.push(next)
    fired.push(firedFrom(next))
  }
}

describe('active hours past midnight (a night shift)', () => {
  it('accepts an end before the start, and refuses an end equal to the start', () => {
    expect(ActiveDay.safeParse(nightShift).success).toBe(true)
    expect(ActiveDay.safeParse({ enabled: true, start: '22:00', end: '22:00' }).success).toBe(false)
  })

  it('is active from the start in the evening until the end the next morning, then quiet', () => {
    expect(isQuietAt(worker, new Date(localMs(monday, '21:59')))).toBe(true)
    expect(isQuietAt(worker, new Date(localMs(monday, '22:00')))).toBe(false)
    expect(isQuietAt(worker, new Date(localMs(tuesday, '03:00')))).toBe(false)
    expect(isQuietAt(worker, new Date(localMs(tuesday, '06:00')))).toBe(true)
    // Wednesday is off, but Tuesday's shift runs on into Wednesday morning.
    expect(isQuietAt(worker, new Date(localMs('2026-06-17', '05:59')))).toBe(false)
    expect(isQuietAt(worker, new Date(localMs('2026-06-17', '22:00')))).toBe(true)
  })

  it('spreads drink reminders across the whole shift, midnight included', () => {
    const sent = sentOverNight(worker, localMs(monday, '21:00'), localMs(tuesday, '07:00'))
    const drinks = sent.filter((r) => r.kind === 'hydration').map((r) => localClock(r.dueAtMs))
    expect(drinks[0]).toBe(`${monday} 22:00`)
    expect(drinks).toContain(`${tuesday} 00:00`)
    expect(drinks.at(-1)! < `${tuesday} 06:00`).toBe(true)
    expect(drinks.length).toBeGreaterThanOrEqual(7)
  })

  it('works out the interval over the shift length (8 hours for 8 glasses: an hour)', () => {
    const automatic = {
      ...worker,
      reminders: { ...worker.reminders, hydration: { enabled: true, intervalMinutes: null } }
    }
    expect(hydrationIntervalMinutes(automatic, emptyReminderState(), new Date(localMs(monday, '22:00')))).toBe(60)
  })

  it('sends the warm-up for a 03:00 run in the middle of the shift', () => {
    const withRun = testSettings({
      days: shiftDays,
      reminders: shiftReminders,
      workouts: [run('night-run', '03:00', { type: 'weekly', weekdays: ['tue'] })]
    })
    const plan = planReminders(plannerInput(withRun, localMs(tuesday, '00:30'))).filter((r) => r.workoutId)
    expect(plan.map((r) => `${r.kind} ${localClock(r.dueAtMs).slice(11)}`)).toEqual([
      'pre-workout-drink 01:00',
      'warm-up 02:45',
      'cool-down 03:35'
    ])
  })
})
