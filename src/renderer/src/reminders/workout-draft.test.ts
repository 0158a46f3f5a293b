import { describe, expect, it } from 'vitest'
import {
  checkWorkoutDraft,
  emptyWorkoutDraft,
  newWorkoutId,
  withWeekday,
  workoutErrorMessage,
  workoutKeyOfIssue,
  workoutToAdd
} from './workout-draft'

const blank = emptyWorkoutDraft('2026-11-26')
const weeklyRun = { ...withWeekday(withWeekday(blank, 'wed', true), 'mon', true), time: '07:00', durationText: '45' }

describe('adding a workout', () => {
  it('turns the form into a weekly workout, days Monday first', () => {
    expect(workoutToAdd(weeklyRun, 'workout-abc')).toEqual({
      id: 'workout-abc',
      kind: 'run',
      time: '07:00',
      durationMinutes: 45,
      schedule: { type: 'weekly', weekdays: ['mon', 'wed'] }
    })
  })

  it('turns the form into a one-off workout on its date', () => {
    const once = { ...weeklyRun, kind: 'ride', repeats: 'once', date: '2026-12-05' } as const
    expect(workoutToAdd(once, 'workout-x').schedule).toEqual({ type: 'once', date: '2026-12-05' })
  })

  it('sends a duration that is not a number as typed, so the service names the field', () => {
    expect(workoutToAdd({ ...weeklyRun, durationText: '' }, 'workout-x').durationMinutes).toBe('')
    expect(workoutToAdd({ ...weeklyRun, durationText: '4e' }, 'workout-x').durationMinutes).toBe('4e')
  })

  it('makes ids of lowercase letters and digits the schema accepts', () => {
    const id = newWorkoutId()
    expect(id).toMatch(/^workout-[a-z0-9]{10}$/)
    expect(newWorkoutId(() => new Uint8Array(10))).toBe('workout-aaaaaaaaaa')
  })

  it('unticking a day removes it', () => {
    expect(withWeekday(weeklyRun, 'mon', false).weekdays).toEqual(['wed'])
  })
})

describe('add-form pre-check', () => {
  it('flags no days, no time and a too-short duration, in form order', () => {
    expect(checkWorkoutDraft({ ...blank, durationText: '2' }, 0)).toEqual(['weekdays', 'time', 'durationMinutes'])
  })

  it('accepts a complete workout, and refuses a 51st', () => {
    expect(checkWorkoutDraft(weeklyRun, 3)).toEqual([])
    expect(checkWorkoutDraft(weeklyRun, 50)).toEqual(['workouts'])
  })

  it('words the duration limits', () => {
    expect(workoutErrorMessage('durationMinutes')).toBe('Enter whole minutes between 5 and 600.')
  })
})

describe('service issues on the add form', () => {
  const issue = (field: string) => ({ field, message: '' })

  it('places issues about the new workout on its fields', () => {
    expect(workoutKeyOfIssue(issue('workouts.2.time'), 2, weeklyRun)).toBe('time')
    expect(workoutKeyOfIssue(issue('workouts.2.durationMinutes'), 2, weeklyRun)).toBe('durationMinutes')
    expect(workoutKeyOfIssue(issue('workouts.2.schedule.weekdays'), 2, weeklyRun)).toBe('weekdays')
    expect(workoutKeyOfIssue(issue('workouts.2.schedule.date'), 2, weeklyRun)).toBe('date')
    expect(workoutKeyOfIssue(issue('workouts.2.schedule'), 2, { ...weeklyRun, repeats: 'once' })).toBe('date')
    expect(workoutKeyOfIssue(issue('workouts'), 2, weeklyRun)).toBe('workouts')
  })

  it('leaves issues about other workouts, the id or other settings without a field', () => {
    expect(workoutKeyOfIssue(issue('workouts.0.time'), 2, weeklyRun)).toBeNull()
    expect(workoutKeyOfIssue(issue('workouts.2.id'), 2, weeklyRun)).toBeNull()
    expect(workoutKeyOfIssue(issue('reminders.warmUp'), 2, weeklyRun)).toBeNull()
  })
})

describe('a one-off workout in the past', () => {
  const nowMs = new Date(2026, 10, 26, 12, 0).getTime()
  const onceAt = (date: string, time: string) => ({ ...weeklyRun, repeats: 'once', date, time }) as const

  it('is refused on its date field with a message saying it has passed', () => {
    const morning = onceAt('2026-11-26', '07:00')
    expect(checkWorkoutDraft(morning, 0, nowMs)).toEqual(['date'])
    expect(workoutErrorMessage('date', morning, nowMs)).toBe(
      'This date and time have already passed. Choose a later time, or today or a later day.'
    )
  })

  it('is fine later today', () => {
    expect(checkWorkoutDraft(onceAt('2026-11-26', '18:00'), 0, nowMs)).toEqual([])
  })
})
