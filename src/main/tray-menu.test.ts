import { describe, expect, it } from 'vitest'
import type { AppState } from '../contract/state'
import { builtInRoutine } from '../core/routines/builtin-routines'
import { abandonSession, pauseSession, startSession, type RoutineSession } from '../core/routines/routine-session'
import { formatVolume } from './tray-format'
import { sessionLine, trayMenuTemplate, trayTooltip } from './tray-menu'
import { appStateFixture, type AppStateFixture } from '../contract/testing/app-state'
import { clickMenuItem, findMenuItem, menuLabels, submenuLabels } from './testing/menu'
import { trayActionSpies } from './testing/tray-actions'

// Local noon, so the day and the clock times read the same in any time zone the tests run in.
const startMs = new Date(2026, 10, 25, 12, 0).getTime()
const seconds = 1000

const stateWith = (fixture: Partial<AppStateFixture> = {}): AppState => appStateFixture({ nowMs: startMs, ...fixture })

function warmUp(): RoutineSession {
  const routine = builtInRoutine('warm-up')
  if (!routine) throw new Error('expected the built-in warm-up')
  return startSession(routine, 'session-1', startMs)
}

/** The built-in warm-up started at `startMs`: 300 s brisk walk, then leg swings (24 s a side, 5 s switch, 10 s rest). */
function warmUpAt(elapsedMs: number, change?: 'paused' | 'stopped'): { state: AppState; nowMs: number } {
  const nowMs = startMs + elapsedMs
  let session = warmUp()
  if (change === 'paused') session = pauseSession(session, nowMs)
  if (change === 'stopped') session = abandonSession(session, nowMs)
  return { state: stateWith({ session }), nowMs }
}

const template = (state: AppState, nowMs = startMs, locale = 'en-US') =>
  trayMenuTemplate(state, trayActionSpies(), locale, nowMs)
const labels = (state: AppState, nowMs = startMs) => menuLabels(template(state, nowMs))

function clickIn(state: AppState, id: string, nowMs = startMs) {
  const actions = trayActionSpies()
  clickMenuItem(trayMenuTemplate(state, actions, 'en-US', nowMs), id)
  return actions
}

describe('trayMenuTemplate', () => {
  it("shows today's water and the next reminder, logging, routines and relief, reminder pausing, then the window and quit", () => {
    const state = stateWith({ drinksMl: [250, 500] })
    expect(labels(state)).toEqual([
      'Water today: 750 of 2,000 ml',
      'No more reminders today',
      'Log water',
      '---',
      'Start warm-up',
      'Start cool-down',
      'I have a cramp',
      'Quick relief guide',
      '---',
      'Pause reminders',
      'Do not disturb',
      '---',
      'Open Limber',
      'Show widget',
      '---',
      'Quit Limber'
    ])
    expect(
      template(state)
        .slice(0, 2)
        .map((item) => item.enabled)
    ).toEqual([false, false])
  })

  it('offers the configured glass and bottle and a small drink under "Log water"', () => {
    expect(submenuLabels(template(stateWith()), 'log-water')).toEqual(['Glass (250 ml)', 'Bottle (500 ml)', '100 ml'])
  })

  it('uses the glass and bottle sizes from settings, in fluid ounces when the user chose them', () => {
    const state = stateWith({ settings: { volumeUnit: 'floz', glassMl: 300, bottleMl: 750 }, drinksMl: [750] })
    expect(labels(state)[0]).toBe('Water today: 25.4 of 67.6 fl oz')
    expect(submenuLabels(template(state), 'log-water')).toEqual([
      'Glass (10.1 fl oz)',
      'Bottle (25.4 fl oz)',
      '3.4 fl oz'
    ])
  })

  it('leaves out the small drink when the glass is already that size', () => {
    expect(submenuLabels(template(stateWith({ settings: { glassMl: 100 } })), 'log-water')).toEqual([
      'Glass (100 ml)',
      'Bottle (500 ml)'
    ])
  })

  it('says so once the goal is reached', () => {
    const state = stateWith({ settings: { dailyGoalMl: 1000 }, drinksMl: [500, 750] })
    expect(labels(state)[0]).toBe('Water today: 1,250 of 1,000 ml (goal reached)')
  })

  it('logs the configured glass, bottle or small drink, opens the window and quits when clicked', () => {
    const state = stateWith({ settings: { glassMl: 300, bottleMl: 750 } })
    expect(clickIn(state, 'log-glass').logWater.mock.calls).toEqual([[300]])
    expect(clickIn(state, 'log-bottle').logWater.mock.calls).toEqual([[750]])
    expect(clickIn(state, 'log-small').logWater.mock.calls).toEqual([[100]])
    expect(clickIn(state, 'open').openWindow).toHaveBeenCalledOnce()
    expect(clickIn(state, 'quit').quit).toHaveBeenCalledOnce()
  })

  it('ticks "Show widget" while the widget is on, and a click asks for the other state', () => {
    const off = stateWith()
    const on = stateWith({ settings: { widget: { enabled: true } } })
    expect(findMenuItem(template(off), 'show-widget')).toMatchObject({ type: 'checkbox', checked: false })
    expect(findMenuItem(template(on), 'show-widget')).toMatchObject({ type: 'checkbox', checked: true })
    expect(clickIn(off, 'show-widget').setWidgetEnabled.mock.calls).toEqual([[true]])
    expect(clickIn(on, 'show-widget').setWidgetEnabled.mock.calls).toEqual([[false]])
  })

  it('starts the built-in warm-up and cool-down in one click', () => {
    const state = stateWith()
    expect(clickIn(state, 'start-warm-up').startRoutine.mock.calls).toEqual([['warm-up']])
    expect(clickIn(state, 'start-cool-down').startRoutine.mock.calls).toEqual([['cool-down']])
  })

  it('puts the running routine and its controls at the top', () => {
    const { state, nowMs } = warmUpAt(310 * seconds)
    expect(labels(state, nowMs).slice(0, 6)).toEqual([
      'Pre-run warm-up: Leg swings · left leg',
      'Pause routine',
      'Skip step',
      'Stop routine',
      '---',
      'Water today: 0 of 2,000 ml'
    ])
    expect(template(state, nowMs)[0]).toMatchObject({ id: 'session', enabled: false })
    expect(labels(state, nowMs)).toContain('Start warm-up')
  })

  it('offers to resume a paused routine and says it is paused', () => {
    const { state, nowMs } = warmUpAt(310 * seconds, 'paused')
    expect(labels(state, nowMs + 60 * seconds).slice(0, 4)).toEqual([
      'Paused — Leg swings',
      'Resume routine',
      'Skip step',
      'Stop routine'
    ])
  })

  it('steers the routine through the matching calls', () => {
    const running = warmUpAt(0)
    const paused = warmUpAt(0, 'paused')
    expect(clickIn(running.state, 'pause-routine').controlRoutine.mock.calls).toEqual([['pauseRoutine']])
    expect(clickIn(paused.state, 'resume-routine').controlRoutine.mock.calls).toEqual([['resumeRoutine']])
    expect(clickIn(running.state, 'skip-step').controlRoutine.mock.calls).toEqual([['skipRoutineStep']])
    expect(clickIn(running.state, 'stop-routine').controlRoutine.mock.calls).toEqual([['stopRoutine']])
  })

  it('drops the routine block once the routine is stopped', () => {
    const { state, nowMs } = warmUpAt(10 * seconds, 'stopped')
    expect(labels(state, nowMs)[0]).toBe('Water today: 0 of 2,000 ml')
  })

  it('doubles an ampersand in a routine name, so the menu shows it instead of reading a mnemonic', () => {
    const session = warmUp()
    const renamed = stateWith({ session: { ...session, routine: { ...session.routine, name: 'Hips & hamstrings' } } })
    expect(labels(renamed)[0]).toBe('Hips && hamstrings: Brisk walk or easy jog')
    expect(trayTooltip(renamed, 'en-US', startMs)).toContain('Hips & hamstrings')
  })
})

