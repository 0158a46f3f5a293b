import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { reminderCompanion } from './testing/reminder-companion'

const originalTz = process.env.TZ
const hour = 3_600_000

beforeEach(() => {
  process.env.TZ = 'Europe/Berlin'
})
afterEach(() => {
  process.env.TZ = originalTz
})

describe('skipping a coming reminder', () => {
  it('is not sent when its time comes, and Undo brings it back', async () => {
    const { clock, companion } = reminderCompanion(new Date(2026, 10, 25, 9, 0).getTime())
    const next = companion.state().reminders.upcoming[0]!
    const skipped = await companion.invoke('skipReminder', { reminderId: next.id })
    expect(skipped.ok && companion.state().reminders.upcoming.map((r) => r.id)).not.toContain(next.id)
    const undone = await companion.invoke('unskipReminder', { reminderId: next.id })
    expect(undone.ok && companion.state().reminders.upcoming[0]?.id).toBe(next.id)
    await companion.invoke('skipReminder', { reminderId: next.id })
    clock.advance(next.dueAtMs - clock.now() + 1)
    expect(companion.state().reminders.firedToday.map((r) => r.id)).not.toContain(next.id)
  })

  it('refuses a reminder that is not coming, and changes nothing', async () => {
    const { companion } = reminderCompanion(new Date(2026, 10, 25, 9, 0).getTime())
    const before = companion.state().reminders
    const outcome = await companion.invoke('skipReminder', { reminderId: 'hydration:2026-11-25:0300' })
    expect(outcome.ok).toBe(false)
    expect(!outcome.ok && outcome.error.code).toBe('not_found')
    expect(companion.state().reminders.upcoming).toEqual(before.upcoming)
    expect(companion.state().reminders.state.skipped).toEqual([])
  })

  it('keeps a skip across a restart', async () => {
    const startMs = new Date(2026, 10, 25, 9, 0).getTime()
    const { companion, dataDir } = reminderCompanion(startMs)
    const next = companion.state().reminders.upcoming[0]!
    await companion.invoke('skipReminder', { reminderId: next.id })
    companion.dispose()
    const again = reminderCompanion(startMs + hour / 60, { dataDir }).companion
    expect(again.state().reminders.upcoming.map((r) => r.id)).not.toContain(next.id)
  })
})
