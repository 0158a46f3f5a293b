import { describe, expect, it } from 'vitest'
import { formatWeekdays, workoutSummary } from './plan-format'

// Node 20 has no navigator, so these run in the en-US locale the window falls back to.
describe('workout summaries', () => {
  it('words a weekly workout with its days Monday first, its time and its length', () => {
    const run = {
      id: 'workout-a',
      kind: 'run',
      time: '07:00',
      durationMinutes: 45,
      schedule: { type: 'weekly', weekdays: ['fri', 'mon', 'wed'] }
    } as const
    expect(workoutSummary(run)).toBe('Run · Mon, Wed, Fri at 7:00 AM · 45 min')
  })

  it('words a one-off workout with its date', () => {
    const ride = {
      id: 'workout-b',
      kind: 'ride',
      time: '09:30',
      durationMinutes: 90,
      schedule: { type: 'once', date: '2026-12-05' }
    } as const
    expect(workoutSummary(ride)).toBe('Ride · Dec 5, 2026 at 9:30 AM · 90 min')
  })

  it('says "Every day" when all seven days are chosen, Sunday last otherwise', () => {
    expect(formatWeekdays(['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'])).toBe('Every day')
    expect(formatWeekdays(['sun', 'sat'])).toBe('Sat, Sun')
  })
})
