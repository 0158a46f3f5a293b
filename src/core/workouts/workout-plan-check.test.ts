import { describe, expect, it } from 'vitest'
import type { WorkoutPlan } from '../reminders/reminders'
import { oneOffStartMs, pastOneOffWorkouts } from './workout-plan-check'

const now = new Date(2026, 10, 25, 12, 0).getTime()
const once = (id: string, date: string, time: string): WorkoutPlan => ({
  id,
  kind: 'run',
  time,
  durationMinutes: 30,
  schedule: { type: 'once', date }
})
const weekly: WorkoutPlan = {
  id: 'w',
  kind: 'run',
  time: '07:00',
  durationMinutes: 30,
  schedule: { type: 'weekly', weekdays: ['mon'] }
}

describe('a one-off workout in the past', () => {
  it('is found when new: yesterday, or earlier today', () => {
    expect(pastOneOffWorkouts([], [once('a', '2026-11-24', '18:00')], now)).toEqual([0])
    expect(pastOneOffWorkouts([], [weekly, once('b', '2026-11-25', '11:59')], now)).toEqual([1])
  })

  it('is not: later today, tomorrow, a weekly workout, or a one-off already in the plan', () => {
    const done = once('done', '2026-11-25', '07:00')
    expect(pastOneOffWorkouts([done], [done, once('c', '2026-11-25', '12:30'), weekly], now)).toEqual([])
  })

  it('is not when only something other than its start changed (its reminders allowed, its added-at stamp)', () => {
    const stored = { ...once('done', '2026-11-25', '07:00'), addedAtMs: now - 86_400_000 }
    const sent = { ...once('done', '2026-11-25', '07:00'), allowInQuietHours: true }
    expect(pastOneOffWorkouts([stored], [sent], now)).toEqual([])
    expect(pastOneOffWorkouts([stored], [once('done', '2026-11-25', '08:00')], now)).toEqual([0])
  })

  it('starts at its local date and time', () => {
    expect(oneOffStartMs('2026-11-25', '07:30')).toBe(new Date(2026, 10, 25, 7, 30).getTime())
    expect(oneOffStartMs('25.11.2026', '07:30')).toBeNull()
  })
})
