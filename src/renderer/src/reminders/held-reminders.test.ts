// Local time is the process's time zone: fix it before any Date is made (Node re-reads TZ on assignment).
process.env.TZ = 'Europe/Berlin'

import { describe, expect, it } from 'vitest'
import { localMs, run, testSettings } from '../../../core/reminders/planner-fixtures'
import { draftWorkoutNote, plannedWorkoutNote } from './held-reminders'
import { emptyWorkoutDraft } from './workout-draft'

// Node 20 has no navigator, so these run in the en-US locale the window falls back to.
const mondayMs = localMs('2026-06-15', '09:00')
const allDay = { start: '00:00', end: '23:59' }

describe('the note on workout reminders held back by quiet hours', () => {
  it('names the warm-up and drink of a 07:00 run, their times and the quiet hours', () => {
    expect(plannedWorkoutNote(testSettings({ hours: allDay }), run('early', '07:00'), mondayMs)).toBe(
      "Quiet hours (10:00 PM–7:00 AM) hold back this workout's drink reminder (5:00 AM) and warm-up reminder " +
        '(6:45 AM).'
    )
  })

  it('says nothing for a workout whose reminders the person allowed in quiet hours', () => {
    const allowed = { ...run('early', '07:00'), allowInQuietHours: true }
    expect(plannedWorkoutNote(testSettings({ hours: allDay }), allowed, mondayMs)).toBe('')
  })

  it('says nothing for an 18:00 run', () => {
    expect(plannedWorkoutNote(testSettings(), run('evening', '18:00'), mondayMs)).toBe('')
  })

  it('adds a reminder the active hours hold back, as its own sentence', () => {
    expect(plannedWorkoutNote(testSettings(), run('early', '07:00'), mondayMs)).toBe(
      "Quiet hours (10:00 PM–7:00 AM) hold back this workout's drink reminder (5:00 AM) and warm-up reminder " +
        '(6:45 AM). Its cool-down reminder (7:35 AM) is outside your active hours, so it is held back too.'
    )
  })

  it('names the days when only some of them hold a reminder back, and speaks of one reminder', () => {
    const weekday = { enabled: true, start: '07:00', end: '21:00' }
    const sunday = { enabled: true, start: '08:00', end: '21:00' }
    const settings = testSettings({
      days: { mon: weekday, tue: weekday, wed: weekday, thu: weekday, fri: weekday, sat: weekday, sun: sunday },
      reminders: { preWorkoutDrink: { enabled: false }, coolDown: { enabled: false } }
    })
    const workout = run('morning', '08:00', { type: 'weekly', weekdays: ['wed', 'sun'] })
    expect(plannedWorkoutNote(settings, workout, mondayMs)).toBe(
      "This workout's warm-up reminder (7:45 AM on Sun) is outside your active hours, so Limber holds it back."
    )
  })
})

describe('the note while a workout is filled in', () => {
  const settings = testSettings({ hours: allDay })
  const draft = { ...emptyWorkoutDraft('2026-06-15'), time: '07:00' }

  it('follows the start time before any day or duration is chosen', () => {
    expect(draftWorkoutNote(settings, draft, mondayMs)).toContain('warm-up reminder (6:45 AM)')
    expect(draftWorkoutNote(settings, { ...draft, time: '18:00' }, mondayMs)).toBe('')
    expect(draftWorkoutNote(settings, { ...draft, time: '07:' }, mondayMs)).toBe('')
  })

  it('leaves the cool-down out until the duration is known', () => {
    const late = { ...draft, time: '21:30', weekdays: ['tue'] as const }
    expect(draftWorkoutNote(settings, late, mondayMs)).toBe('')
    expect(draftWorkoutNote(settings, { ...late, durationText: '90' }, mondayMs)).toBe(
      "Quiet hours (10:00 PM–7:00 AM) hold back this workout's cool-down reminder (11:05 PM). " +
        'Plan it at another time, or change quiet hours, to get that reminder.'
    )
  })

  it('checks a one-off workout on its date', () => {
    const once = { ...draft, repeats: 'once' as const, date: '2026-06-20', time: '06:30' }
    expect(draftWorkoutNote(settings, once, mondayMs)).toContain(
      "hold back this workout's drink reminder (4:30 AM) and warm-up reminder (6:15 AM)."
    )
  })
})
