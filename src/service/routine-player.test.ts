import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Routine } from '../core/routines/routine'
import { routineTotalMs, sessionPosition } from '../core/routines/routine-session'
import { ManualClock } from './manual-clock'
import { companionIn, tempDataDir } from './testing/temp-companion'

const start = new Date(2026, 10, 25, 7, 0).getTime()

/** A short custom routine: 10 s hold on both legs (5 s switch), then 20 s walk: 45 s in all. */
const shortRoutine: Routine = {
  id: 'custom-short',
  name: 'Short test routine',
  purpose: 'warm-up',
  description: 'For tests',
  builtIn: false,
  sourceIds: [],
  steps: [
    {
      id: 'hold',
      name: 'Hold',
      instructions: '',
      kind: 'hold',
      durationSeconds: 10,
      sides: 'both',
      sets: 1,
      restSeconds: 0,
      sourceIds: []
    },
    {
      id: 'walk',
      name: 'Walk',
      instructions: '',
      kind: 'cardio',
      durationSeconds: 20,
      sides: 'none',
      sets: 1,
      restSeconds: 0,
      sourceIds: []
    }
  ]
}

/** A companion whose user turned the get-ready countdown off, so timings read as the routine's own. */
function setUp(getReadySeconds = 0) {
  const clock = new ManualClock(start)
  const dataDir = tempDataDir()
  const companion = companionIn(dataDir, clock, undefined, { settings: { getReadySeconds } })
  return { clock, dataDir, companion }
}

/** Each pushed state's segment as "step:side:phase", in order. */
function segmentsPushed(companion: ReturnType<typeof setUp>['companion'], clock: ManualClock): string[] {
  const seen: string[] = []
  companion.onState((state) => {
    if (!state.session) return
    const position = sessionPosition(state.session, clock.now())
    seen.push(`${position.step.name}:${position.segment.side ?? '-'}:${position.segment.phase}`)
  })
  return seen
}

