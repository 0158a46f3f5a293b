process.env.TZ = 'Europe/Berlin'

import { describe, expect, it } from 'vitest'
import { activityAt } from './activity-fixtures'
import { weeklyTrainingLoad } from './training-load'
import { crampAt } from '../journal/journal-fixtures'
import { localMs } from '../reminders/planner-fixtures'

describe('weekly training load', () => {
  const now = localMs('2026-06-17', '12:00') // a Wednesday

  it('sums minutes moving and distance per local week, Monday first, beside the cramps, oldest week first', () => {
    const activities = [
      activityAt('2026-06-15', '07:00', 65, { distanceM: 12_400.4, movingMs: 62 * 60_000 }),
      activityAt('2026-06-16', '18:00', 30, { sport: 'gym' }),
      activityAt('2026-06-14', '23:30', 45, { distanceM: 8000 }), // a Sunday: the week before
      activityAt('2026-05-01', '07:00', 45, { distanceM: 8000 }) // outside the three weeks
    ]
    const cramps = [crampAt('2026-06-16', '20:00'), crampAt('2026-06-08', '00:30')]
    expect(weeklyTrainingLoad(activities, cramps, now, 3)).toEqual([
      { weekStart: '2026-06-01', activities: 0, minutes: 0, distanceM: 0, cramps: 0 },
      { weekStart: '2026-06-08', activities: 1, minutes: 45, distanceM: 8000, cramps: 1 },
      { weekStart: '2026-06-15', activities: 2, minutes: 92, distanceM: 12_400, cramps: 1 }
    ])
  })

  it('keeps weeks of seven calendar days across a DST change (the week of 29 March 2026 has 167 hours)', () => {
    const activities = [activityAt('2026-03-29', '23:30', 20), activityAt('2026-03-30', '00:10', 20)]
    const weeks = weeklyTrainingLoad(activities, [], localMs('2026-04-01', '12:00'), 2)
    expect(weeks.map((w) => [w.weekStart, w.activities])).toEqual([
      ['2026-03-23', 1],
      ['2026-03-30', 1]
    ])
  })
})
