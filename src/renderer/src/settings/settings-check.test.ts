import { describe, expect, it } from 'vitest'
import { defaultSettings } from '../../../core/settings'
import { checkDraft, fieldKeyOfIssue, settingsErrorMessage } from './settings-check'
import { draftFromSettings, withActiveDay, withVolumeText, withVolumeUnit } from './settings-draft'

describe('settings pre-check', () => {
  it('flags an out-of-range goal and an end before the start, in form order', () => {
    let draft = withVolumeText(draftFromSettings(defaultSettings()), 'dailyGoalMl', '100')
    draft = withActiveDay(draft, 'tue', { start: '10:00', end: '09:00' })
    expect(checkDraft(draft)).toEqual(['dailyGoalMl', 'activeHours.tue.end'])
  })

  it('accepts the defaults', () => {
    expect(checkDraft(draftFromSettings(defaultSettings()))).toEqual([])
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

  it('names the weekday whose end is not after its start', () => {
    const draft = withActiveDay(draftFromSettings(defaultSettings()), 'mon', { start: '10:00', end: '09:00' })
    expect(settingsErrorMessage('activeHours.mon.end', draft)).toBe('Monday: the end must be later than the start.')
  })

  it('places service issues on their fields', () => {
    expect(fieldKeyOfIssue({ field: 'activeHours.mon.end', message: '' })).toBe('activeHours.mon.end')
    expect(fieldKeyOfIssue({ field: 'activeHours.sun', message: '' })).toBe('activeHours.sun.enabled')
    expect(fieldKeyOfIssue({ field: 'glassMl', message: '' })).toBe('glassMl')
    expect(fieldKeyOfIssue({ field: 'somethingElse', message: '' })).toBeNull()
  })
})
