// Local days are the process's: fix the zone before any Date is made.
process.env.TZ = 'Europe/Berlin'

import { readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { AnyCallOutcome } from '../contract/contract'
import type { AppState } from '../contract/state'
import type { ExportFiles, ImportReport } from '../core/transfer/data-transfer'
import type { HistoryView } from '../core/history/history'
import type { CrampReport } from '../core/journal/cramps'
import { companionIn, fakeClock, tempDataDir } from './testing/temp-companion'

const noon = new Date(2026, 10, 25, 12).getTime()
const DAY_MS = 86_400_000

const cramp = (startedAtMs: number, extra: Partial<CrampReport> = {}): CrampReport => ({
  startedAtMs,
  leg: 'left',
  location: 'back-of-thigh',
  severity: 3,
  durationMinutes: 2,
  context: 'during-workout',
  symptoms: [],
  disturbedSleep: false,
  ...extra
})

function valueOf<T>(outcome: AnyCallOutcome): T {
  if (!outcome.ok) throw new Error(`call failed: ${outcome.error.message}`)
  return outcome.value as T
}

/** The companion's state after a call that succeeded. */
function stateAfter(companion: { state(): AppState }, outcome: AnyCallOutcome): AppState {
  if (!outcome.ok) throw new Error(`call failed: ${outcome.error.message}`)
  return companion.state()
}

describe('warning signs in the companion', () => {
  it('raises a see-a-professional sign for a cramp with numbness, once, until it is read', async () => {
    const companion = companionIn(tempDataDir(), fakeClock(noon))
    const state = stateAfter(
      companion,
      await companion.invoke('logCramp', { cramp: cramp(noon - 600_000, { symptoms: ['numbness-or-tingling'] }) })
    )
    expect(state.pendingWarnings).toEqual([
      expect.objectContaining({ kind: 'symptoms', symptoms: ['numbness-or-tingling'] })
    ])
    const ids = state.pendingWarnings.map((sign) => sign.id)
    expect(stateAfter(companion, await companion.invoke('acknowledgeWarnings', { ids })).pendingWarnings).toEqual([])
    // Still listed in the history, marked as read.
    const history = valueOf<HistoryView>(await companion.invoke('getHistory', {}))
    expect(history.warnings).toEqual([expect.objectContaining({ id: ids[0], acknowledged: true })])
  })

  it('raises the frequency sign on the third day with cramps within a week, and keeps it read after a restart', async () => {
    const dataDir = tempDataDir()
    const clock = fakeClock(noon)
    const companion = companionIn(dataDir, clock)
    for (const day of [0, 2]) {
      clock.set(noon + day * DAY_MS)
      const state = stateAfter(companion, await companion.invoke('logCramp', { cramp: cramp(clock.now() - 60_000) }))
      expect(state.pendingWarnings).toEqual([])
    }
    clock.set(noon + 4 * DAY_MS)
    const third = stateAfter(companion, await companion.invoke('logCramp', { cramp: cramp(clock.now() - 60_000) }))
    expect(third.pendingWarnings.map((sign) => sign.kind)).toEqual(['frequent'])
    await companion.invoke('acknowledgeWarnings', { ids: third.pendingWarnings.map((sign) => sign.id) })
    expect(companionIn(dataDir, clock).state().pendingWarnings).toEqual([])
  })

  it('takes back the sign of a cramp deleted as a mistake, from the panel and from the history', async () => {
    const companion = companionIn(tempDataDir(), fakeClock(noon))
    const logged = stateAfter(
      companion,
      await companion.invoke('logCramp', { cramp: cramp(noon - 600_000, { symptoms: ['numbness-or-tingling'] }) })
    )
    expect(logged.pendingWarnings).not.toEqual([])
    const id = logged.recentCramps[0]?.id ?? ''
    const deleted = stateAfter(companion, await companion.invoke('deleteCramp', { id }))
    expect(deleted.recentCramps).toEqual([])
    expect(deleted.pendingWarnings).toEqual([])
    expect(valueOf<HistoryView>(await companion.invoke('getHistory', {})).warnings).toEqual([])
  })

  it('no longer counts a deleted cramp towards cramps on three days within a week', async () => {
    const clock = fakeClock(noon)
    const companion = companionIn(tempDataDir(), clock)
    for (const day of [0, 2, 4]) {
      clock.set(noon + day * DAY_MS)
      await companion.invoke('logCramp', { cramp: cramp(clock.now() - 60_000) })
    }
    const [newest, middle, oldest] = companion.state().recentCramps
    expect(companion.state().pendingWarnings.map((sign) => sign.kind)).toEqual(['frequent'])
    const deleted = stateAfter(companion, await companion.invoke('deleteCramp', { id: middle?.id ?? '' }))
    expect(deleted.recentCramps.map((entry) => entry.id)).toEqual([newest?.id, oldest?.id])
    expect(deleted.pendingWarnings).toEqual([])
  })

  it('refuses to delete a cramp that is not in the journal, and leaves the journal file untouched', async () => {
    const dataDir = tempDataDir()
    const companion = companionIn(dataDir, fakeClock(noon))
    await companion.invoke('logCramp', { cramp: cramp(noon - 600_000) })
    const before = readFileSync(join(dataDir, 'journal.json'), 'utf8')
    expect(await companion.invoke('deleteCramp', { id: 'not-a-cramp' })).toEqual({
      ok: false,
      error: { code: 'not_found', message: 'No cramp with that id', issues: [] }
    })
    expect(readFileSync(join(dataDir, 'journal.json'), 'utf8')).toBe(before)
    expect(companion.state().recentCramps).toHaveLength(1)
  })

  it('refuses to mark a sign read that was never raised', async () => {
    const companion = companionIn(tempDataDir(), fakeClock(noon))
    expect(await companion.invoke('acknowledgeWarnings', { ids: ['symptoms:nope'] })).toMatchObject({
      ok: false,
      error: { code: 'not_found' }
    })
  })
})

describe('urine-colour check-in', () => {
  it("shows today's check-in, and a second one today replaces the first", async () => {
    const clock = fakeClock(noon)
    const companion = companionIn(tempDataDir(), clock)
    expect(companion.state().urineToday).toBeNull()
    await companion.invoke('checkInUrine', { level: 5 })
    clock.advance(3_600_000)
    expect(stateAfter(companion, await companion.invoke('checkInUrine', { level: 3 })).urineToday).toBe(3)
    const history = valueOf<HistoryView>(await companion.invoke('getHistory', {}))
    expect(history.urine).toEqual([{ date: '2026-11-25', level: 3 }])
    clock.advance(DAY_MS)
    expect(companion.state().urineToday).toBeNull()
  })

  it('refuses a level off the scale', async () => {
    const companion = companionIn(tempDataDir(), fakeClock(noon))
    expect(await companion.invoke('checkInUrine', { level: 9 })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' }
    })
  })
})

