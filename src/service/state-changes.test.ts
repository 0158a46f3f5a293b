// Local days are the process's: fix the zone before any Date is made.
process.env.TZ = 'Europe/Berlin'

import { describe, expect, it } from 'vitest'
import { applyJsonPatch } from '../contract/json-patch'
import type { AppState, StateChanges, StateKey } from '../contract/state'
import type { Settings } from '../core/settings/settings'
import { companionIn, fakeClock, tempDataDir } from './testing/temp-companion'

const morning = new Date(2026, 10, 25, 9, 30).getTime()
const bytes = (value: unknown): number => Buffer.byteLength(JSON.stringify(value))

/** A window's copy after applying changes: whole slices replaced, patched ones patched. */
function rebuild(state: AppState, changes: StateChanges | undefined): Record<string, unknown> {
  const patched = Object.entries(changes?.patches ?? {}).map(([key, patch]) => [
    key,
    applyJsonPatch(state[key as StateKey], patch?.ops ?? [])
  ])
  return { ...state, ...changes?.slices, ...Object.fromEntries(patched) }
}
const changedKeys = (changes: StateChanges | undefined): string[] =>
  Object.keys({ ...changes?.slices, ...changes?.patches }).sort()
const run: Settings['workouts'][number] = {
  id: 'evening-run',
  kind: 'run',
  time: '18:00',
  durationMinutes: 75,
  schedule: { type: 'weekly', weekdays: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] }
}

/** A day in progress: the built-in routines, an evening run with its reminders planned, a few drinks logged. */
async function dayInProgress() {
  const clock = fakeClock(morning)
  const companion = companionIn(tempDataDir(), clock, undefined, { settings: { workouts: [run] } })
  for (const amountMl of [250]) {
    expect(await companion.invoke('logWater', { amountMl })).toMatchObject({ ok: true })
    clock.advance(20 * 60_000)
  }
  return { clock, companion }
}

describe('changes, not snapshots', () => {
  it('answers one glass with its entry and the changed slices in at most 1 KB, and pushes at most 1 KB', async () => {
    const { companion } = await dayInProgress()
    const state = companion.state()
    expect(state.routines.length).toBeGreaterThanOrEqual(3)
    expect(state.reminders.upcoming.map((reminder) => reminder.kind)).toEqual(
      expect.arrayContaining(['pre-workout-drink', 'electrolytes', 'warm-up', 'cool-down'])
    )
    const pushed: StateChanges[] = []
    companion.on('stateChanged', (changes) => pushed.push(changes))

    const reply = await companion.invoke('logWater', { amountMl: 250 })

    expect(reply).toMatchObject({ ok: true, value: { amountMl: 250 } })
    const changes = reply.ok ? reply.changes : undefined
    expect(pushed).toEqual([changes])
    // Today and the moved drink reminder travel; the routine library and the settings, unchanged, do not.
    expect(changedKeys(changes)).toEqual(['reminders', 'today'])
    expect(rebuild(state, changes)).toEqual(companion.state())
    expect(bytes(reply)).toBeLessThanOrEqual(1024)
    expect(pushed.reduce((sum, each) => sum + bytes(each), 0)).toBeLessThanOrEqual(1024)
    // The whole state, which each of them used to carry, is many times that.
    expect(bytes(state)).toBeGreaterThan(8 * 1024)
  })

  it('counts one revision per change, sends the library when it changes, and sends nothing for no change', async () => {
    const { companion } = await dayInProgress()
    const pushed: StateChanges[] = []
    companion.on('stateChanged', (changes) => pushed.push(changes))
    const { revision: start, state: before } = companion.snapshot()

    const relief = companion.state().routines.find((routine) => routine.id === 'cramp-relief')
    expect(relief).toBeDefined()
    const saved = await companion.invoke('saveRoutine', { routine: { ...relief!, name: 'My relief' } })
    const again = await companion.invoke('dismissNotice', { id: 'no-such-notice' })

    expect(saved).toMatchObject({ ok: true, changes: { revision: start + 1 } })
    const changes = saved.ok ? saved.changes : undefined
    expect(changedKeys(changes)).toEqual(['editedBuiltInIds', 'routines'])
    expect(rebuild(before, changes)).toEqual(companion.state())
    expect(again).toEqual({ ok: true, value: null })
    expect(pushed.map((changes) => changes.revision)).toEqual([start + 1])
    expect(companion.snapshot()).toMatchObject({ revision: start + 1, state: { editedBuiltInIds: ['cramp-relief'] } })
  })

  it('answers getState with the whole state and its revision, pushing nothing', async () => {
    const { companion } = await dayInProgress()
    const pushed: StateChanges[] = []
    companion.on('stateChanged', (changes) => pushed.push(changes))
    const outcome = await companion.invoke('getState', {})
    expect(outcome).toMatchObject({ ok: true, value: { revision: 1, state: { today: { totalMl: 250 } } } })
    expect(outcome).not.toHaveProperty('changes')
    expect(pushed).toEqual([])
  })
})
