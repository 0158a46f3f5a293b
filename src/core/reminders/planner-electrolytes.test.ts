// Local time is the process's time zone: fix it before any Date is made (Node re-reads TZ on assignment).
process.env.TZ = 'Europe/Berlin'

import { describe, expect, it } from 'vitest'
import { catchUpReminders, planReminders } from './planner'
import { firedFrom, localMs, plannerInput, run, testSettings, type ReminderOverrides } from './planner-fixtures'
import { emptyReminderState } from './reminder-schema'
import type { ReminderState, WorkoutPlan } from './reminders'

const monday = '2026-06-15'
const at = (time: string, date = monday) => localMs(date, time)
const everyDay = undefined
const longRun = run('long-run', '18:00', everyDay, 90)
const shortRun = run('short-run', '18:00', everyDay, 30)
const hotOn = (...hotDays: string[]): ReminderState => ({ ...emptyReminderState(), hotDays })

/** The electrolyte reminders planned from `nowMs` to the end of that day. */
function electrolytes(
  workouts: readonly WorkoutPlan[],
  options: { nowMs?: number; state?: ReminderState; reminders?: ReminderOverrides } = {}
) {
  const settings = testSettings({ workouts, ...(options.reminders ? { reminders: options.reminders } : {}) })
  const input = plannerInput(settings, options.nowMs ?? at('12:00'), options.state ? { state: options.state } : {})
  return planReminders(input).filter((reminder) => reminder.kind === 'electrolytes')
}

describe('electrolyte reminders', () => {
  it('plans one an hour before a workout of an hour or more, with a stable id and no amount', () => {
    expect(electrolytes([longRun])).toEqual([
      {
        id: `electrolytes:long-run:${monday}`,
        kind: 'electrolytes',
        dueAtMs: at('17:00'),
        workoutId: 'long-run',
        workoutStartMs: at('18:00')
      }
    ])
  })

  it('plans none for a short workout on a normal day, even when another day is hot', () => {
    expect(electrolytes([shortRun])).toEqual([])
    expect(electrolytes([shortRun], { state: hotOn('2026-06-14', '2026-06-16') })).toEqual([])
  })

  it('plans one for a short workout on a day marked hot, once even for a long one', () => {
    expect(electrolytes([shortRun], { state: hotOn(monday) }).map((r) => r.id)).toEqual([
      `electrolytes:short-run:${monday}`
    ])
    expect(electrolytes([longRun], { state: hotOn(monday) })).toHaveLength(1)
  })

  it('counts a workout exactly as long as the threshold, and follows the chosen lead and threshold', () => {
    const reminders = { electrolytes: { leadMinutes: 45, minWorkoutMinutes: 30 } }
    expect(electrolytes([shortRun], { reminders }).map((r) => r.dueAtMs)).toEqual([at('17:15')])
    expect(electrolytes([longRun], { reminders: { electrolytes: { minWorkoutMinutes: 120 } } })).toEqual([])
  })

  it('plans none when turned off, even on a hot day', () => {
    const reminders = { electrolytes: { enabled: false } }
    expect(electrolytes([longRun], { reminders, state: hotOn(monday) })).toEqual([])
  })

  it('drops, never moves, one that falls in quiet hours or outside active hours', () => {
    const hours = { quietHours: { start: '22:00', end: '07:00' } }
    // Due 06:30 and 07:00: quiet until 07:00 and active from 08:00 by default.
    const early = [run('dawn-run', '07:30', everyDay, 90), run('morning-run', '08:00', everyDay, 90)]
    expect(electrolytes(early, { nowMs: at('00:00'), reminders: hours })).toEqual([])
    const later = run('later-run', '09:05', everyDay, 90)
    expect(electrolytes([later], { nowMs: at('00:00'), reminders: hours }).map((r) => r.dueAtMs)).toEqual([at('08:05')])
  })

  it('plans none while paused or with Do not disturb on', () => {
    expect(electrolytes([longRun], { state: { ...hotOn(), pausedUntilMs: at('17:30') } })).toEqual([])
    expect(electrolytes([longRun], { state: { ...hotOn(), pausedIndefinitely: true } })).toEqual([])
    expect(electrolytes([longRun], { reminders: { doNotDisturb: true } })).toEqual([])
  })

  it('is not planned again once sent, and keeps its id across replans', () => {
    const settings = testSettings({ workouts: [longRun] })
    const [first] = planReminders(plannerInput(settings, at('12:00'))).filter((r) => r.kind === 'electrolytes')
    if (first === undefined) throw new Error('no electrolyte reminder planned')
    const [again] = planReminders(plannerInput(settings, at('16:59'))).filter((r) => r.kind === 'electrolytes')
    expect(again?.id).toBe(first.id)
    const fired = [firedFrom(first)]
    const after = planReminders(plannerInput(settings, at('17:00'), { fired }))
    expect(after.filter((r) => r.kind === 'electrolytes')).toEqual([])
  })

  it('moves a snoozed one to the snooze end while the workout is still ahead, else drops it', () => {
    const snoozed = (untilMs: number) => ({ ...hotOn(), snoozedUntilMs: { electrolytes: untilMs } })
    const nowMs = at('16:30')
    expect(electrolytes([longRun], { nowMs, state: snoozed(at('17:15')) }).map((r) => r.dueAtMs)).toEqual([at('17:15')])
    expect(electrolytes([longRun], { nowMs, state: snoozed(at('18:05')) })).toEqual([])
  })

  it('is caught up once after a gap while the workout is ahead, never once it has started', () => {
    const settings = testSettings({ workouts: [longRun] })
    const caughtUp = catchUpReminders(plannerInput(settings, at('17:30')), at('16:00'))
    expect(caughtUp.filter((r) => r.kind === 'electrolytes').map((r) => r.id)).toEqual([
      `electrolytes:long-run:${monday}`
    ])
    const tooLate = catchUpReminders(plannerInput(settings, at('18:10')), at('16:00'))
    expect(tooLate.filter((r) => r.kind === 'electrolytes')).toEqual([])
  })
})
