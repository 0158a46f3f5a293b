import { describe, expect, it, vi } from 'vitest'
import type { AppState } from '../contract/state'
import { ManualClock } from '../service/manual-clock'
import { companionIn, tempDataDir } from '../service/testing/temp-companion'
import { formatVolume, sessionLine, trayMenuTemplate, trayTooltip, type TrayActions } from './tray-menu'

const startMs = Date.UTC(2026, 10, 25, 12)
const seconds = 1000

async function stateAfter(settings: Record<string, unknown>, drinksMl: number[]): Promise<AppState> {
  const companion = companionIn(tempDataDir())
  await companion.invoke('updateSettings', settings)
  for (const amountMl of drinksMl) await companion.invoke('logWater', { amountMl })
  return companion.state()
}

/** The built-in warm-up, started at `startMs`: 300 s brisk walk, then leg swings (24 s a side, 5 s switch, 10 s rest). */
async function warmUpAt(elapsedMs: number, calls: string[] = []): Promise<{ state: AppState; nowMs: number }> {
  const clock = new ManualClock(startMs)
  const companion = companionIn(tempDataDir(), clock)
  await companion.invoke('startRoutine', { routineId: 'warm-up' })
  clock.advance(elapsedMs)
  for (const call of calls) await companion.invoke(call, {})
  return { state: companion.state(), nowMs: clock.now() }
}

const noActions: TrayActions = {
  logWater: () => {},
  startRoutine: () => {},
  controlRoutine: () => {},
  openWindow: () => {},
  quit: () => {}
}
const labels = (state: AppState, nowMs = startMs): (string | undefined)[] =>
  trayMenuTemplate(state, noActions, 'en-US', nowMs).map((item) => (item.type === 'separator' ? '---' : item.label))

function clickIn(state: AppState, nowMs: number, id: string) {
  const actions = {
    logWater: vi.fn(),
    startRoutine: vi.fn(),
    controlRoutine: vi.fn(),
    openWindow: vi.fn(),
    quit: vi.fn()
  }
  const item = trayMenuTemplate(state, actions, 'en-US', nowMs).find((candidate) => candidate.id === id)
  ;(item?.click as () => void)()
  return actions
}

