// Local time is the process's time zone: fix it before any Date is made (Node re-reads TZ on assignment).
process.env.TZ = 'Europe/Berlin'

import { afterEach, describe, expect, it } from 'vitest'
import { localMs, run, testSettings } from './planner-fixtures'
import { heldWorkoutReminders } from './held-workout-reminders'

// Monday: a weekly workout is checked on its next seven days from here, Monday first.
const mondayMs = localMs('2026-06-15', '09:00')
const everyDay = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']
const allDay = { start: '00:00', end: '23:59' }

afterEach(() => {
  process.env.TZ = 'Europe/Berlin'
})

describe('workout reminders held back by quiet hours', () => {
  it('holds back the drink and warm-up of a 07:00 run with the default quiet hours (22:00–07:00)', () => {
    const settings = testSettings({ hours: allDay })
    expect(heldWorkoutReminders(settings, run('early-run', '07:00'), mondayMs)).toEqual([
      { kind: 'pre-workout-drink', time: '05:00', reason: 'quiet-hours', weekdays: everyDay },
      { kind: 'warm-up', time: '06:45', reason: 'quiet-hours', weekdays: everyDay }
    ])
  })

  it('also names the cool-down of a 07:00 run when the default active hours (from 08:00) hold it back', () => {
    const held = heldWorkoutReminders(testSettings(), run('early-run', '07:00'), mondayMs)
    expect(held.map(({ kind, time, reason }) => `${kind} ${time} ${reason}`)).toEqual([
      'pre-workout-drink 05:00 quiet-hours',
      'warm-up 06:45 quiet-hours',
      'cool-down 07:35 active-hours'
    ])
  })

  it('holds back nothing for an 18:00 run', () => {
    expect(heldWorkoutReminders(testSettings(), run('evening-run', '18:00'), mondayMs)).toEqual([])
  })

  it('holds back the cool-down of a late long run, which ends in quiet hours', () => {
    const settings = testSettings({ hours: { start: '07:00', end: '23:30' } })
    const lateLongRun = run('late-run', '21:30', { type: 'weekly', weekdays: ['tue'] }, 90)
    // 90 minutes of running, then the 5-minute delay: 23:05, after quiet hours begin at 22:00.
    expect(heldWorkoutReminders(settings, lateLongRun, mondayMs)).toEqual([
      { kind: 'cool-down', time: '23:05', reason: 'quiet-hours', weekdays: ['tue'] }
    ])
  })

  it('holds back the warm-up of a 21:30 run after the default active hours end at 21:00', () => {
    const lateLongRun = run('late-run', '21:30', { type: 'weekly', weekdays: ['tue'] }, 90)
    const held = heldWorkoutReminders(testSettings(), lateLongRun, mondayMs)
    expect(held.map(({ kind, time, reason }) => `${kind} ${time} ${reason}`)).toEqual([
      'warm-up 21:15 active-hours',
      'cool-down 23:05 quiet-hours'
    ])
  })

  it('holds back nothing when quiet hours are off and the active hours cover the reminders', () => {
    const settings = testSettings({ hours: allDay, reminders: { quietHours: { enabled: false } } })
    expect(heldWorkoutReminders(settings, run('early-run', '07:00'), mondayMs)).toEqual([])
  })

  it('follows quiet hours that cross midnight (23:00–06:00) onto the next day', () => {
    const settings = testSettings({ hours: allDay, reminders: { quietHours: { start: '23:00', end: '06:00' } } })
    // The drink is due at 22:30 the evening before, still outside quiet hours.
    expect(heldWorkoutReminders(settings, run('night-run', '00:30'), mondayMs)).toEqual([
      { kind: 'warm-up', time: '00:15', reason: 'quiet-hours', weekdays: everyDay },
      { kind: 'cool-down', time: '01:05', reason: 'quiet-hours', weekdays: everyDay }
    ])
  })

  it('follows quiet hours inside one day (13:00–15:00), their end excluded', () => {
    const settings = testSettings({ hours: allDay, reminders: { quietHours: { start: '13:00', end: '15:00' } } })
    expect(heldWorkoutReminders(settings, run('after-lunch', '15:00'), mondayMs).map((r) => r.kind)).toEqual([
      'pre-workout-drink',
      'warm-up'
    ])
    expect(heldWorkoutReminders(settings, run('afternoon', '17:00'), mondayMs)).toEqual([])
  })

  it('does not list a reminder kind that is turned off', () => {
    const settings = testSettings({ hours: allDay, reminders: { warmUp: { enabled: false } } })
    expect(heldWorkoutReminders(settings, run('early-run', '07:00'), mondayMs).map((r) => r.kind)).toEqual([
      'pre-workout-drink'
    ])
  })

  it('lists electrolytes only for a workout long enough to get them', () => {
    const settings = testSettings({ hours: allDay })
    const kinds = (durationMinutes: number) =>
      heldWorkoutReminders(settings, run('early-run', '07:00', undefined, durationMinutes), mondayMs).map(
        (r) => `${r.kind} ${r.time}`
      )
    expect(kinds(60)).toEqual(['pre-workout-drink 05:00', 'electrolytes 06:00', 'warm-up 06:45'])
    expect(kinds(59)).toEqual(['pre-workout-drink 05:00', 'warm-up 06:45'])
  })

  it('checks a one-off workout on its own date, whenever it is asked', () => {
    const race = run('race', '06:30', { type: 'once', date: '2026-06-20' })
    const settings = testSettings({ hours: allDay })
    const expected = [
      { kind: 'pre-workout-drink', time: '04:30', reason: 'quiet-hours', weekdays: ['sat'] },
      { kind: 'warm-up', time: '06:15', reason: 'quiet-hours', weekdays: ['sat'] }
    ]
    expect(heldWorkoutReminders(settings, race, mondayMs)).toEqual(expected)
    expect(heldWorkoutReminders(settings, race, localMs('2026-01-01'))).toEqual(expected)
  })

  it('names the weekdays whose own active hours hold a reminder back', () => {
    const weekday = { enabled: true, start: '06:00', end: '21:00' }
    const weekend = { enabled: true, start: '10:00', end: '21:00' }
    const settings = testSettings({
      days: { mon: weekday, tue: weekday, wed: weekday, thu: weekday, fri: weekday, sat: weekend, sun: weekend }
    })
    const run9 = run('nine', '09:00', { type: 'weekly', weekdays: ['mon', 'sat'] })
    expect(heldWorkoutReminders(settings, run9, mondayMs)).toEqual([
      { kind: 'pre-workout-drink', time: '07:00', reason: 'active-hours', weekdays: ['sat'] },
      { kind: 'warm-up', time: '08:45', reason: 'active-hours', weekdays: ['sat'] },
      { kind: 'cool-down', time: '09:35', reason: 'active-hours', weekdays: ['sat'] }
    ])
  })

  it('keeps the wall-clock times in a week with a DST change', () => {
    process.env.TZ = 'America/New_York'
    const settings = testSettings({ hours: allDay })
    // The week from Thursday 2026-03-05 holds Sunday 2026-03-08, when clocks spring forward at 02:00.
    const held = heldWorkoutReminders(settings, run('early-run', '07:00'), localMs('2026-03-05', '12:00'))
    expect(held.map((r) => `${r.kind} ${r.time} ${r.weekdays.length}`)).toEqual([
      'pre-workout-drink 05:00 7',
      'warm-up 06:45 7'
    ])
  })
})
