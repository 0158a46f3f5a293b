process.env.TZ = 'Europe/Berlin'

import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { localMs } from '../core/reminders/planner-fixtures'
import type { Settings } from '../core/settings/settings'
import { inThreadActivityParser, type ActivityParser } from './activity-import'
import { cutShort, watchRunFit } from './activity-import/testing/fit-fixtures'
import type { Companion } from './companion'
import { companionIn, fakeClock, tempDataDir } from './testing/temp-companion'

const minute = 60_000
const day = '2026-06-16' // a Tuesday
const run: Settings['workouts'][number] = {
  id: 'morning-run',
  kind: 'run',
  time: '07:00',
  durationMinutes: 90,
  schedule: { type: 'weekly', weekdays: ['tue'] },
  addedAtMs: localMs('2026-06-01')
}
const base64 = (bytes: Uint8Array): string => Buffer.from(bytes).toString('base64')
const file = (name: string, bytes: Uint8Array) => ({ files: [{ name, dataBase64: base64(bytes) }] })

let companion: Companion | undefined
afterEach(() => companion?.dispose())

function setUp() {
  const dataDir = tempDataDir()
  const clock = fakeClock(localMs(day, '08:10'))
  companion = companionIn(dataDir, clock, undefined, { settings: { workouts: [run], dailyGoalMl: 2000 } })
  return { dataDir, clock, companion }
}

/** Every file of the data folder with its bytes. */
const folderBytes = (dataDir: string): Record<string, string> =>
  Object.fromEntries(
    readdirSync(dataDir)
      .filter((name) => !name.endsWith('.sock'))
      .map((name) => [name, readFileSync(join(dataDir, name)).toString('base64')])
  )

describe('importing a watch activity', () => {
  const runFit = watchRunFit({ startMs: localMs(day, '07:02'), minutes: 65 })

  it('adds a 65-minute run, marks the 07:00 plan done, raises the goal and moves the cool-down to the real end', async () => {
    const { companion } = setUp()
    const delay = companion.state().settings.reminders.coolDown.delayMinutes
    const coolDownAt = () => companion.state().reminders.upcoming.find((r) => r.kind === 'cool-down')?.dueAtMs
    // Planned: 07:00 for 90 minutes.
    expect(coolDownAt()).toBe(localMs(day, '08:30') + delay * minute)

    const outcome = await companion.call('importActivities', file('Morning_Run.fit', runFit))
    expect(outcome.ok).toBe(true)
    if (!outcome.ok) return
    expect(outcome.value.added).toEqual([
      expect.objectContaining({
        fileName: 'Morning_Run.fit',
        sport: 'run',
        startMs: localMs(day, '07:02'),
        durationMs: 65 * minute,
        matched: { workoutId: 'morning-run', date: day }
      })
    ])
    const state = companion.state()
    expect(state.activities.doneToday).toEqual([
      { workoutId: 'morning-run', date: day, activityId: outcome.value.added[0]!.id }
    ])
    expect(state.activities.todayRaiseMl).toBeGreaterThan(0)
    expect(state.today.goalMl).toBe(2000 + state.activities.todayRaiseMl)
    const [view] = state.activities.recent
    expect(view!.estimate.lowMl).toBeLessThan(view!.estimate.highMl)
    // Recorded: 07:02 to 08:07.
    expect(coolDownAt()).toBe(localMs(day, '08:07') + delay * minute)
    expect(
      state.reminders.upcoming.some((reminder) => reminder.kind === 'warm-up' && reminder.workoutId === run.id)
    ).toBe(false)
  })

  it('skips the same file the second time and says so', async () => {
    const { companion } = setUp()
    const first = await companion.call('importActivities', file('Morning_Run.fit', runFit))
    const again = await companion.call('importActivities', file('renamed.fit', runFit))
    if (!first.ok || !again.ok) throw new Error('import failed')
    expect(again.value.added).toEqual([])
    expect(again.value.duplicates).toEqual([{ fileName: 'renamed.fit', existingId: first.value.added[0]!.id }])
    expect(companion.state().activities.total).toBe(1)
  })

  it('refuses a truncated FIT with its reason and leaves the data folder byte for byte as it was', async () => {
    const { companion, dataDir } = setUp()
    await companion.saved()
    const before = folderBytes(dataDir)
    const outcome = await companion.call('importActivities', file('cut.fit', cutShort(runFit, 0.6)))
    if (!outcome.ok) throw new Error('the call itself failed')
    expect(outcome.value.added).toEqual([])
    expect(outcome.value.refused).toEqual([
      { fileName: 'cut.fit', code: 'fit-truncated', message: expect.stringContaining('cut short') }
    ])
    await companion.saved()
    expect(folderBytes(dataDir)).toEqual(before)
  })

  it('refuses input that is not base64 before reading anything', async () => {
    const { companion } = setUp()
    const outcome = await companion.invoke('importActivities', { files: [{ name: 'x.fit', dataBase64: '%%%' }] })
    expect(outcome.ok).toBe(false)
  })

  it('turns a weigh-in into a measured estimate, and refuses weights that cannot be', async () => {
    const { companion } = setUp()
    const imported = await companion.call('importActivities', file('Morning_Run.fit', runFit))
    if (!imported.ok) throw new Error('import failed')
    const activityId = imported.value.added[0]!.id
    const gained = await companion.call('recordWeighIn', {
      activityId,
      weighIn: { beforeKg: 70, afterKg: 71, drankMl: 0 }
    })
    expect(gained).toEqual({
      ok: false,
      error: expect.objectContaining({ code: 'refused', issues: [{ field: 'weighIn', message: 'weight-gained' }] })
    })
    const saved = await companion.call('recordWeighIn', {
      activityId,
      weighIn: { beforeKg: 70.4, afterKg: 69.6, drankMl: 250 }
    })
    expect(saved.ok).toBe(true)
    const [view] = companion.state().activities.recent
    expect(view!.estimate.reasoning.rate.basis).toBe('measured')
    // 0.8 kg lost plus 250 ml drunk: 1.05 L.
    expect(view!.estimate.lowMl).toBe(1050)
  })

  it('shows how far a slow import has come while it runs, and nothing once it is over', async () => {
    const dataDir = tempDataDir()
    let finish: () => void = () => {}
    const slowParser: ActivityParser = {
      parse: async (name, bytes, options) => {
        options?.onProgress?.({ doneBytes: bytes.length / 2, totalBytes: bytes.length, doneFiles: 0 })
        await new Promise<void>((resolve) => (finish = resolve))
        return inThreadActivityParser.parse(name, bytes)
      }
    }
    companion = companionIn(dataDir, fakeClock(localMs(day, '08:10')), undefined, { activityParser: slowParser })
    const importing = companion.call('importActivities', file('Morning_Run.fit', runFit))
    await new Promise((resolve) => setTimeout(resolve, 10))
    expect(companion.state().activities.importing).toEqual({
      doneBytes: runFit.length / 2,
      totalBytes: runFit.length
    })
    finish()
    const outcome = await importing
    expect(outcome.ok && outcome.value.added.length).toBe(1)
    expect(companion.state().activities.importing).toBeNull()
  })
})