describe('routine sessions in the service', () => {
  it('keeps running with no window open and journals the routine when it completes, at the exact end time', async () => {
    const { clock, companion } = setUp()
    await companion.invoke('saveRoutine', { routine: shortRoutine })
    await companion.invoke('startRoutine', { routineId: 'custom-short' })
    expect(routineTotalMs(shortRoutine)).toBe(45_000)
    clock.advance(60_000)
    const state = companion.state()
    expect(state.session).toMatchObject({ status: 'completed', endedAtMs: start + 45_000 })
    expect(state.routinesToday).toEqual([
      expect.objectContaining({
        routineId: 'custom-short',
        completed: true,
        completedFraction: 1,
        endedAtMs: start + 45_000
      })
    ])
  })

  it('pushes a state change at each segment boundary, holding exactly one timer at a time', async () => {
    const { clock, companion } = setUp()
    await companion.invoke('saveRoutine', { routine: shortRoutine })
    const seen = segmentsPushed(companion, clock)
    await companion.invoke('startRoutine', { routineId: 'custom-short' })
    expect(clock.pendingTimers).toBe(1)
    for (let second = 0; second < 50; second += 1) {
      clock.advance(1000)
      expect(clock.pendingTimers).toBeLessThanOrEqual(1)
    }
    expect(seen).toEqual(['Hold:left:work', 'Hold:-:switch-sides', 'Hold:right:work', 'Walk:-:work', 'Walk:-:work'])
    expect(companion.state().session?.status).toBe('completed')
  })

  it('counts down the get-ready time the user chose before the first step and after the switch of sides', async () => {
    const { clock, companion } = setUp(5)
    await companion.invoke('saveRoutine', { routine: shortRoutine })
    const seen = segmentsPushed(companion, clock)
    await companion.invoke('startRoutine', { routineId: 'custom-short' })
    for (let second = 0; second < 60; second += 1) clock.advance(1000)
    expect(seen).toEqual([
      'Hold:left:get-ready',
      'Hold:left:work',
      'Hold:-:switch-sides',
      'Hold:right:get-ready',
      'Hold:right:work',
      'Walk:-:work',
      'Walk:-:work'
    ])
    expect(companion.state().routinesToday).toEqual([
      expect.objectContaining({
        completed: true,
        reachedEnd: true,
        activeMs: 55_000,
        plannedMs: 40_000,
        partsSkipped: 0
      })
    ])
  })

  it('journals a warm-up skipped through as reaching its end with its parts skipped, not as done', async () => {
    const { clock, companion } = setUp()
    await companion.invoke('startRoutine', { routineId: 'warm-up' })
    for (let press = 0; press < 40 && companion.state().session?.status === 'running'; press++) {
      clock.advance(1000)
      await companion.invoke('skipRoutineStep', {})
    }
    const [entry] = companion.state().routinesToday
    expect(entry).toMatchObject({ routineId: 'warm-up', completed: false, reachedEnd: true })
    expect(entry?.partsSkipped).toBe(entry?.parts)
  })

  it('pauses a running routine when the machine suspends, keeping the time left exactly', async () => {
    const { clock, companion } = setUp()
    await companion.invoke('startRoutine', { routineId: 'warm-up' })
    clock.advance(12_345)
    companion.systemSuspended()
    const paused = companion.state().session!
    const before = sessionPosition(paused, clock.now()).remainingTotalMs
    clock.advance(8 * 60 * 60 * 1000)
    expect(companion.state().session?.status).toBe('paused')
    expect(sessionPosition(companion.state().session!, clock.now()).remainingTotalMs).toBe(before)
    await companion.invoke('resumeRoutine', {})
    expect(sessionPosition(companion.state().session!, clock.now()).remainingTotalMs).toBe(before)
  })

  it('journals a stopped routine as abandoned with how far it got', async () => {
    const { clock, companion } = setUp()
    await companion.invoke('saveRoutine', { routine: shortRoutine })
    await companion.invoke('startRoutine', { routineId: 'custom-short' })
    clock.advance(9_000)
    await companion.invoke('stopRoutine', {})
    expect(companion.state().routinesToday).toEqual([
      // 9 s of the 40 s of planned work (the switch-sides pause is not work).
      expect.objectContaining({ completed: false, completedFraction: 0.225, activeMs: 9_000, endedAtMs: start + 9_000 })
    ])
    await companion.invoke('closeRoutine', {})
    expect(companion.state().session).toBeNull()
  })

  it('abandons and journals a running routine when another one is started', async () => {
    const { clock, companion } = setUp()
    await companion.invoke('startRoutine', { routineId: 'warm-up' })
    clock.advance(30_000)
    await companion.invoke('startRoutine', { routineId: 'cool-down' })
    const state = companion.state()
    expect(state.session?.routine.id).toBe('cool-down')
    expect(state.routinesToday.map((entry) => [entry.routineId, entry.completed])).toEqual([['warm-up', false]])
    expect(clock.pendingTimers).toBe(1)
  })

  it('restarts a finished routine as a new session, leaving the finished one in the journal', async () => {
    const { clock, companion } = setUp()
    await companion.invoke('saveRoutine', { routine: shortRoutine })
    await companion.invoke('startRoutine', { routineId: 'custom-short' })
    clock.advance(50_000)
    const finished = companion.state().session!
    await companion.invoke('restartRoutine', {})
    const again = companion.state().session!
    expect(again).toMatchObject({ status: 'running', startedAtMs: start + 50_000 })
    expect(again.id).not.toBe(finished.id)
    expect(companion.state().routinesToday.map((entry) => entry.id)).toEqual([finished.id])
  })

  it('says there is nothing to pause when no routine is in the player', async () => {
    const { companion } = setUp()
    expect(await companion.invoke('pauseRoutine', {})).toMatchObject({ ok: false, error: { code: 'not_found' } })
  })

  it('keeps a custom routine across a restart of the service', async () => {
    const { dataDir, companion } = setUp()
    await companion.invoke('saveRoutine', { routine: shortRoutine })
    companion.dispose()
    const again = companionIn(dataDir, new ManualClock(start))
    expect(again.state().routines.find((routine) => routine.id === 'custom-short')).toEqual(shortRoutine)
  })

  it('refuses an invalid routine, naming the field, and writes nothing', async () => {
    const { dataDir, companion } = setUp()
    await companion.invoke('saveRoutine', { routine: shortRoutine })
    const before = readFileSync(join(dataDir, 'routines.json'), 'utf8')
    const broken = { ...shortRoutine, steps: [{ ...shortRoutine.steps[0], durationSeconds: -5 }] }
    const outcome = await companion.invoke('saveRoutine', { routine: broken })
    expect(outcome).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', issues: [{ field: 'routine.steps.0.durationSeconds' }] }
    })
    expect(readFileSync(join(dataDir, 'routines.json'), 'utf8')).toBe(before)
  })

  it('lets a built-in be edited and reset to its original, but not deleted', async () => {
    const { companion } = setUp()
    const original = companion.state().routines.find((routine) => routine.id === 'warm-up')!
    await companion.invoke('saveRoutine', { routine: { ...original, name: 'My morning warm-up' } })
    expect(companion.state()).toMatchObject({ editedBuiltInIds: ['warm-up'] })
    expect(companion.state().routines.find((routine) => routine.id === 'warm-up')?.name).toBe('My morning warm-up')
    expect(await companion.invoke('deleteRoutine', { routineId: 'warm-up' })).toMatchObject({ ok: false })
    await companion.invoke('resetRoutine', { routineId: 'warm-up' })
    expect(companion.state().routines.find((routine) => routine.id === 'warm-up')).toEqual(original)
    expect(companion.state().editedBuiltInIds).toEqual([])
  })

  it('deletes a custom routine', async () => {
    const { companion } = setUp()
    await companion.invoke('saveRoutine', { routine: shortRoutine })
    await companion.invoke('deleteRoutine', { routineId: 'custom-short' })
    expect(companion.state().routines.some((routine) => routine.id === 'custom-short')).toBe(false)
  })

  it('asks the shell for the mini timer, and says when there is none', async () => {
    const opened: string[] = []
    const withShell = companionIn(tempDataDir(), new ManualClock(start), { openMiniTimer: () => opened.push('mini') })
    expect((await withShell.invoke('openMiniTimer', {})).ok).toBe(true)
    expect(opened).toEqual(['mini'])
    expect(await setUp().companion.invoke('openMiniTimer', {})).toMatchObject({
      ok: false,
      error: { code: 'not_supported' }
    })
  })
})

