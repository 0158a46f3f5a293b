import { describe, expect, it } from 'vitest'
import { hydrationDay } from '../../../core/journal/hydration'
import type { PlannedReminder, WorkoutPlan } from '../../../core/reminders/reminders'
import { amountOfGoal, countdownLine, reminderWhat, timeUntil } from './widget-wording'

const MINUTE_MS = 60_000
const noon = new Date(2026, 10, 25, 12, 0)
const run: WorkoutPlan = {
  id: 'run-1',
  kind: 'run',
  time: '18:00',
  durationMinutes: 45,
  schedule: { type: 'weekly', weekdays: ['wed'] }
}
const context = { unit: 'ml' as const, workouts: [run] }
const reminder = (fields: Partial<PlannedReminder>): PlannedReminder => ({
  id: 'r',
  kind: 'hydration',
  dueAtMs: noon.getTime(),
  ...fields
})

describe('amountOfGoal', () => {
  it('gives the amount bare and the unit once, in the chosen unit', () => {
    const day = hydrationDay({ water: [{ id: 'a', loggedAtMs: noon.getTime(), amountMl: 750 }] }, 2000, noon)
    expect(amountOfGoal(day, 'ml')).toBe('750 of 2,000 ml')
    expect(amountOfGoal(day, 'floz')).toBe('25.4 of 67.6 fl oz')
  })
})

describe('reminderWhat', () => {
  it('words each kind of reminder as a sentence of its own', () => {
    expect(reminderWhat(reminder({ amountMl: 250 }), context)).toBe('Drink about 250 ml')
    expect(reminderWhat(reminder({}), context)).toBe('Have a drink')
    expect(reminderWhat(reminder({ kind: 'pre-workout-drink', amountMl: 400, workoutId: 'run-1' }), context)).toBe(
      'Drink about 400 ml before your run'
    )
    expect(reminderWhat(reminder({ kind: 'warm-up', workoutId: 'run-1' }), context)).toBe('Warm up for your run')
    expect(reminderWhat(reminder({ kind: 'cool-down', workoutId: 'gone' }), context)).toBe(
      'Cool down after your workout'
    )
    expect(reminderWhat(reminder({ kind: 'electrolytes', workoutId: 'run-1' }), context)).toBe(
      'Top up electrolytes before your run'
    )
  })

  it('uses fluid ounces when the person chose them', () => {
    expect(reminderWhat(reminder({ amountMl: 250 }), { ...context, unit: 'floz' })).toBe('Drink about 8.5 fl oz')
  })
})

describe('timeUntil', () => {
  it('counts whole minutes, rounded up, so it never says a reminder is closer than it is', () => {
    expect(timeUntil(12 * MINUTE_MS)).toBe('12 min')
    expect(timeUntil(11 * MINUTE_MS + 1)).toBe('12 min')
    expect(timeUntil(MINUTE_MS)).toBe('1 min')
  })

  it('counts seconds in the last minute, and hours with minutes past the hour', () => {
    expect(timeUntil(45_000)).toBe('45 sec')
    expect(timeUntil(59_001)).toBe('1 min')
    expect(timeUntil(65 * MINUTE_MS)).toBe('1 hr 5 min')
    expect(timeUntil(120 * MINUTE_MS)).toBe('2 hr')
  })

  it('is null once the moment has come', () => {
    expect(timeUntil(0)).toBeNull()
    expect(timeUntil(-5000)).toBeNull()
  })
})

describe('countdownLine', () => {
  it('says what and when, and "now" once it is due', () => {
    expect(countdownLine('Drink about 250 ml', 12 * MINUTE_MS)).toBe('Drink about 250 ml in 12 min')
    expect(countdownLine('Drink about 250 ml', 0)).toBe('Drink about 250 ml now')
  })
})
