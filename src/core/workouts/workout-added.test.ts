import { describe, expect, it } from 'vitest'
import { run } from '../reminders/planner-fixtures'
import { stampWorkoutsAdded } from './workout-added'

const nowMs = new Date(2026, 5, 17, 12, 0).getTime()
const lastWeekMs = nowMs - 7 * 24 * 60 * 60 * 1000

describe('when planned workouts were added', () => {
  it('dates a new workout now and keeps the date of one already in the plan, whatever the window sends', () => {
    const previous = [{ ...run('run', '18:00'), addedAtMs: lastWeekMs }]
    const next = [{ ...run('run', '18:30'), addedAtMs: nowMs - 1000 }, run('gym', '07:00')]
    expect(stampWorkoutsAdded(previous, next, nowMs).map((w) => [w.id, w.time, w.addedAtMs])).toEqual([
      ['run', '18:30', lastWeekMs],
      ['gym', '07:00', nowMs]
    ])
  })

  it('keeps the date a restored workout carries, but never one in the future', () => {
    const restored = [
      { ...run('old', '18:00'), addedAtMs: lastWeekMs },
      { ...run('odd', '07:00'), addedAtMs: nowMs * 2 }
    ]
    expect(stampWorkoutsAdded([], restored, nowMs).map((w) => w.addedAtMs)).toEqual([lastWeekMs, nowMs])
  })
})
