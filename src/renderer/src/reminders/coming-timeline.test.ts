import { describe, expect, it } from 'vitest'
import type { PlannedReminder, WorkoutPlan } from '../../../core/reminders/reminders'
import { comingTimeline } from './coming-timeline'

const at = (hours: number, minutes = 0) => new Date(2026, 5, 15, hours, minutes).getTime()
const run: WorkoutPlan = {
  id: 'evening-run',
  kind: 'run',
  time: '18:00',
  durationMinutes: 45,
  schedule: { type: 'weekly', weekdays: ['mon'] }
}
const warmUp: PlannedReminder = {
  id: 'warm-up:evening-run:2026-06-15',
  kind: 'warm-up',
  dueAtMs: at(17, 45),
  workoutId: 'evening-run',
  workoutStartMs: at(18)
}
const coolDown: PlannedReminder = {
  ...warmUp,
  id: 'cool-down:evening-run:2026-06-15',
  kind: 'cool-down',
  dueAtMs: at(18, 50)
}
const drink: PlannedReminder = { id: 'hydration:2026-06-15:1500', kind: 'hydration', dueAtMs: at(15), amountMl: 250 }

describe('the Coming-up timeline', () => {
  it('puts the workout itself between its warm-up and cool-down reminders', () => {
    const timeline = comingTimeline([drink, warmUp, coolDown], [run], at(14))
    expect(timeline.map((entry) => (entry.type === 'workout' ? 'run 18:00' : entry.reminder.kind))).toEqual([
      'hydration',
      'warm-up',
      'run 18:00',
      'cool-down'
    ])
  })

  it('leaves out a workout already under way and workouts on other days', () => {
    const tuesdayOnly: WorkoutPlan = { ...run, id: 'tuesday', schedule: { type: 'weekly', weekdays: ['tue'] } }
    const timeline = comingTimeline([coolDown], [run, tuesdayOnly], at(18, 10))
    expect(timeline.map((entry) => entry.type)).toEqual(['reminder'])
  })

  it('marks a workout an imported activity already fulfilled as recorded, with its real start and end', () => {
    const activity = { id: 'a1', startMs: at(16, 2), durationMs: 50 * 60_000 }
    const timeline = comingTimeline([], [run], at(17), {
      doneToday: [{ workoutId: 'evening-run', date: '2026-06-15', activityId: 'a1' }],
      recent: [activity]
    })
    expect(timeline).toEqual([
      expect.objectContaining({ type: 'workout', recorded: { startMs: at(16, 2), endMs: at(16, 52) } })
    ])
    expect(comingTimeline([], [run], at(17), { doneToday: [], recent: [] })[0]).not.toHaveProperty('recorded')
  })
})