describe('sessionLine', () => {
  it('names the routine, the step and the leg, from the time passed in', () => {
    const cases: [number, string][] = [
      [0, 'Pre-run warm-up: Brisk walk or easy jog'],
      [300 * seconds, 'Pre-run warm-up: Leg swings · left leg'],
      [324 * seconds, 'Pre-run warm-up: Leg swings · switch sides'],
      [329 * seconds, 'Pre-run warm-up: Leg swings · right leg'],
      [353 * seconds, 'Pre-run warm-up: Leg swings · rest']
    ]
    const { state } = warmUpAt(0)
    for (const [elapsedMs, line] of cases) expect(sessionLine(state, startMs + elapsedMs)).toBe(line)
  })

  it('says the routine is done once its time has run out, before the service settles it', () => {
    expect(sessionLine(warmUpAt(0).state, startMs + 3 * 3600 * seconds)).toBe('Pre-run warm-up: done')
  })

  it('is empty when no routine is running or paused', () => {
    expect(sessionLine(stateWith(), startMs)).toBeNull()
  })
})

describe('trayTooltip', () => {
  const at = (hours: number, minutes: number) => new Date(2026, 10, 25, hours, minutes).getTime()

  it("sums up today's water and says when the next reminder comes", () => {
    const state = stateWith({
      drinksMl: [250, 500],
      reminders: { upcoming: [{ id: 'hydration-1', kind: 'hydration', dueAtMs: at(14, 30), amountMl: 250 }] }
    })
    expect(trayTooltip(state, 'en-GB', startMs)).toBe('Limber — 750 of 2,000 ml today · next reminder 14:30')
  })

  it('says reminders are paused instead, and only the water when nothing else is coming today', () => {
    const paused = stateWith({ drinksMl: [250], reminders: { paused: true, state: { pausedIndefinitely: true } } })
    expect(trayTooltip(paused, 'en-GB', startMs)).toBe('Limber — 250 of 2,000 ml today · reminders paused')
    expect(trayTooltip(stateWith({ drinksMl: [250] }), 'en-GB', startMs)).toBe('Limber — 250 of 2,000 ml today')
  })

  it('adds the routine in progress on a second line', () => {
    const { state, nowMs } = warmUpAt(0, 'paused')
    expect(trayTooltip(state, 'en-US', nowMs)).toBe('Limber — 0 of 2,000 ml today\nPaused — Brisk walk or easy jog')
  })
})

describe('formatVolume', () => {
  it("groups digits the way the person's locale does", () => {
    expect(formatVolume(2500, 'ml', 'en-US')).toBe('2,500 ml')
    // The same formatter as everywhere: CLDR keeps German millilitres to their number (a no-break space).
    expect(formatVolume(2500, 'ml', 'de-DE')).toBe('2.500\u00a0ml')
    expect(formatVolume(250, 'floz', 'de-DE')).toBe('8,5 fl oz')
  })
})
