import { describe, expect, it } from 'vitest'
import { defaultSettings } from '../../../core/settings/settings'
import {
  draftFromSettings,
  settingsToSend,
  withMondayEverywhere,
  withShortcuts,
  withVolumeText,
  withVolumeUnit
} from './settings-draft'

describe('settings draft', () => {
  it('gives the metric defaults round US amounts on a switch to fl oz, and back on a switch to ml', () => {
    const draft = withVolumeUnit(draftFromSettings(defaultSettings()), 'floz')
    expect(draft.volumes.dailyGoalMl.text).toBe('68')
    expect(draft.volumes.glassMl.text).toBe('8')
    expect(draft.volumes.bottleMl.text).toBe('16.9')
    expect(settingsToSend(draft)).toMatchObject({ volumeUnit: 'floz', dailyGoalMl: 2011, glassMl: 237, bottleMl: 500 })
    const back = withVolumeUnit(draft, 'ml')
    expect([back.volumes.dailyGoalMl.text, back.volumes.glassMl.text]).toEqual(['2000', '250'])
  })

  it('converts amounts the person chose, and back without drift', () => {
    const chosen = { ...defaultSettings(), dailyGoalMl: 2100, glassMl: 300 }
    const draft = withVolumeUnit(draftFromSettings(chosen), 'floz')
    expect([draft.volumes.dailyGoalMl.text, draft.volumes.glassMl.text]).toEqual(['71', '10.1'])
    expect(withVolumeUnit(draft, 'ml').volumes.dailyGoalMl.text).toBe('2100')
  })

  it('saves an untouched fluid-ounce field as its stored millilitres', () => {
    const draft = withVolumeUnit(draftFromSettings({ ...defaultSettings(), glassMl: 300 }), 'floz')
    expect(settingsToSend(draft)).toMatchObject({ volumeUnit: 'floz', glassMl: 300 })
  })

  it('converts typed fluid ounces to millilitres before saving', () => {
    const draft = withVolumeText(withVolumeUnit(draftFromSettings(defaultSettings()), 'floz'), 'dailyGoalMl', '80')
    expect(settingsToSend(draft).dailyGoalMl).toBe(2366)
  })

  it('sends an empty body weight as not set, and an empty goal as typed so the service names the field', () => {
    const draft = withVolumeText(draftFromSettings(defaultSettings()), 'dailyGoalMl', '')
    expect(settingsToSend(draft)).toMatchObject({ bodyWeightKg: null, dailyGoalMl: '' })
  })

  it('copies Monday to every weekday', () => {
    const base = draftFromSettings(defaultSettings())
    const draft = withMondayEverywhere({
      ...base,
      activeHours: { ...base.activeHours, mon: { enabled: false, start: '06:30', end: '19:00' } }
    })
    expect(Object.values(draft.activeHours)).toEqual(Array(7).fill({ enabled: false, start: '06:30', end: '19:00' }))
  })

  it('carries start at login and the shortcuts through, trimming spaces around an accelerator', () => {
    let draft = draftFromSettings(defaultSettings())
    expect(settingsToSend(draft)).toMatchObject({
      startAtLogin: false,
      shortcuts: { enabled: false, logGlass: 'CommandOrControl+Alt+W', crampRelief: 'CommandOrControl+Alt+C' }
    })
    draft = withShortcuts({ ...draft, startAtLogin: true }, { enabled: true, logGlass: ' Shift+Alt+G ' })
    expect(settingsToSend(draft)).toMatchObject({
      startAtLogin: true,
      shortcuts: { enabled: true, logGlass: 'Shift+Alt+G', crampRelief: 'CommandOrControl+Alt+C' }
    })
  })
})
