import { describe, expect, it } from 'vitest'
import type { ImportReport } from '../../../core/transfer/data-transfer'
import { defaultSettings } from '../../../core/settings/settings'
import { importPreviewSummary, settingsChangeLines, settingsPreviewLead } from './import-preview'

const defaults = defaultSettings()
const report = (changes: ImportReport['settingsChanges']): ImportReport => ({
  added: { water: 2, routines: 0, reminders: 0, cramps: 1, days: 0, checkIns: 0, customRoutines: 0, hotDays: 0 },
  alreadyThere: 0,
  keptExisting: 0,
  settingsRestored: false,
  settingsChanges: changes
})

describe('the import preview', () => {
  it('says what the file would add before anything changes', () => {
    expect(importPreviewSummary(report([]))).toBe(
      'Importing this file would add 2 drinks and 1 cramp. Nothing already in your journal would change.'
    )
  })

  it('names each differing setting, with before and after for amounts, in the shown unit', () => {
    const lines = settingsChangeLines(
      [
        { field: 'volumeUnit', current: 'ml', incoming: 'floz' },
        { field: 'dailyGoalMl', current: 2000, incoming: 2400 },
        { field: 'bodyWeightKg', current: null, incoming: 70 },
        { field: 'soundCues', current: true, incoming: false },
        { field: 'spokenCues', current: false, incoming: true },
        { field: 'workouts', current: [], incoming: defaults.workouts }
      ],
      'ml'
    )
    expect(lines).toEqual([
      'Units: Millilitres (ml) → US fluid ounces (fl oz)',
      'Daily goal: 2,000 ml → 2,400 ml',
      'Body weight: not given → 70 kg',
      'Routine player cues',
      'Planned workouts'
    ])
  })

  it('tells whether the settings would be replaced or kept', () => {
    const differs = report([{ field: 'glassMl', current: 250, incoming: 300 }])
    expect(settingsPreviewLead(differs, false)).toMatch(/^Your settings stay as they are/)
    expect(settingsPreviewLead(differs, true)).toBe('These settings would be replaced by the file’s:')
    expect(settingsPreviewLead(report([]), true)).toBe('Your settings are the same as in the file.')
  })
})
