// Local time is the process's time zone: fix it before any Date is made (Node re-reads TZ on assignment).
process.env.TZ = 'Europe/Berlin'

import { describe, expect, it } from 'vitest'
import { hydrationIntervalMinutes, planReminders } from './planner'
import { firedFrom, localClock, localMs, plannerInput, run, testSettings } from './planner-fixtures'
import type { FiredReminder, PlannedReminder, ReminderState } from './reminders'
import { emptyReminderState } from './reminder-schema'
import type { Settings } from '../settings/settings'

const monday = '2026-06-15'
const at = (time: string) => localMs(monday, time)
const minuteMs = 60_000
const drinkKinds = ['hydration', 'pre-workout-drink', 'electrolytes', 'cool-down']

/** The day as the service runs it: each planned reminder sent at its due time, nothing drunk. */
function sentOverDay(settings: Settings, state: ReminderState = emptyReminderState()): PlannedReminder[] {
  const fired: FiredReminder[] = []
  const sent: PlannedReminder[] = []
  let nowMs = at('00:00')
  for (let next = planReminders(plannerInput(settings, nowMs, { state }))[0]; next;) {
    nowMs = next.dueAtMs
    sent.push(next)
    fired.push(firedFrom(next))
    next = planReminders(plannerInput(settings, nowMs, { state, fired }))[0]
  }
  return sent
}

/** The smallest gap between a paced drink reminder and a workout's own drink reminder, in minutes. */
function closestToWorkoutDrink(sent: readonly PlannedReminder[]): number {
  const paced = sent.filter((r) => r.kind === 'hydration')
  const workout = sent.filter((r) => r.kind !== 'hydration' && drinkKinds.includes(r.kind))
  const gaps = paced.flatMap((p) => workout.map((w) => Math.abs(p.dueAtMs - w.dueAtMs) / minuteMs))
  return Math.min(...gaps)
}

describe('drink reminders do not stack', () => {
  const afternoonRun = testSettings({ workouts: [run('run', '17:00', undefined, 45)] })
  const intervalMinutes = hydrationIntervalMinutes(afternoonRun, emptyReminderState(), new Date(at('12:00')))

  it("keeps the interval between paced drink reminders and a workout's drink reminders", () => {
    const sent = sentOverDay(afternoonRun)
    expect(sent.map((r) => `${r.kind} ${localClock(r.dueAtMs).slice(11)}`)).toContain('pre-workout-drink 15:00')
    expect(closestToWorkoutDrink(sent)).toBeGreaterThanOrEqual(intervalMinutes)
  })

  it('sends no paced drink reminder between the pre-workout drink and the cool-down', () => {
    const sent = sentOverDay(afternoonRun)
    const paced = sent.filter((r) => r.kind === 'hydration').map((r) => r.dueAtMs)
    expect(paced.filter((ms) => ms > at('15:00') && ms < at('17:50'))).toEqual([])
    // The day still has paced reminders before and after the workout.
    expect(paced.some((ms) => ms < at('15:00'))).toBe(true)
    expect(paced.some((ms) => ms > at('17:50'))).toBe(true)
  })

  it('lets paced drink reminders fill the time of a workout drink reminder the user skipped', () => {
    const skippedDrink = planReminders(plannerInput(afternoonRun, at('08:00')), at('23:00')).find(
      (r) => r.kind === 'pre-workout-drink'
    )!
    const state = { ...emptyReminderState(), skipped: [skippedDrink] }
    const sent = sentOverDay(afternoonRun, state)
    expect(sent.map((r) => r.id)).not.toContain(skippedDrink.id)
    const paced = sent.filter((r) => r.kind === 'hydration').map((r) => r.dueAtMs)
    expect(paced.some((ms) => ms > at('14:00') && ms < at('16:00'))).toBe(true)
  })
})

describe('a skipped coming reminder', () => {
  const hourly = testSettings({ reminders: { hydration: { intervalMinutes: 60 } } })

  it('is not sent, and the next drink reminder comes an interval after its due time', () => {
    const next = planReminders(plannerInput(hourly, at('10:00')))[0]!
    expect(localClock(next.dueAtMs)).toBe(`${monday} 10:00`)
    const state = { ...emptyReminderState(), skipped: [next] }
    const plan = planReminders(plannerInput(hourly, at('10:00'), { state }))
    expect(plan.map((r) => r.id)).not.toContain(next.id)
    expect(localClock(plan[0]!.dueAtMs)).toBe(`${monday} 11:00`)
  })

  it('skips only that occurrence of a workout reminder', () => {
    const daily = testSettings({ workouts: [run('run', '18:00')] })
    const warmUp = planReminders(plannerInput(daily, at('12:00'))).find((r) => r.kind === 'warm-up')!
    const state = { ...emptyReminderState(), skipped: [warmUp] }
    expect(planReminders(plannerInput(daily, at('12:00'), { state })).map((r) => r.kind)).not.toContain('warm-up')
    const tomorrow = planReminders(plannerInput(daily, at('12:00'), { state }), at('12:00') + 36 * 60 * minuteMs)
    expect(tomorrow.filter((r) => r.kind === 'warm-up').map((r) => localClock(r.dueAtMs))).toEqual(['2026-06-16 17:45'])
  })
})
