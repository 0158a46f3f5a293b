import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { defaultSettings } from '../core/settings/settings'
import { settingsDocument } from '../core/settings/settings-document'
import { companionIn, tempDataDir } from './testing/temp-companion'

/** Writes `content` as the settings file, starts a companion, and reports what the user would see. */
function startWithSettingsFile(content: string) {
  const dataDir = tempDataDir()
  writeFileSync(join(dataDir, 'settings.json'), content)
  const companion = companionIn(dataDir)
  const state = companion.state()
  const backups = readdirSync(dataDir).filter((name) => name.startsWith('settings.json.'))
  const onDisk = JSON.parse(readFileSync(join(dataDir, 'settings.json'), 'utf8')) as Record<string, unknown>
  return { dataDir, state, backups, onDisk }
}

describe('store recovery', () => {
  it('starts with defaults when the settings file is empty, and keeps the empty file aside', () => {
    const { state, backups, dataDir } = startWithSettingsFile('')
    expect(state.settings).toEqual(defaultSettings())
    expect(backups).toHaveLength(1)
    expect(readFileSync(join(dataDir, backups[0]!), 'utf8')).toBe('')
    expect(state.notices).toMatchObject([{ kind: 'store-recovered', store: 'settings', reason: 'unreadable' }])
    expect(state.notices[0]?.backupPath).toBe(join(dataDir, backups[0]!))
  })

  it('starts with defaults when the JSON is truncated, and the truncated file is kept byte for byte', () => {
    const truncated = '{"schemaVersion":2,"volumeUnit":"floz","dailyGoalMl":30'
    const { state, backups, dataDir } = startWithSettingsFile(truncated)
    expect(state.settings.dailyGoalMl).toBe(2000)
    expect(readFileSync(join(dataDir, backups[0]!), 'utf8')).toBe(truncated)
    expect(state.notices[0]).toMatchObject({ reason: 'unreadable' })
  })

  it('keeps the valid fields when some have the wrong type, and names the ones it could not keep', () => {
    const file = { schemaVersion: 2, volumeUnit: 'floz', dailyGoalMl: 'lots', glassMl: 300, bodyWeightKg: -4 }
    const { state, backups, onDisk } = startWithSettingsFile(JSON.stringify(file))
    expect(state.settings).toMatchObject({ volumeUnit: 'floz', glassMl: 300, dailyGoalMl: 2000, bodyWeightKg: null })
    expect(state.notices[0]).toMatchObject({ reason: 'invalid', dropped: ['dailyGoalMl', 'bodyWeightKg'] })
    expect(backups).toHaveLength(1)
    expect(onDisk).toMatchObject({
      schemaVersion: settingsDocument.currentVersion,
      volumeUnit: 'floz',
      glassMl: 300,
      dailyGoalMl: 2000
    })
  })

  it('keeps the good weekdays of a partly broken active-hours table', () => {
    const activeHours = { ...defaultSettings().activeHours, sat: { enabled: true, start: '10:00', end: '10:00' } }
    activeHours.mon = { enabled: false, start: '07:00', end: '19:00' }
    const { state } = startWithSettingsFile(JSON.stringify({ schemaVersion: 2, activeHours }))
    expect(state.settings.activeHours.mon).toEqual({ enabled: false, start: '07:00', end: '19:00' })
    expect(state.settings.activeHours.sat).toEqual(defaultSettings().activeHours.sat)
    expect(state.notices[0]).toMatchObject({ dropped: ['activeHours.sat'] })
  })

  it('drops unknown keys but keeps them in the file set aside', () => {
    const { state, backups, dataDir, onDisk } = startWithSettingsFile(
      JSON.stringify({ schemaVersion: 2, dailyGoalMl: 2500, theme: 'purple' })
    )
    expect(state.settings.dailyGoalMl).toBe(2500)
    expect(onDisk).not.toHaveProperty('theme')
    expect(readFileSync(join(dataDir, backups[0]!), 'utf8')).toContain('purple')
    expect(state.notices[0]).toMatchObject({ reason: 'invalid', dropped: ['theme'] })
  })

  it('keeps what it understands from a file written by a newer Limber and sets the file aside', () => {
    const { state, backups } = startWithSettingsFile(
      JSON.stringify({ schemaVersion: 9, dailyGoalMl: 3100, volumeUnit: 'floz', hologram: true })
    )
    expect(state.settings).toMatchObject({ dailyGoalMl: 3100, volumeUnit: 'floz' })
    expect(state.notices[0]).toMatchObject({ reason: 'newer-version', store: 'settings' })
    expect(backups[0]).toMatch(/^settings\.json\.newer-version-/)
  })

  it('keeps the valid journal entries when one entry is damaged', () => {
    const dataDir = tempDataDir()
    const noon = Date.UTC(2026, 10, 25, 12)
    const water = [
      { id: 'a', loggedAtMs: noon - 1000, amountMl: 250 },
      { id: 'b', loggedAtMs: 'yesterday', amountMl: 250 },
      { id: 'c', loggedAtMs: noon - 500, amountMl: 500 }
    ]
    writeFileSync(join(dataDir, 'journal.json'), JSON.stringify({ schemaVersion: 1, water }))
    const state = companionIn(dataDir).state()
    expect(state.today.entries.map((entry) => entry.id)).toEqual(['a', 'c'])
    expect(state.notices).toMatchObject([{ store: 'journal', reason: 'invalid', dropped: ['water[1]'] }])
    expect(readdirSync(dataDir).some((name) => name.startsWith('journal.json.invalid-'))).toBe(true)
  })

  it('sets aside a damaged custom routine but keeps the others', () => {
    const dataDir = tempDataDir()
    const good = {
      id: 'custom-good',
      name: 'Good',
      purpose: 'cool-down',
      description: '',
      builtIn: false,
      sourceIds: [],
      steps: [
        {
          id: 'walk',
          name: 'Walk',
          instructions: '',
          kind: 'cardio',
          durationSeconds: 60,
          sides: 'none',
          sets: 1,
          restSeconds: 0,
          sourceIds: []
        }
      ]
    }
    const bad = { ...good, id: 'custom-bad', steps: [] }
    writeFileSync(
      join(dataDir, 'routines.json'),
      JSON.stringify({ schemaVersion: 1, custom: [bad, good], builtInEdits: [] })
    )
    const state = companionIn(dataDir).state()
    expect(state.routines.map((routine) => routine.id)).toContain('custom-good')
    expect(state.routines.map((routine) => routine.id)).not.toContain('custom-bad')
    expect(state.notices).toMatchObject([{ store: 'routines', reason: 'invalid', dropped: ['custom[0]'] }])
    expect(readdirSync(dataDir).some((name) => name.startsWith('routines.json.invalid-'))).toBe(true)
  })

  it('migrates a version-1 settings file without a notice and writes it back as the current version', () => {
    const dataDir = tempDataDir()
    const v1 = { schemaVersion: 1, volumeUnit: 'ml', dailyGoalMl: 2400, activeHours: { start: '07:30', end: '22:00' } }
    writeFileSync(join(dataDir, 'settings.json'), JSON.stringify(v1))
    const state = companionIn(dataDir).state()
    expect(state.settings.dailyGoalMl).toBe(2400)
    expect(state.settings.activeHours.wed).toEqual({ enabled: true, start: '07:30', end: '22:00' })
    expect(state.notices).toEqual([])
    const onDisk = JSON.parse(readFileSync(join(dataDir, 'settings.json'), 'utf8')) as { schemaVersion: number }
    expect(onDisk.schemaVersion).toBe(settingsDocument.currentVersion)
  })
})