describe('export, delete everything, import', () => {
  async function journalWithHistory(clock: ReturnType<typeof fakeClock>) {
    const dataDir = tempDataDir()
    const companion = companionIn(dataDir, clock)
    await companion.invoke('updateSettings', { dailyGoalMl: 2400 })
    for (let day = 40; day >= 0; day -= 1) {
      clock.set(noon - day * DAY_MS)
      await companion.invoke('logWater', { amountMl: 500 + (day % 4) * 250 })
      await companion.invoke('logWater', { amountMl: 1000 })
      if (day % 9 === 0)
        await companion.invoke('logCramp', { cramp: cramp(clock.now() - 60_000, { severity: 1 + (day % 5) }) })
    }
    return { dataDir, companion }
  }

  it('brings the history back exactly as it was', async () => {
    const clock = fakeClock(noon)
    const { companion } = await journalWithHistory(clock)
    const before = valueOf<HistoryView>(await companion.invoke('getHistory', {}))
    const files = valueOf<ExportFiles>(await companion.invoke('exportData', {}))
    expect(files.fileStem).toBe('limber-2026-11-25')

    const afterDelete = stateAfter(companion, await companion.invoke('deleteAllData', { confirm: 'delete' }))
    expect(afterDelete.today.totalMl).toBe(0)
    expect(afterDelete.settings.dailyGoalMl).not.toBe(2400)
    expect(valueOf<HistoryView>(await companion.invoke('getHistory', {})).firstDate).toBeNull()

    const imported = valueOf<ImportReport>(
      await companion.invoke('importData', { text: files.json, restoreSettings: true })
    )
    expect(imported).toMatchObject({ added: { water: 82, cramps: 5 }, keptExisting: 0, settingsRestored: true })
    expect(companion.state().settings.dailyGoalMl).toBe(2400)
    expect(valueOf<HistoryView>(await companion.invoke('getHistory', {}))).toEqual(before)
    const again = valueOf<ExportFiles>(await companion.invoke('exportData', {}))
    expect(again.json).toBe(files.json)
  })

  it('refuses a cut-short file with a message and changes nothing on disk', async () => {
    const clock = fakeClock(noon)
    const { dataDir, companion } = await journalWithHistory(clock)
    const files = valueOf<ExportFiles>(await companion.invoke('exportData', {}))
    const journalBefore = readFileSync(join(dataDir, 'journal.json'), 'utf8')
    const outcome = await companion.invoke('importData', { text: files.json.slice(0, 500), restoreSettings: true })
    expect(outcome).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', issues: [{ field: 'file', message: expect.stringContaining('not valid JSON') }] }
    })
    expect(readFileSync(join(dataDir, 'journal.json'), 'utf8')).toBe(journalBefore)
  })

  it('previews an import without changing anything, naming the settings the file would change', async () => {
    const clock = fakeClock(noon)
    const { dataDir, companion } = await journalWithHistory(clock)
    const files = valueOf<ExportFiles>(await companion.invoke('exportData', {}))
    await companion.invoke('deleteAllData', { confirm: 'delete' })
    const settingsBefore = readFileSync(join(dataDir, 'settings.json'), 'utf8')
    const journalBefore = readFileSync(join(dataDir, 'journal.json'), 'utf8')
    const preview = valueOf<ImportReport>(
      await companion.invoke('importData', { text: files.json, restoreSettings: true, preview: true })
    )
    expect(preview.added).toMatchObject({ water: 82, cramps: 5 })
    expect(preview.settingsChanges).toContainEqual({ field: 'dailyGoalMl', current: 2000, incoming: 2400 })
    expect(companion.state().today.totalMl).toBe(0)
    expect(readFileSync(join(dataDir, 'settings.json'), 'utf8')).toBe(settingsBefore)
    expect(readFileSync(join(dataDir, 'journal.json'), 'utf8')).toBe(journalBefore)
  })

  it('adds nothing when the same export is imported twice', async () => {
    const clock = fakeClock(noon)
    const { companion } = await journalWithHistory(clock)
    const files = valueOf<ExportFiles>(await companion.invoke('exportData', {}))
    const result = valueOf<ImportReport>(
      await companion.invoke('importData', { text: files.json, restoreSettings: false })
    )
    expect(Object.values(result.added).every((count) => count === 0)).toBe(true)
    expect(result.alreadyThere).toBeGreaterThan(0)
  })

  it('deletes only with the typed confirmation', async () => {
    const companion = companionIn(tempDataDir(), fakeClock(noon))
    await companion.invoke('logWater', { amountMl: 300 })
    expect(await companion.invoke('deleteAllData', { confirm: 'yes' })).toMatchObject({ ok: false })
    expect(companion.state().today.totalMl).toBe(300)
  })
})

