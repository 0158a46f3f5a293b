import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { companionIn, fakeClock, tempDataDir } from './testing/temp-companion'

const noon = new Date(2026, 10, 25, 12).getTime()

describe('companion', () => {
  it('plans no reminders for a new user until the first-run setup is finished or skipped', async () => {
    const companion = companionIn(tempDataDir(), fakeClock(noon), undefined, { firstRun: true })
    expect(companion.state().settings.setupCompleted).toBe(false)
    expect(companion.state().reminders.upcoming).toEqual([])
    const outcome = await companion.invoke('updateSettings', { setupCompleted: true })
    expect(outcome.ok && companion.state().reminders.upcoming.map((reminder) => reminder.kind)).toEqual(['hydration'])
  })

  it('keeps settings and water across a restart on the same data folder', async () => {
    const dataDir = tempDataDir()
    const first = companionIn(dataDir, fakeClock(noon))
    await first.invoke('updateSettings', { dailyGoalMl: 2600, volumeUnit: 'floz' })
    await first.invoke('logWater', { amountMl: 250 })
    await first.invoke('logWater', { amountMl: 500 })
    const again = companionIn(dataDir, fakeClock(noon + 60_000)).state()
    expect(again.settings).toMatchObject({ dailyGoalMl: 2600, volumeUnit: 'floz' })
    expect(again.today.totalMl).toBe(750)
  })

  it('records when each planned workout was added, and keeps that date when the plan changes later', async () => {
    const clock = fakeClock(noon)
    const companion = companionIn(tempDataDir(), clock)
    const run = { id: 'run', kind: 'run', time: '18:00', durationMinutes: 45 } as const
    await companion.invoke('updateSettings', {
      workouts: [{ ...run, schedule: { type: 'weekly', weekdays: ['mon'] } }]
    })
    clock.advance(3 * 24 * 3600_000)
    const gym = {
      id: 'gym',
      kind: 'gym',
      time: '07:00',
      durationMinutes: 30,
      schedule: { type: 'once', date: '2026-12-01' }
    } as const
    await companion.invoke('updateSettings', {
      workouts: [{ ...run, schedule: { type: 'weekly', weekdays: ['mon', 'thu'] } }, gym]
    })
    expect(companion.state().settings.workouts.map((workout) => [workout.id, workout.addedAtMs])).toEqual([
      ['run', noon],
      ['gym', noon + 3 * 24 * 3600_000]
    ])
  })

  it('refuses an invalid goal, names the field, and leaves the settings file untouched', async () => {
    const dataDir = tempDataDir()
    const companion = companionIn(dataDir)
    await companion.invoke('updateSettings', { dailyGoalMl: 2200 })
    const before = readFileSync(join(dataDir, 'settings.json'), 'utf8')
    const outcome = await companion.invoke('updateSettings', { dailyGoalMl: 20, glassMl: 300 })
    expect(outcome).toMatchObject({ ok: false, error: { code: 'invalid_input', issues: [{ field: 'dailyGoalMl' }] } })
    expect(readFileSync(join(dataDir, 'settings.json'), 'utf8')).toBe(before)
    expect(companion.state().settings.glassMl).toBe(250)
  })

  it('undoes only the newest drink of today, and says so when there is nothing to undo', async () => {
    const clock = fakeClock(noon)
    const companion = companionIn(tempDataDir(), clock)
    expect(await companion.invoke('undoLastWater', {})).toMatchObject({ ok: false, error: { code: 'not_found' } })
    await companion.invoke('logWater', { amountMl: 250 })
    clock.advance(60_000)
    await companion.invoke('logWater', { amountMl: 400 })
    const outcome = await companion.invoke('undoLastWater', {})
    expect(outcome.ok && companion.state().today.entries.map((entry) => entry.amountMl)).toEqual([250])
  })

  it("removes one drink logged by mistake, whichever it was, and lowers today's total", async () => {
    const clock = fakeClock(noon)
    const companion = companionIn(tempDataDir(), clock)
    await companion.invoke('logWater', { amountMl: 250 })
    clock.advance(60_000)
    await companion.invoke('logWater', { amountMl: 500 })
    const [glass, bottle] = companion.state().today.entries
    const outcome = await companion.invoke('removeWater', { id: glass?.id ?? '' })
    expect(outcome.ok && companion.state().today).toMatchObject({ totalMl: 500, entries: [bottle] })
  })

  it('refuses to remove a drink that is not in the journal, and leaves the journal file untouched', async () => {
    const dataDir = tempDataDir()
    const companion = companionIn(dataDir, fakeClock(noon))
    await companion.invoke('logWater', { amountMl: 250 })
    const before = readFileSync(join(dataDir, 'journal.json'), 'utf8')
    expect(await companion.invoke('removeWater', { id: 'not-a-drink' })).toEqual({
      ok: false,
      error: { code: 'not_found', message: 'No drink with that id', issues: [] }
    })
    expect(readFileSync(join(dataDir, 'journal.json'), 'utf8')).toBe(before)
    expect(companion.state().today.totalMl).toBe(250)
  })

  it('counts only drinks from the current local day', async () => {
    const clock = fakeClock(new Date(2026, 10, 24, 23, 30).getTime())
    const companion = companionIn(tempDataDir(), clock)
    await companion.invoke('logWater', { amountMl: 300 })
    clock.set(new Date(2026, 10, 25, 0, 30).getTime())
    await companion.invoke('logWater', { amountMl: 200 })
    expect(companion.state().today).toMatchObject({ totalMl: 200, date: '2026-11-25' })
  })

  it('pushes the new state to subscribers after each change, and stops after unsubscribe', async () => {
    const companion = companionIn(tempDataDir())
    const totals: number[] = []
    const unsubscribe = companion.on('stateChanged', (changes) => totals.push(changes.slices.today?.totalMl ?? -1))
    await companion.invoke('logWater', { amountMl: 250 })
    unsubscribe()
    await companion.invoke('logWater', { amountMl: 250 })
    expect(totals).toEqual([250])
  })

  it('answers an unknown call with a typed error', async () => {
    expect(await companionIn(tempDataDir()).invoke('formatDisk', {})).toMatchObject({
      ok: false,
      error: { code: 'unknown_call' }
    })
  })

  it('dismisses a notice for good in this run', async () => {
    const dataDir = tempDataDir()
    const { writeFileSync } = await import('node:fs')
    writeFileSync(join(dataDir, 'journal.json'), '{')
    const companion = companionIn(dataDir)
    expect(companion.state().notices).toHaveLength(1)
    await companion.invoke('dismissNotice', { id: 'recovered-journal' })
    expect(companion.state().notices).toEqual([])
  })

  it('logs a backdated cramp with its details and keeps it across a restart', async () => {
    const dataDir = tempDataDir()
    const clock = fakeClock(noon)
    const cramp = {
      startedAtMs: noon - 3 * 60 * 60_000,
      leg: 'left',
      location: 'back-of-thigh',
      severity: 4,
      durationMinutes: 2,
      context: 'after-workout',
      symptoms: ['numbness-or-tingling']
    }
    expect((await companionIn(dataDir, clock).invoke('logCramp', { cramp })).ok).toBe(true)
    expect(companionIn(dataDir, clock).state().recentCramps).toEqual([expect.objectContaining(cramp)])
  })

  it('refuses a cramp in the future or with an impossible severity, naming the field, and logs nothing', async () => {
    const companion = companionIn(tempDataDir(), fakeClock(noon))
    const cramp = {
      startedAtMs: noon,
      leg: 'right',
      location: 'calf',
      severity: 2,
      durationMinutes: 1,
      context: 'at-night',
      symptoms: []
    }
    expect(await companion.invoke('logCramp', { cramp: { ...cramp, startedAtMs: noon + 60 * 60_000 } })).toMatchObject({
      ok: false,
      error: { issues: [{ field: 'cramp.startedAtMs' }] }
    })
    expect(await companion.invoke('logCramp', { cramp: { ...cramp, severity: 9 } })).toMatchObject({
      ok: false,
      error: { issues: [{ field: 'cramp.severity' }] }
    })
    expect(companion.state().recentCramps).toEqual([])
  })
})