describe('trayMenuTemplate', () => {
  it("shows today's water, quick logging, one-click routines, then the window and quit, in that order", async () => {
    const state = await stateAfter({}, [250, 500])
    expect(labels(state)).toEqual([
      'Water today: 750 of 2,000 ml',
      'Log a glass (250 ml)',
      'Log a bottle (500 ml)',
      '---',
      'Start warm-up',
      'Start cool-down',
      'Cramp relief',
      '---',
      'Open Limber',
      '---',
      'Quit Limber'
    ])
    expect(trayMenuTemplate(state, noActions, 'en-US', startMs)[0]?.enabled).toBe(false)
  })

  it('uses the glass and bottle sizes from settings, in fluid ounces when the user chose them', async () => {
    const state = await stateAfter({ volumeUnit: 'floz', glassMl: 300, bottleMl: 750 }, [750])
    expect(labels(state).slice(0, 3)).toEqual([
      'Water today: 25.4 of 67.6 fl oz',
      'Log a glass (10.1 fl oz)',
      'Log a bottle (25.4 fl oz)'
    ])
  })

  it('says so once the goal is reached', async () => {
    const state = await stateAfter({ dailyGoalMl: 1000 }, [500, 750])
    expect(labels(state)[0]).toBe('Water today: 1,250 of 1,000 ml (goal reached)')
  })

  it('logs the configured glass or bottle, opens the window and quits when clicked', async () => {
    const state = await stateAfter({ glassMl: 300, bottleMl: 750 }, [])
    expect(clickIn(state, startMs, 'log-glass').logWater.mock.calls).toEqual([[300]])
    expect(clickIn(state, startMs, 'log-bottle').logWater.mock.calls).toEqual([[750]])
    expect(clickIn(state, startMs, 'open').openWindow).toHaveBeenCalledOnce()
    expect(clickIn(state, startMs, 'quit').quit).toHaveBeenCalledOnce()
  })

  it('starts the built-in warm-up, cool-down and cramp relief routines in one click', async () => {
    const state = await stateAfter({}, [])
    expect(clickIn(state, startMs, 'start-warm-up').startRoutine.mock.calls).toEqual([['warm-up']])
    expect(clickIn(state, startMs, 'start-cool-down').startRoutine.mock.calls).toEqual([['cool-down']])
    expect(clickIn(state, startMs, 'start-cramp-relief').startRoutine.mock.calls).toEqual([['cramp-relief']])
  })

  it('puts the running routine and its controls at the top', async () => {
    const { state, nowMs } = await warmUpAt(310 * seconds)
    expect(labels(state, nowMs).slice(0, 6)).toEqual([
      'Pre-run warm-up: Leg swings · left leg',
      'Pause routine',
      'Skip step',
      'Stop routine',
      '---',
      'Water today: 0 of 2,000 ml'
    ])
    expect(trayMenuTemplate(state, noActions, 'en-US', nowMs)[0]).toMatchObject({ id: 'session', enabled: false })
    expect(labels(state, nowMs)).toContain('Start warm-up')
  })

  it('offers to resume a paused routine and says it is paused', async () => {
    const { state, nowMs } = await warmUpAt(310 * seconds, ['pauseRoutine'])
    expect(labels(state, nowMs + 60 * seconds).slice(0, 4)).toEqual([
      'Paused — Leg swings',
      'Resume routine',
      'Skip step',
      'Stop routine'
    ])
  })

  it('steers the routine through the matching calls', async () => {
    const running = await warmUpAt(0)
    const paused = await warmUpAt(0, ['pauseRoutine'])
    expect(clickIn(running.state, running.nowMs, 'pause-routine').controlRoutine.mock.calls).toEqual([['pauseRoutine']])
    expect(clickIn(paused.state, paused.nowMs, 'resume-routine').controlRoutine.mock.calls).toEqual([['resumeRoutine']])
    expect(clickIn(running.state, running.nowMs, 'skip-step').controlRoutine.mock.calls).toEqual([['skipRoutineStep']])
    expect(clickIn(running.state, running.nowMs, 'stop-routine').controlRoutine.mock.calls).toEqual([['stopRoutine']])
  })

  it('drops the routine block once the routine is stopped', async () => {
    const { state, nowMs } = await warmUpAt(10 * seconds, ['stopRoutine'])
    expect(state.session?.status).toBe('abandoned')
    expect(labels(state, nowMs)[0]).toBe('Water today: 0 of 2,000 ml')
  })

  it('doubles an ampersand in a routine name, so the menu shows it instead of reading a mnemonic', async () => {
    const { state, nowMs } = await warmUpAt(0)
    const session = state.session
    if (!session) throw new Error('expected a session')
    const renamed = { ...state, session: { ...session, routine: { ...session.routine, name: 'Hips & hamstrings' } } }
    expect(labels(renamed, nowMs)[0]).toBe('Hips && hamstrings: Brisk walk or easy jog')
    expect(trayTooltip(renamed, 'en-US', nowMs)).toContain('Hips & hamstrings')
  })
})

describe('sessionLine', () => {
  it('names the routine, the step and the leg, from the time passed in', async () => {
    const cases: [number, string][] = [
      [0, 'Pre-run warm-up: Brisk walk or easy jog'],
      [300 * seconds, 'Pre-run warm-up: Leg swings · left leg'],
      [324 * seconds, 'Pre-run warm-up: Leg swings · switch sides'],
      [329 * seconds, 'Pre-run warm-up: Leg swings · right leg'],
      [353 * seconds, 'Pre-run warm-up: Leg swings · rest']
    ]
    const { state } = await warmUpAt(0)
    for (const [elapsedMs, line] of cases) expect(sessionLine(state, startMs + elapsedMs)).toBe(line)
  })

  it('says the routine is done once its time has run out, before the service settles it', async () => {
    const { state } = await warmUpAt(0)
    expect(sessionLine(state, startMs + 3 * 3600 * seconds)).toBe('Pre-run warm-up: done')
  })

  it('is empty when no routine is running or paused', async () => {
    expect(sessionLine(await stateAfter({}, []), startMs)).toBeNull()
  })
})

describe('trayTooltip', () => {
  it("sums up today's water", async () => {
    expect(trayTooltip(await stateAfter({}, [250]), 'en-US', startMs)).toBe('Limber: 250 of 2,000 ml water today')
  })

  it('adds the routine in progress on a second line', async () => {
    const { state, nowMs } = await warmUpAt(0, ['pauseRoutine'])
    expect(trayTooltip(state, 'en-US', nowMs)).toBe(
      'Limber: 0 of 2,000 ml water today\nPaused — Brisk walk or easy jog'
    )
  })
})

describe('formatVolume', () => {
  it("groups digits the way the person's locale does", () => {
    expect(formatVolume(2500, 'ml', 'en-US')).toBe('2,500 ml')
    expect(formatVolume(2500, 'ml', 'de-DE')).toBe('2.500 ml')
    expect(formatVolume(250, 'floz', 'de-DE')).toBe('8,5 fl oz')
  })
})
