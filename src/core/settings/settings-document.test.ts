import { describe, expect, it } from 'vitest'
import { recoverDocument } from '../journal/document'
import { defaultSettings } from './settings'
import { settingsDocument } from './settings-document'

describe('settings document', () => {
  it('migrates a version-1 file (one active-hours window) to one window per weekday', () => {
    const v1 = JSON.stringify({ schemaVersion: 1, dailyGoalMl: 2400, activeHours: { start: '06:00', end: '20:00' } })
    const recovered = recoverDocument(settingsDocument, v1)
    expect(recovered.migratedFrom).toBe(1)
    expect(recovered.problem).toBeUndefined()
    expect(Object.values(recovered.value.activeHours)).toEqual(
      Array(7).fill({ enabled: true, start: '06:00', end: '20:00' })
    )
    expect(recovered.value.dailyGoalMl).toBe(2400)
  })

  it('treats a file without a version as version 1', () => {
    const recovered = recoverDocument(
      settingsDocument,
      JSON.stringify({ activeHours: { start: '09:00', end: '17:00' } })
    )
    expect(recovered.value.activeHours.fri).toEqual({ enabled: true, start: '09:00', end: '17:00' })
  })

  it('gives defaults without a problem on a first start', () => {
    expect(recoverDocument(settingsDocument, undefined)).toEqual({ value: defaultSettings() })
  })

  it('calls a JSON array unreadable rather than guessing', () => {
    expect(recoverDocument(settingsDocument, '[1,2]').problem?.reason).toBe('unreadable')
  })

  it('treats a version 2 file as someone who has used Limber: setup done, new desktop options off', () => {
    const { setupCompleted, startAtLogin, widget, shortcuts, ...version2 } = { ...defaultSettings(), dailyGoalMl: 2700 }
    const recovered = recoverDocument(settingsDocument, JSON.stringify({ schemaVersion: 2, ...version2 }))
    expect(recovered).toEqual({
      value: { ...version2, setupCompleted: true, startAtLogin, widget, shortcuts },
      migratedFrom: 2
    })
    expect(setupCompleted).toBe(false)
  })

  it('keeps a current, valid file as it is', () => {
    const settings = { ...defaultSettings(), dailyGoalMl: 3000 }
    expect(
      recoverDocument(settingsDocument, JSON.stringify({ schemaVersion: settingsDocument.currentVersion, ...settings }))
    ).toEqual({
      value: settings
    })
  })

  it('loads reminder settings saved before electrolyte reminders existed, keeping them and turning electrolytes on', () => {
    const { electrolytes: _new, ...olderReminders } = defaultSettings().reminders
    const saved = {
      ...olderReminders,
      hydration: { enabled: false, intervalMinutes: 45 },
      preWorkoutDrink: { enabled: true, leadMinutes: 150, amountMl: 600 },
      warmUp: { enabled: false, leadMinutes: 20 },
      quietHours: { enabled: true, start: '23:00', end: '06:30' },
      doNotDisturb: true
    }
    const file = JSON.stringify({ schemaVersion: 2, ...defaultSettings(), dailyGoalMl: 2600, reminders: saved })
    const recovered = recoverDocument(settingsDocument, file)
    expect(recovered.problem).toBeUndefined()
    expect(recovered.value.dailyGoalMl).toBe(2600)
    expect(recovered.value.reminders).toEqual({
      ...saved,
      electrolytes: { enabled: true, leadMinutes: 60, minWorkoutMinutes: 60 }
    })
  })

  it('counts planned workouts of a version 4 file from the upgrade on, keeping any date already recorded', () => {
    const upgradeMs = new Date(2026, 5, 17, 9, 0).getTime()
    const workouts = [
      { id: 'run', kind: 'run', time: '18:00', durationMinutes: 45, schedule: { type: 'weekly', weekdays: ['mon'] } },
      { id: 'gym', kind: 'gym', time: '07:00', durationMinutes: 30, schedule: { type: 'weekly', weekdays: ['tue'] } }
    ]
    const file = JSON.stringify({ schemaVersion: 4, ...defaultSettings(), workouts })
    const recovered = recoverDocument(settingsDocument, file, { nowMs: upgradeMs })
    expect(recovered.problem).toBeUndefined()
    expect(recovered.migratedFrom).toBe(4)
    expect(recovered.value.workouts.map((workout) => workout.addedAtMs)).toEqual([upgradeMs, upgradeMs])
    expect(recovered.value.workouts[0]).toMatchObject(workouts[0] ?? {})
  })
  it('lets a version 5 file follow the system language, keeping everything else', () => {
    const { language, ...version5 } = { ...defaultSettings(), dailyGoalMl: 2900, volumeUnit: 'floz' as const }
    const recovered = recoverDocument(settingsDocument, JSON.stringify({ schemaVersion: 5, ...version5 }))
    expect(recovered.problem).toBeUndefined()
    expect(recovered.migratedFrom).toBe(5)
    expect(recovered.value).toEqual({ ...version5, language: 'system' })
    expect(language).toBe('system')
  })

  it('keeps a chosen language and drops an unknown one back to the system language', () => {
    const current = settingsDocument.currentVersion
    const german = recoverDocument(
      settingsDocument,
      JSON.stringify({ schemaVersion: current, ...defaultSettings(), language: 'de' })
    )
    expect(german.value.language).toBe('de')
    const klingon = recoverDocument(
      settingsDocument,
      JSON.stringify({ schemaVersion: current, ...defaultSettings(), language: 'tlh', dailyGoalMl: 2200 })
    )
    expect(klingon.value).toMatchObject({ language: 'system', dailyGoalMl: 2200 })
  })
})
