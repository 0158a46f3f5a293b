import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Settings } from '../core/settings/settings'
import type { Companion } from './companion'
import { reminderCompanion } from './testing/reminder-companion'

const originalTz = process.env.TZ
const minute = 60_000
const hour = 60 * minute

const start = (atMs: number) => reminderCompanion(atMs)

/** Active from 05:00, quiet 22:00–05:00, and a 07:00 run every day (drink at 05:00, warm-up at 06:45). */
async function planMorningRuns(companion: Companion): Promise<void> {
  const settings = companion.state().settings
  const reminders: Settings['reminders'] = {
    ...settings.reminders,
    quietHours: { enabled: true, start: '22:00', end: '05:00' }
  }
  const activeHours = Object.fromEntries(
    Object.entries(settings.activeHours).map(([day, hours]) => [day, { ...hours, start: '05:00' }])
  ) as Settings['activeHours']
  await companion.invoke('updateSettings', {
    reminders,
    activeHours,
    workouts: [
      {
        id: 'morning-run',
        kind: 'run',
        time: '07:00',
        durationMinutes: 45,
        schedule: { type: 'weekly', weekdays: ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] }
      }
    ]
  })
}

beforeEach(() => {
  process.env.TZ = 'Europe/Berlin'
})
afterEach(() => {
  process.env.TZ = originalTz
})

