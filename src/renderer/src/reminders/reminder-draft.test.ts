import { describe, expect, it } from 'vitest'
import type { ReminderSettings } from '../../../core/reminders/reminders'
import { checkReminderDraft, reminderErrorMessage, reminderKeyOfIssue } from './reminder-check'
import { reminderDraftFromSettings, remindersToSend, withPreWorkoutAmountText } from './reminder-draft'

const stored: ReminderSettings = {
  hydration: { enabled: true, intervalMinutes: null },
  preWorkoutDrink: { enabled: true, leadMinutes: 120, amountMl: 500 },
  electrolytes: { enabled: false, leadMinutes: 45, minWorkoutMinutes: 75 },
  warmUp: { enabled: true, leadMinutes: 15 },
  coolDown: { enabled: false, delayMinutes: 5 },
  quietHours: { enabled: true, start: '22:00', end: '07:00' },
  doNotDisturb: false
}

describe('reminder settings draft', () => {
  it('round-trips the stored settings, an automatic interval shown as an empty field', () => {
    const draft = reminderDraftFromSettings(stored, 'ml')
    expect(draft.intervalText).toBe('')
    expect(remindersToSend(draft, false)).toEqual(stored)
  })

  it('shows the pre-workout amount in fluid ounces and saves it untouched as its stored millilitres', () => {
    const draft = reminderDraftFromSettings(stored, 'floz')
    expect(draft.preWorkoutAmount.text).toBe('16.9')
    expect(remindersToSend(draft, false).preWorkoutDrink.amountMl).toBe(500)
  })

  it('converts typed fluid ounces to whole millilitres', () => {
    const draft = withPreWorkoutAmountText(reminderDraftFromSettings(stored, 'floz'), '12')
    expect(remindersToSend(draft, false).preWorkoutDrink.amountMl).toBe(355)
  })

  it('sends a typed interval as minutes and keeps Do not disturb as stored', () => {
    const draft = { ...reminderDraftFromSettings(stored, 'ml'), intervalText: '45' }
    expect(remindersToSend(draft, true)).toMatchObject({
      hydration: { enabled: true, intervalMinutes: 45 },
      doNotDisturb: true
    })
  })

  it('shows and sends the electrolyte group: on/off, minutes before and the shortest workout', () => {
    const draft = reminderDraftFromSettings(stored, 'ml')
    expect(draft).toMatchObject({
      electrolytesEnabled: false,
      electrolytesLeadText: '45',
      electrolytesMinWorkoutText: '75'
    })
    const edited = { ...draft, electrolytesEnabled: true, electrolytesLeadText: '90', electrolytesMinWorkoutText: '60' }
    expect(remindersToSend(edited, false).electrolytes).toEqual({
      enabled: true,
      leadMinutes: 90,
      minWorkoutMinutes: 60
    })
  })

  it('sends text that is not a number as typed, so the service names the field', () => {
    const draft = { ...reminderDraftFromSettings(stored, 'ml'), warmUpLeadText: '' }
    expect(remindersToSend(draft, false).warmUp.leadMinutes).toBe('')
  })
})

describe('reminder settings pre-check and errors', () => {
  it('flags out-of-range minutes and amounts in form order, but not an empty interval', () => {
    const draft = {
      ...withPreWorkoutAmountText(reminderDraftFromSettings(stored, 'ml'), '50'),
      warmUpLeadText: '200',
      quietEnd: ''
    }
    expect(checkReminderDraft(draft)).toEqual(['preWorkoutDrink.amountMl', 'warmUp.leadMinutes', 'quietHours.end'])
    expect(checkReminderDraft({ ...draft, intervalText: '10' })[0]).toBe('hydration.intervalMinutes')
  })

  it('flags electrolyte minutes out of range or not whole, between the drink and warm-up groups', () => {
    const draft = {
      ...reminderDraftFromSettings(stored, 'ml'),
      preWorkoutLeadText: '10',
      electrolytesLeadText: '5',
      electrolytesMinWorkoutText: '60.5',
      warmUpLeadText: ''
    }
    expect(checkReminderDraft(draft)).toEqual([
      'preWorkoutDrink.leadMinutes',
      'electrolytes.leadMinutes',
      'electrolytes.minWorkoutMinutes',
      'warmUp.leadMinutes'
    ])
    expect(checkReminderDraft({ ...draft, electrolytesMinWorkoutText: '601' })).toContain(
      'electrolytes.minWorkoutMinutes'
    )
    expect(reminderErrorMessage('electrolytes.leadMinutes', draft)).toBe('Enter whole minutes between 15 and 240.')
    expect(reminderErrorMessage('electrolytes.minWorkoutMinutes', draft)).toBe(
      'Enter whole minutes between 15 and 600.'
    )
  })

  it('words the limits, amounts in the unit the form shows', () => {
    const draft = reminderDraftFromSettings(stored, 'floz')
    expect(reminderErrorMessage('warmUp.leadMinutes', draft)).toBe('Enter whole minutes between 5 and 120.')
    expect(reminderErrorMessage('hydration.intervalMinutes', draft)).toBe(
      'Enter whole minutes between 15 and 240, or leave it empty for automatic.'
    )
    expect(reminderErrorMessage('preWorkoutDrink.amountMl', draft)).toBe('Enter an amount between 3.4 and 33.8 fl oz.')
  })

  it('places service issues on their fields', () => {
    const issue = (field: string) => ({ field, message: '' })
    expect(reminderKeyOfIssue(issue('reminders.warmUp.leadMinutes'))).toBe('warmUp.leadMinutes')
    expect(reminderKeyOfIssue(issue('reminders.quietHours'))).toBe('quietHours.enabled')
    expect(reminderKeyOfIssue(issue('reminders.electrolytes.minWorkoutMinutes'))).toBe('electrolytes.minWorkoutMinutes')
    expect(reminderKeyOfIssue(issue('reminders.electrolytes'))).toBe('electrolytes.enabled')
    expect(reminderKeyOfIssue(issue('reminders.hydration.somethingNew'))).toBe('hydration.enabled')
    expect(reminderKeyOfIssue(issue('reminders'))).toBeNull()
    expect(reminderKeyOfIssue(issue('workouts.0.time'))).toBeNull()
  })
})
