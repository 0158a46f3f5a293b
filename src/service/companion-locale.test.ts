import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { runCommandLineCall } from './command-runner'
import { reminderCompanion } from './testing/reminder-companion'

const originalTz = process.env.TZ
const hour = 3_600_000
const morning = new Date(2026, 10, 25, 8, 0).getTime()

beforeEach(() => {
  process.env.TZ = 'Europe/Berlin'
})
afterEach(() => {
  process.env.TZ = originalTz
})

describe('a companion started with a German system locale', () => {
  it('sends drink reminders in German', async () => {
    const { clock, notifier, companion } = reminderCompanion(morning, { locale: 'de-DE' })
    await companion.invoke('updateSettings', {
      reminders: { ...companion.state().settings.reminders, hydration: { enabled: true, intervalMinutes: 60 } }
    })
    clock.advance(2 * hour)
    expect(notifier.shown[0]?.title).toBe('Zeit für einen Schluck')
    expect(notifier.shown[0]?.body).toMatch(/^Trink etwa [\d.]+\u00a0ml — bisher \d+,\d von \d+,\d l$/)
  })

  it('shows the built-in routines in German and keeps their ids', () => {
    const { companion } = reminderCompanion(morning, { locale: 'de-DE' })
    const relief = companion.state().routines.find((routine) => routine.id === 'cramp-relief')
    expect(relief?.name).toBe('Hilfe bei Krampf')
    expect(relief?.steps[1]).toMatchObject({ id: 'gentle-stretch', name: 'Sanft dehnen' })
  })

  it('words the running routine in German, in the player and on the command line', async () => {
    const { companion } = reminderCompanion(morning, { locale: 'de' })
    const reply = await runCommandLineCall(
      { name: 'startRoutine', input: { routineId: 'warm-up' } },
      { companion, clock: { now: () => morning } }
    )
    expect(reply).toEqual({ ok: true, message: 'Aufwärmen vor dem Laufen gestartet.' })
    expect(companion.state().session?.routine.steps[0]?.name).toBe('Zügig gehen oder locker joggen')
  })

  it('answers the command line in German with German numbers', async () => {
    const { companion } = reminderCompanion(morning, { locale: 'de-DE' })
    const reply = await runCommandLineCall(
      { name: 'logWater', input: { amountMl: 1250 } },
      { companion, clock: { now: () => morning } }
    )
    expect(reply.message).toMatch(
      /^1\.250\u00a0ml eingetragen\. Wasser heute: 1\.250 von [\d.]+\u00a0ml\.( Ziel erreicht\.)?$/
    )
  })

  it('speaks English when the system is English', async () => {
    const { companion } = reminderCompanion(morning, { locale: 'en-US' })
    const reply = await runCommandLineCall(
      { name: 'logWater', input: { amountMl: 250 } },
      { companion, clock: { now: () => morning } }
    )
    expect(reply.message).toMatch(/^Logged 250 ml\. Water today: 250 of [\d,]+ ml\.$/)
    expect(companion.state().routines[0]?.name).toBe('Pre-run warm-up')
  })
})