describe('reminder engine in the service', () => {
  it('sends drink reminders through the notifier during active hours, never closer than the interval', async () => {
    const { clock, notifier, companion } = start(new Date(2026, 10, 25, 8, 0).getTime())
    await companion.invoke('updateSettings', {
      reminders: { ...companion.state().settings.reminders, hydration: { enabled: true, intervalMinutes: 60 } }
    })
    clock.advance(4 * hour)
    const sent = companion.state().reminders.firedToday.filter((fired) => fired.kind === 'hydration')
    expect(sent.length).toBeGreaterThanOrEqual(3)
    for (let index = 1; index < sent.length; index += 1) {
      expect(sent[index]!.firedAtMs - sent[index - 1]!.firedAtMs).toBeGreaterThanOrEqual(60 * minute)
    }
    expect(notifier.shown.length).toBe(sent.length)
    expect(notifier.shown[0]?.body).toMatch(/^Drink about \d+ ml/)
  })

  it('after an 8-hour sleep sends one catch-up drink reminder, not sixteen', async () => {
    const { clock, notifier, companion } = start(new Date(2026, 10, 25, 9, 0).getTime())
    await companion.invoke('updateSettings', {
      reminders: { ...companion.state().settings.reminders, hydration: { enabled: true, intervalMinutes: 30 } }
    })
    const before = notifier.shown.length
    companion.systemSuspended()
    // The machine sleeps: the process's timers do not run, then the wall clock has jumped.
    clock.jump(clock.now() + 8 * hour)
    companion.systemResumed()
    const caughtUp = companion.state().reminders.firedToday.filter((fired) => fired.catchUp)
    expect(caughtUp.map((fired) => fired.kind)).toEqual(['hydration'])
    expect(notifier.shown.length - before).toBe(1)
  })

  it('does not send anything twice when the clock is set back an hour', async () => {
    const { clock, companion } = start(new Date(2026, 10, 25, 5, 0).getTime())
    await planMorningRuns(companion)
    clock.advance(2 * hour)
    const firstIds = companion.state().reminders.firedToday.map((fired) => fired.id)
    expect(firstIds).toContain('warm-up:morning-run:2026-11-25')
    clock.set(clock.now() - hour)
    companion.timeChanged()
    clock.advance(hour)
    const ids = companion.state().reminders.firedToday.map((fired) => fired.id)
    expect(new Set(ids).size).toBe(ids.length)
  })

  it('keeps local times when the time zone changes', async () => {
    // Noon in Berlin is 06:00 in New York: after the move, today's 07:00 run is still ahead.
    const { clock, companion } = start(new Date(2026, 10, 25, 12, 0).getTime())
    await planMorningRuns(companion)
    process.env.TZ = 'America/New_York'
    companion.timeChanged()
    const warmUp = companion.state().reminders.upcoming.find((reminder) => reminder.kind === 'warm-up')!
    const local = new Date(warmUp.dueAtMs)
    expect([local.getHours(), local.getMinutes()]).toEqual([6, 45])
    expect(warmUp.dueAtMs).toBeGreaterThan(clock.now())
  })

  it('sends the pre-workout drink, warm-up and cool-down reminders of a planned run on time', async () => {
    const { clock, notifier, companion } = start(new Date(2026, 10, 25, 4, 0).getTime())
    await planMorningRuns(companion)
    clock.advance(4 * hour)
    const workoutReminders = companion.state().reminders.firedToday.filter((fired) => fired.workoutId === 'morning-run')
    expect(workoutReminders.map((fired) => [fired.kind, new Date(fired.firedAtMs).toTimeString().slice(0, 5)])).toEqual(
      [
        ['pre-workout-drink', '05:00'],
        ['warm-up', '06:45'],
        ['cool-down', '07:50']
      ]
    )
    expect(notifier.shown.map((shown) => shown.title)).toContain('Warm up for your run')
  })

  it('after waking before the workout still sends the warm-up reminder', async () => {
    const { clock, companion } = start(new Date(2026, 10, 25, 1, 0).getTime())
    await planMorningRuns(companion)
    companion.systemSuspended()
    clock.jump(new Date(2026, 10, 25, 6, 50).getTime())
    companion.systemResumed()
    const kinds = companion.state().reminders.firedToday.map((fired) => fired.kind)
    expect(kinds).toContain('warm-up')
    expect(kinds.filter((kind) => kind === 'warm-up')).toHaveLength(1)
  })

  it('holds exactly one timer whatever is due, a routine and reminders together', async () => {
    const { clock, companion } = start(new Date(2026, 10, 25, 6, 0).getTime())
    await planMorningRuns(companion)
    await companion.invoke('startRoutine', { routineId: 'warm-up' })
    for (let step = 0; step < 24 * 12; step += 1) {
      clock.advance(5 * minute)
      expect(clock.pendingTimers).toBeLessThanOrEqual(1)
    }
    expect(companion.timerArmed).toBe(clock.pendingTimers === 1)
  })

  it('holds drink reminders while the user is away and sends one when they are back', async () => {
    let idle: 'active' | 'idle' = 'idle'
    const { clock, companion } = reminderCompanion(new Date(2026, 10, 25, 9, 0).getTime(), {
      shell: { idleState: () => idle }
    })
    await companion.invoke('updateSettings', {
      reminders: { ...companion.state().settings.reminders, hydration: { enabled: true, intervalMinutes: 30 } }
    })
    clock.advance(2 * hour)
    expect(companion.state().reminders.firedToday).toEqual([])
    idle = 'active'
    clock.advance(minute)
    expect(companion.state().reminders.firedToday.map((fired) => fired.kind)).toEqual(['hydration'])
  })

  it('pausing until turned back on holds every reminder, and resuming brings them back', async () => {
    const { clock, companion } = start(new Date(2026, 10, 25, 9, 0).getTime())
    await companion.invoke('pauseReminders', { until: 'turned-on' })
    clock.advance(5 * hour)
    expect(companion.state().reminders).toMatchObject({ paused: true, upcoming: [], firedToday: [] })
    await companion.invoke('resumeReminders', {})
    expect(companion.state().reminders.paused).toBe(false)
    expect(companion.state().reminders.upcoming.length).toBeGreaterThan(0)
  })

  it('"drank it" logs the suggested amount and answers the reminder', async () => {
    const { clock, companion } = start(new Date(2026, 10, 25, 9, 0).getTime())
    clock.advance(3 * hour)
    const waiting = companion.state().reminders.waiting!
    expect(waiting.amountMl).toBeGreaterThan(0)
    await companion.invoke('respondToReminder', { reminderId: waiting.id, response: 'drank' })
    const state = companion.state()
    expect(state.today.totalMl).toBe(waiting.amountMl)
    expect(state.reminders.waiting).toBeNull()
    expect(state.reminders.firedToday.at(-1)?.response).toBe('drank')
  })

  it('a hot day raises the goal', async () => {
    const { companion } = start(new Date(2026, 10, 25, 9, 0).getTime())
    const goal = companion.state().today.goalMl
    await companion.invoke('setHotDay', { on: true })
    expect(companion.state().today.goalMl).toBeGreaterThan(goal)
    expect(companion.state().reminders.hotDay).toBe(true)
  })
})

describe('a new day in the service', () => {
  it('pushes a fresh state at local midnight so Today starts from zero', async () => {
    const { clock, companion } = start(new Date(2026, 10, 25, 23, 50).getTime())
    await companion.invoke('logWater', { amountMl: 300 })
    const totals: number[] = []
    companion.onState((state) => totals.push(state.today.totalMl))
    clock.advance(15 * minute)
    expect(totals.at(-1)).toBe(0)
    expect(companion.state().today.date).toBe('2026-11-26')
  })
})
