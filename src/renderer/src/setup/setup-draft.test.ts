import { describe, expect, it } from 'vitest'
import { defaultSettings, SettingsPatch, type Settings } from '../../../core/settings/settings'
import { withWeekday } from '../reminders/workout-draft'
import { withActiveDay, withVolumeUnit } from '../settings/settings-draft'
import { checkSetupDraft, checkSetupStep, setupErrorMessage, setupKeyOfIssue, stepOfKey } from './setup-check'
import { bodyWeightOf, setupDraftFromSettings, setupToSend, withDailyGoalMl, withReminder } from './setup-draft'

const settings: Settings = defaultSettings()
const blank = setupDraftFromSettings(settings, '2026-11-26')
const withRun = {
  ...blank,
  planWorkout: true,
  workout: { ...withWeekday(blank.workout, 'thu', true), time: '18:00', durationText: '45' }
}
const weighing = (text: string) => ({ ...blank, settings: { ...blank.settings, bodyWeightText: text } })

describe('the setup draft', () => {
  it('starts from the stored settings: every reminder kind as stored, no workout, start at login off', () => {
    const stored = { ...settings, reminders: { ...settings.reminders, warmUp: { enabled: false, leadMinutes: 15 } } }
    const draft = setupDraftFromSettings(stored, '2026-11-26')
    expect(draft.reminders).toEqual({
      hydration: true,
      preWorkoutDrink: true,
      warmUp: false,
      coolDown: true,
      electrolytes: true
    })
    expect(draft).toMatchObject({ planWorkout: false, startAtLogin: false })
    expect(draft.settings.volumes.dailyGoalMl).toEqual({ text: '2000', amountMl: 2000 })
  })

  it('reads a body weight only when the settings would accept it', () => {
    expect(bodyWeightOf(weighing('82'))).toBe(82)
    expect(bodyWeightOf(weighing(''))).toBeNull()
    expect(bodyWeightOf(weighing('abc'))).toBeNull()
    expect(bodyWeightOf(weighing('10'))).toBeNull()
  })

  it('keeps a suggested goal exact in millilitres, whichever unit shows it', () => {
    const inOunces = { ...blank, settings: withVolumeUnit(blank.settings, 'floz') }
    const goal = withDailyGoalMl(inOunces, 2450).settings.volumes.dailyGoalMl
    expect(goal).toEqual({ text: '82.8', amountMl: 2450 })
    expect(setupToSend(withDailyGoalMl(inOunces, 2450), settings, 'browser', 'workout-x').dailyGoalMl).toBe(2450)
  })
})

describe('finishing setup', () => {
  it('sends every choice and "done" in one valid update', () => {
    const draft = withReminder(withDailyGoalMl(weighing('82'), 2450), 'electrolytes', false)
    const sent = setupToSend(draft, settings, 'browser', 'workout-x')
    expect(sent).toMatchObject({ volumeUnit: 'ml', dailyGoalMl: 2450, bodyWeightKg: 82, setupCompleted: true })
    expect(sent.reminders?.electrolytes).toEqual({ ...settings.reminders.electrolytes, enabled: false })
    expect(sent.reminders?.quietHours).toEqual(settings.reminders.quietHours)
    expect(sent).not.toHaveProperty('workouts')
    expect(sent).not.toHaveProperty('startAtLogin')
    expect(SettingsPatch.safeParse(sent).success).toBe(true)
  })

  it('adds the planned workout after the ones already planned', () => {
    const planned = { id: 'workout-old', kind: 'gym', time: '07:00', durationMinutes: 30 } as const
    const current = { ...settings, workouts: [{ ...planned, schedule: { type: 'weekly', weekdays: ['mon'] } }] }
    const sent = setupToSend(withRun, current as Settings, 'browser', 'workout-new')
    expect(sent.workouts).toEqual([
      current.workouts[0],
      {
        id: 'workout-new',
        kind: 'run',
        time: '18:00',
        durationMinutes: 45,
        schedule: { type: 'weekly', weekdays: ['thu'] }
      }
    ])
    expect(SettingsPatch.safeParse(sent).success).toBe(true)
  })

  it('sends start at login only from the desktop app', () => {
    const draft = { ...blank, startAtLogin: true }
    expect(setupToSend(draft, settings, 'desktop', 'workout-x').startAtLogin).toBe(true)
    expect(setupToSend(draft, settings, 'browser', 'workout-x')).not.toHaveProperty('startAtLogin')
  })
})

describe('checking the setup', () => {
  it('checks only the open step', () => {
    const badHours = { ...blank, settings: withActiveDay(blank.settings, 'tue', { start: '20:00', end: '20:00' }) }
    expect(checkSetupStep(badHours, 'units', 0)).toEqual([])
    expect(checkSetupStep(badHours, 'hours', 0)).toEqual(['activeHours.tue.end'])
    expect(checkSetupStep(weighing('500'), 'goal', 0)).toEqual(['bodyWeightKg'])
  })

  it('checks the workout only when one is planned', () => {
    const unfinished = { ...blank, workout: { ...blank.workout, durationText: 'x' } }
    expect(checkSetupStep(unfinished, 'workout', 0)).toEqual([])
    expect(checkSetupStep({ ...unfinished, planWorkout: true }, 'workout', 0)).toEqual([
      'weekdays',
      'time',
      'durationMinutes'
    ])
    expect(checkSetupStep(withRun, 'workout', 50)).toEqual(['workouts'])
    expect(checkSetupDraft(withRun, 0)).toEqual([])
  })

  it('places service issues on the step that shows them', () => {
    const issue = (field: string) => ({ field, message: 'bad' })
    expect(setupKeyOfIssue(issue('dailyGoalMl'), blank, 0)).toBe('dailyGoalMl')
    expect(setupKeyOfIssue(issue('activeHours.mon.end'), blank, 0)).toBe('activeHours.mon.end')
    expect(setupKeyOfIssue(issue('workouts.2.time'), withRun, 2)).toBe('time')
    expect(setupKeyOfIssue(issue('workouts.2.time'), blank, 2)).toBeNull()
    expect(setupKeyOfIssue(issue('reminders.warmUp.enabled'), blank, 0)).toBe('reminders.warmUp')
    expect(setupKeyOfIssue(issue('reminders.quietHours.start'), blank, 0)).toBeNull()
    expect(setupKeyOfIssue(issue('glassMl'), blank, 0)).toBeNull()
    expect(stepOfKey('time')).toBe('workout')
    expect(stepOfKey('activeHours.sun.start')).toBe('hours')
    expect(stepOfKey('startAtLogin')).toBe('reminders')
  })

  it('words errors in the unit the setup shows', () => {
    const inOunces = { ...blank, settings: withVolumeUnit(blank.settings, 'floz') }
    expect(setupErrorMessage('dailyGoalMl', blank)).toBe('Enter a daily goal between 500 and 8,000 ml.')
    expect(setupErrorMessage('dailyGoalMl', inOunces)).toMatch(/fl oz\.$/)
    expect(setupErrorMessage('weekdays', withRun)).toBe('Choose at least one day.')
  })
})
