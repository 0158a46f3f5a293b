import { describe, expect, it } from 'vitest'
import type { WorkoutPlan } from '../core/reminders/reminders'
import { companionIn, fakeClock, tempDataDir } from './testing/temp-companion'

const noon = new Date(2026, 10, 25, 12).getTime()
const oneOff = (date: string, time: string): WorkoutPlan => ({
  id: `run${date.replaceAll('-', '')}${time.replace(':', '')}`,
  kind: 'run',
  time,
  durationMinutes: 30,
  schedule: { type: 'once', date }
})

describe('planning a one-off workout', () => {
  it('refuses one that would start in the past, naming its date, and saves nothing', async () => {
    const companion = companionIn(tempDataDir(), fakeClock(noon))
    const outcome = await companion.invoke('updateSettings', { workouts: [oneOff('2026-11-25', '07:00')] })
    expect(outcome).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', issues: [{ field: 'workouts.0.schedule.date' }] }
    })
    expect(companion.state().settings.workouts).toEqual([])
  })

  it('accepts one later today, and keeps it in the plan once its time has passed', async () => {
    const clock = fakeClock(noon)
    const companion = companionIn(tempDataDir(), clock)
    const later = oneOff('2026-11-25', '18:00')
    expect(await companion.invoke('updateSettings', { workouts: [later] })).toMatchObject({ ok: true })
    clock.set(noon + 12 * 3_600_000)
    const weekly: WorkoutPlan = { ...later, id: 'weekly', schedule: { type: 'weekly', weekdays: ['mon'] } }
    expect(await companion.invoke('updateSettings', { workouts: [later, weekly] })).toMatchObject({ ok: true })
  })
})
