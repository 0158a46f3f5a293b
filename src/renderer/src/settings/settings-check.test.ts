import { describe, expect, it } from 'vitest'
import { Accelerator, defaultSettings } from '../../../core/settings/settings'
import { checkDraft, fieldKeyOfIssue, settingsErrorMessage, shortcutKeysTouchedBy } from './settings-check'
import {
  draftFromSettings,
  settingsToSend,
  withActiveDay,
  withShortcuts,
  withVolumeText,
  withVolumeUnit
} from './settings-draft'

describe('settings pre-check', () => {
  it('flags an out-of-range goal and an end equal to the start, in form order', () => {
    let draft = withVolumeText(draftFromSettings(defaultSettings()), 'dailyGoalMl', '100')
    draft = withActiveDay(draft, 'tue', { start: '10:00', end: '10:00' })
    expect(checkDraft(draft)).toEqual(['dailyGoalMl', 'activeHours.tue.end'])
  })

  it('accepts the defaults', () => {
    expect(checkDraft(draftFromSettings(defaultSettings()))).toEqual([])
  })

  it('flags a shortcut without a modifier, and two shortcuts that are the same, even while switched off', () => {
    const draft = draftFromSettings(defaultSettings())
    expect(checkDraft(withShortcuts(draft, { logGlass: 'W' }))).toEqual(['shortcuts.logGlass'])
    expect(checkDraft(withShortcuts(draft, { crampRelief: 'Ctrl+' }))).toEqual(['shortcuts.crampRelief'])
    expect(checkDraft(withShortcuts(draft, { enabled: true, crampRelief: ' CommandOrControl+Alt+W' }))).toEqual([
      'shortcuts.crampRelief'
    ])
    expect(checkDraft(withShortcuts(draft, { enabled: true, logGlass: ' Shift+Alt+F5 ' }))).toEqual([])
  })

  it('never refuses a shortcut the service accepts (it alone judges key names)', () => {
    const draft = draftFromSettings(defaultSettings())
    for (const logGlass of ['Ctrl+Shift+F12', 'Super+Space', 'CmdOrCtrl+Alt+Plus', 'Alt+AltGr+9']) {
      expect(Accelerator.safeParse(logGlass).success).toBe(true)
      expect(checkDraft(withShortcuts(draft, { logGlass }))).toEqual([])
    }
    expect(checkDraft(withShortcuts(draft, { logGlass: 'ctrl+alt+w' }))).toEqual([])
  })

  it('clears the cramp relief error too when the glass shortcut changes', () => {
    expect(shortcutKeysTouchedBy({ enabled: true })).toEqual(['shortcuts.enabled'])
    expect(shortcutKeysTouchedBy({ crampRelief: 'Alt+C' })).toEqual(['shortcuts.crampRelief'])
    expect(shortcutKeysTouchedBy({ logGlass: 'Alt+G' })).toEqual(['shortcuts.logGlass', 'shortcuts.crampRelief'])
  })
})

describe('settings error messages', () => {
  it('words the goal range in the unit the form shows', () => {
    const draft = draftFromSettings(defaultSettings())
    expect(settingsErrorMessage('dailyGoalMl', draft)).toBe('Enter a daily goal between 500 and 8,000 ml.')
    expect(settingsErrorMessage('dailyGoalMl', withVolumeUnit(draft, 'floz'))).toBe(
      'Enter a daily goal between 17 and 270.5 fl oz.'
    )
  })

  it('names the weekday whose end equals its start, and takes an end before the start as a night shift', () => {
    const draft = withActiveDay(draftFromSettings(defaultSettings()), 'mon', { start: '10:00', end: '10:00' })
    expect(settingsErrorMessage('activeHours.mon.end', draft)).toBe(
      'Monday: the end must differ from the start (an end before the start runs past midnight).'
    )
    const nightShift = withActiveDay(draftFromSettings(defaultSettings()), 'mon', { start: '22:00', end: '06:00' })
    expect(checkDraft(nightShift)).toEqual([])
  })

  it('says why a shortcut was refused', () => {
    const draft = draftFromSettings(defaultSettings())
    expect(settingsErrorMessage('shortcuts.logGlass', withShortcuts(draft, { logGlass: 'W' }))).toBe(
      'Record a shortcut again: hold Ctrl, Alt, Shift or the Windows/Command key and press a letter, digit, F-key or arrow.'
    )
    const same = withShortcuts(draft, { crampRelief: 'CommandOrControl+Alt+W' })
    expect(settingsErrorMessage('shortcuts.crampRelief', same)).toBe(
      'Choose a different shortcut from the one that logs a glass.'
    )
    expect(settingsErrorMessage('shortcuts.crampRelief', withShortcuts(draft, { crampRelief: 'C' }))).toBe(
      'Record a shortcut again: hold Ctrl, Alt, Shift or the Windows/Command key and press a letter, digit, F-key or arrow.'
    )
  })

  it('places service issues on their fields', () => {
    expect(fieldKeyOfIssue({ field: 'activeHours.mon.end', message: '' })).toBe('activeHours.mon.end')
    expect(fieldKeyOfIssue({ field: 'activeHours.sun', message: '' })).toBe('activeHours.sun.enabled')
    expect(fieldKeyOfIssue({ field: 'glassMl', message: '' })).toBe('glassMl')
    expect(fieldKeyOfIssue({ field: 'shortcuts.crampRelief', message: '' })).toBe('shortcuts.crampRelief')
    expect(fieldKeyOfIssue({ field: 'shortcuts', message: '' })).toBe('shortcuts.enabled')
    expect(fieldKeyOfIssue({ field: 'startAtLogin', message: '' })).toBe('startAtLogin')
    expect(fieldKeyOfIssue({ field: 'somethingElse', message: '' })).toBeNull()
  })
})

describe('a volume typed with decimals', () => {
  it('is refused with a message instead of being rounded quietly', () => {
    const draft = withVolumeText(draftFromSettings(defaultSettings()), 'glassMl', '250.5')
    expect(checkDraft(draft)).toEqual(['glassMl'])
    expect(settingsErrorMessage('glassMl', draft)).toBe('Enter whole millilitres, such as 250.')
    expect(settingsToSend(draft).glassMl).toBe('250.5')
  })
})
