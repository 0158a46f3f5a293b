// Local time is the process's time zone: fix it before any Date is made (Node re-reads TZ on assignment).
process.env.TZ = 'Europe/Berlin'

import { describe, expect, it } from 'vitest'
import { heldWorkoutReminders } from '../reminders/held-workout-reminders'
import { planReminders } from '../reminders/planner'
import { localClock, localMs, plannerInput, run, testSettings } from '../reminders/planner-fixtures'
import { hoursFittingWorkout } from './workout-hours-fit'

const monday = '2026-06-15'
const nowMs = localMs(monday, '00:30')
const earlyRun = run('early-run', '06:30', { type: 'weekly', weekdays: ['mon', 'wed', 'fri'] })

describe('hours that fit a workout', () => {
  it('starts the active hours of its days and ends quiet hours early enough for a 06:30 run', () => {
    const settings = testSettings()
    expect(heldWorkoutReminders(settings, earlyRun, nowMs).map((r) => r.kind)).toEqual([
      'pre-workout-drink',
      'warm-up',
      'cool-down'
    ])
    const fitted = hoursFittingWorkout(settings, earlyRun, nowMs)!
    expect(fitted.quietHours).toMatchObject({ start: '22:00', end: '04:30' })
    expect(fitted.activeHours.mon).toEqual({ enabled: true, start: '04:30', end: '21:00' })
    expect(fitted.activeHours.tue).toEqual(settings.activeHours.tue)
    const withFit = { ...settings, ...fitted, reminders: { ...settings.reminders, quietHours: fitted.quietHours } }
    expect(heldWorkoutReminders(withFit, earlyRun, nowMs)).toEqual([])
  })

  it('changes nothing when the reminders already fit', () => {
    expect(hoursFittingWorkout(testSettings(), run('evening', '18:00'), nowMs)).toBeNull()
  })

  it('does not move a daytime quiet window', () => {
    const napping = testSettings({ reminders: { quietHours: { start: '13:00', end: '15:00' } } })
    expect(hoursFittingWorkout(napping, run('lunch', '16:00'), nowMs)).toBeNull()
  })
})

describe('a workout allowed in quiet hours', () => {
  it('gets its drink, warm-up and cool-down reminders with the default hours', () => {
    const settings = testSettings({ workouts: [{ ...earlyRun, allowInQuietHours: true }] })
    const plan = planReminders(plannerInput(settings, nowMs)).filter((r) => r.workoutId === 'early-run')
    expect(plan.map((r) => `${r.kind} ${localClock(r.dueAtMs).slice(11)}`)).toEqual([
      'pre-workout-drink 04:30',
      'warm-up 06:15',
      'cool-down 07:05'
    ])
    expect(heldWorkoutReminders(settings, settings.workouts[0]!, nowMs)).toEqual([])
  })

  it('still holds back the reminders of the workouts not allowed', () => {
    const settings = testSettings({
      workouts: [
        { ...earlyRun, allowInQuietHours: true },
        { ...earlyRun, id: 'other' }
      ]
    })
    const plan = planReminders(plannerInput(settings, nowMs)).filter((r) => r.workoutId === 'other')
    // Drink and warm-up in quiet hours, the 07:05 cool-down before the 08:00 active start.
    expect(plan).toEqual([])
  })
})