describe('journal compaction', () => {
  it('folds days older than the detail window into daily totals when Limber starts, keeping the totals', async () => {
    const dataDir = tempDataDir()
    const clock = fakeClock(noon - 200 * DAY_MS)
    const companion = companionIn(dataDir, clock)
    await companion.invoke('logWater', { amountMl: 700 })
    await companion.invoke('logWater', { amountMl: 300 })
    clock.set(noon)
    const restarted = companionIn(dataDir, clock)
    await restarted.saved()
    const stored = JSON.parse(readFileSync(join(dataDir, 'journal.json'), 'utf8')) as {
      water: unknown[]
      days: unknown[]
    }
    expect(stored.water).toEqual([])
    expect(stored.days).toEqual([expect.objectContaining({ waterMl: 1000, drinks: 2 })])
    expect(valueOf<HistoryView>(await restarted.invoke('getHistory', {})).firstDate).toBe('2026-05-09')
  })

  it('reads a version 1 journal (before daily totals) without setting anything aside', () => {
    const dataDir = tempDataDir()
    const drink = { id: 'd1', loggedAtMs: noon - 3_600_000, amountMl: 400 }
    writeFileSync(
      join(dataDir, 'journal.json'),
      JSON.stringify({ schemaVersion: 1, water: [drink], routines: [], reminders: [], cramps: [] })
    )
    const state = companionIn(dataDir, fakeClock(noon)).state()
    expect(state.today.totalMl).toBe(400)
    expect(state.notices).toEqual([])
    expect(readdirSync(dataDir).filter((name) => name.includes('journal.json.'))).toEqual([])
  })
})