describe('starting at a step', () => {
  it('opens the relief routine at the chosen step (the tray relief guide)', async () => {
    const clock = new ManualClock(start)
    const companion = companionIn(tempDataDir(), clock)
    await companion.invoke('startRoutine', { routineId: 'cramp-relief', atStep: 2 })
    const session = companion.state().session!
    expect(sessionPosition(session, clock.now()).segment.stepIndex).toBe(2)
  })
})

describe('a routine in progress when Limber stops (a crash or a quit)', () => {
  /** The companion going away without any goodbye, as a crash does: only its files remain. */
  const crashAndRestart = (dataDir: string, clock: ManualClock) => companionIn(dataDir, clock)

  it('carries on where the clock says it is, with its timer armed, and completes into the journal', async () => {
    const { clock, dataDir, companion } = setUp()
    await companion.invoke('saveRoutine', { routine: shortRoutine })
    await companion.invoke('startRoutine', { routineId: 'custom-short' })
    clock.advance(12_000)
    companion.dispose()

    const later = new ManualClock(start + 22_000)
    const again = crashAndRestart(dataDir, later)
    const position = sessionPosition(again.state().session!, later.now())
    expect(position.step.name).toBe('Hold')
    expect(position.segment.side).toBe('right')
    expect(position.remainingInSegmentMs).toBe(3_000)
    expect(later.pendingTimers).toBe(1)

    later.advance(30_000)
    expect(again.state().session).toMatchObject({ status: 'completed', endedAtMs: start + 45_000 })
    expect(again.state().routinesToday).toEqual([
      expect.objectContaining({ routineId: 'custom-short', completed: true })
    ])
  })

  it('keeps a paused routine paused with the time it had left', async () => {
    const { clock, dataDir, companion } = setUp()
    await companion.invoke('startRoutine', { routineId: 'warm-up' })
    clock.advance(20_000)
    await companion.invoke('pauseRoutine', {})
    const left = sessionPosition(companion.state().session!, clock.now()).remainingTotalMs
    companion.dispose()

    const later = new ManualClock(start + 2 * 60 * 60 * 1000)
    const again = crashAndRestart(dataDir, later)
    expect(again.state().session?.status).toBe('paused')
    expect(sessionPosition(again.state().session!, later.now()).remainingTotalMs).toBe(left)
  })

  it('journals a routine that would have ended while Limber was down as stopped at the last step it saw, not as done', async () => {
    const { clock, dataDir, companion } = setUp()
    await companion.invoke('saveRoutine', { routine: shortRoutine })
    await companion.invoke('startRoutine', { routineId: 'custom-short' })
    // The boundaries at 10 s, 15 s and 25 s pass while Limber runs; then it dies during the walk.
    for (let second = 0; second < 30; second += 1) clock.advance(1_000)
    // Each boundary's save reaches the disk moments after it; the crash comes after the last one's.
    await companion.saved()
    companion.dispose()

    const nextMorning = new ManualClock(start + 60 * 60 * 1000)
    const again = crashAndRestart(dataDir, nextMorning)
    expect(again.state().session).toBeNull()
    expect(again.state().routinesToday).toEqual([
      expect.objectContaining({ routineId: 'custom-short', completed: false, endedAtMs: start + 25_000 })
    ])
    // Journalled once: a second start finds nothing left to restore.
    again.dispose()
    expect(crashAndRestart(dataDir, nextMorning).state().routinesToday).toHaveLength(1)
  })

  it('starts with no routine, and says the file was set aside, when the session file is damaged', () => {
    const { dataDir, companion } = setUp()
    companion.dispose()
    writeFileSync(join(dataDir, 'session.json'), '{"schemaVersion":1,"session":{"id":')
    const again = crashAndRestart(dataDir, new ManualClock(start))
    expect(again.state().session).toBeNull()
    expect(again.state().notices).toEqual([
      expect.objectContaining({ kind: 'store-recovered', store: 'session', reason: 'unreadable' })
    ])
  })
})
