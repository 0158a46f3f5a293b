import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { reminderCompanion } from './testing/reminder-companion'

const originalTz = process.env.TZ
const minute = 60_000
const hour = 60 * minute
const timeOf = (ms: number): string => new Date(ms).toTimeString().slice(0, 5)

beforeEach(() => {
  process.env.TZ = 'Europe/Berlin'
})
afterEach(() => {
  process.env.TZ = originalTz
})

describe('catch-up reminders follow only a real gap', () => {
  it('marks no reminder that fired on time as sent late', () => {
    const { clock, companion } = reminderCompanion(new Date(2026, 10, 25, 8, 0).getTime())
    clock.advance(8 * hour)
    const fired = companion.state().reminders.firedToday
    expect(fired.length).toBeGreaterThanOrEqual(3)
    expect(fired.filter((reminder) => reminder.catchUp)).toEqual([])
  })

  it('sends nothing late, and nothing at once, when the first-run setup is finished minutes after start', async () => {
    const { clock, notifier, companion } = reminderCompanion(new Date(2026, 10, 25, 14, 0).getTime(), {
      firstRun: true
    })
    clock.advance(7 * minute)
    await companion.invoke('updateSettings', { setupCompleted: true })
    clock.advance(minute)
    expect(companion.state().reminders.firedToday).toEqual([])
    expect(notifier.shown).toEqual([])
    const next = companion.state().reminders.upcoming[0]
    expect(next?.kind).toBe('hydration')
    expect(next!.dueAtMs).toBeGreaterThanOrEqual(clock.now() + 30 * minute)
  })

  it('sends the first drink reminder after setup as an ordinary one, an interval after finishing', async () => {
    const { clock, companion } = reminderCompanion(new Date(2026, 10, 25, 14, 0).getTime(), { firstRun: true })
    clock.advance(5 * minute)
    await companion.invoke('updateSettings', { setupCompleted: true })
    clock.advance(3 * hour)
    const [first] = companion.state().reminders.firedToday
    expect(first).toMatchObject({ kind: 'hydration', catchUp: false })
    expect(timeOf(first!.firedAtMs) >= '14:35').toBe(true)
  })

  it('sends no catch-up when a change comes hours after the last look', async () => {
    const { clock, companion } = reminderCompanion(new Date(2026, 10, 25, 9, 0).getTime())
    clock.advance(3 * hour)
    const settings = companion.state().settings
    await companion.invoke('updateSettings', {
      reminders: { ...settings.reminders, hydration: { enabled: true, intervalMinutes: 15 } }
    })
    expect(companion.state().reminders.firedToday.filter((reminder) => reminder.catchUp)).toEqual([])
  })

  it('after waking from sleep sends one catch-up per kind, marked late', () => {
    const { clock, companion } = reminderCompanion(new Date(2026, 10, 25, 9, 0).getTime())
    companion.systemSuspended()
    clock.jump(new Date(2026, 10, 25, 15, 0).getTime())
    companion.systemResumed()
    const late = companion.state().reminders.firedToday.filter((reminder) => reminder.catchUp)
    expect(late.map((reminder) => reminder.kind)).toEqual(['hydration'])
  })
})
