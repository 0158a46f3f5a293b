// Local time is the process's time zone: fix it before any Date is made (Node re-reads TZ on assignment).
process.env.TZ = 'Europe/Berlin'

import { describe, expect, it } from 'vitest'
import { heldWorkoutReminders } from '../../../core/reminders/held-workout-reminders'
import { planReminders } from '../../../core/reminders/planner'
import { localClock, localMs, plannerInput } from '../../../core/reminders/planner-fixtures'
import { defaultSettings, SettingsPatch, type Settings } from '../../../core/settings/settings'
import { withWeekday } from '../reminders/workout-draft'
import { setupDraftFromSettings, setupToSend } from './setup-draft'
import { workoutFit, workoutFitText } from './setup-fit'

// Node 20 has no navigator, so these run in the en-US locale the window falls back to.
const settings: Settings = defaultSettings()
const monday = '2026-06-15'
const nowMs = localMs(monday, '00:30')
const blank = setupDraftFromSettings(settings, monday)
const earlyRun = {
  ...blank,
  planWorkout: true,
  workout: { ...withWeekday(blank.workout, 'mon', true), time: '06:30', durationText: '30' }
}

describe('setup fits the reminder hours to the workout it plans', () => {
  it('moves the active hours of the run days and the end of quiet hours for a 06:30 run', () => {
    const sent = setupToSend(earlyRun, settings, 'browser', 'early-run', nowMs)
    expect(SettingsPatch.safeParse(sent).success).toBe(true)
    expect(sent.activeHours?.mon).toEqual({ enabled: true, start: '04:30', end: '21:00' })
    expect(sent.activeHours?.tue).toEqual(settings.activeHours.tue)
    expect(sent.reminders?.quietHours).toEqual({ enabled: true, start: '22:00', end: '04:30' })
    const saved = { ...settings, ...(sent as Partial<Settings>) }
    const plan = planReminders(plannerInput(saved, nowMs)).filter((r) => r.workoutId === 'early-run')
    expect(plan.map((r) => `${r.kind} ${localClock(r.dueAtMs).slice(11)}`)).toEqual([
      'pre-workout-drink 04:30',
      'warm-up 06:15',
      'cool-down 07:05'
    ])
  })

  it('says what it changes, in the words the checkbox hint shows', () => {
    const sentWithout = setupToSend({ ...earlyRun, fitHours: false }, settings, 'browser', 'early-run', nowMs)
    const unfitted = { ...settings, ...(sentWithout as Partial<Settings>) }
    const fit = workoutFit(unfitted, unfitted.workouts[0]!, nowMs)!
    expect(workoutFitText(unfitted, fit)).toBe(
      'Its reminders fall outside your reminder hours. With this on: active hours on Mon from 4:30 AM to 9:00 PM; ' +
        'quiet hours from 10:00 PM to 4:30 AM.'
    )
    expect(heldWorkoutReminders(unfitted, unfitted.workouts[0]!, nowMs).length).toBeGreaterThan(0)
  })

  it('keeps the hours as they are when unticked, or when an evening workout fits already', () => {
    const unticked = setupToSend({ ...earlyRun, fitHours: false }, settings, 'browser', 'early-run', nowMs)
    expect(unticked.activeHours).toEqual(settings.activeHours)
    expect(unticked.reminders?.quietHours).toEqual(settings.reminders.quietHours)
    const evening = { ...earlyRun, workout: { ...earlyRun.workout, time: '18:00' } }
    expect(setupToSend(evening, settings, 'browser', 'evening', nowMs).activeHours).toEqual(settings.activeHours)
  })

  it('allows the workout in quiet hours when no change of hours fits (a daytime quiet window)', () => {
    const napping = {
      ...settings,
      reminders: { ...settings.reminders, quietHours: { enabled: true, start: '12:00', end: '15:00' } }
    }
    const lunchRun = { ...earlyRun, workout: { ...earlyRun.workout, time: '14:00' } }
    const sent = setupToSend(lunchRun, napping, 'browser', 'lunch-run', nowMs)
    expect(sent.workouts?.[0]).toMatchObject({ id: 'lunch-run', allowInQuietHours: true })
    expect(sent.reminders?.quietHours).toEqual(napping.reminders.quietHours)
  })
})
