import type { MenuItemConstructorOptions } from 'electron'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { Companion } from '../service/companion'
import { ManualClock } from '../service/manual-clock'
import { companionIn, tempDataDir } from '../service/testing/temp-companion'
import { syncTray } from './tray-sync'

type Template = MenuItemConstructorOptions[]

function fakeTray() {
  const menus: Template[] = []
  const tooltips: string[] = []
  const tray = {
    setToolTip: (text: string) => tooltips.push(text),
    setContextMenu: (menu: Template) => menus.push(menu)
  }
  const labels = (): (string | undefined)[] => menus.at(-1)?.map((item) => item.label) ?? []
  const status = (): string | undefined => labels()[0]
  const click = (id: string): void => (menus.at(-1)?.find((item) => item.id === id)?.click as () => void)()
  return { tray, menus, tooltips, labels, status, click }
}

function start(wrap: (companion: Companion) => Pick<Companion, 'state' | 'invoke' | 'on'> = (companion) => companion) {
  const clock = new ManualClock(Date.UTC(2026, 10, 25, 12))
  const companion = companionIn(tempDataDir(), clock)
  const fake = fakeTray()
  const actions = { openWindow: vi.fn(), quit: vi.fn() }
  const errors: string[] = []
  const stop = syncTray({
    tray: fake.tray,
    buildMenu: (template) => template,
    companion: wrap(companion),
    actions,
    locale: 'en-US',
    now: () => clock.now(),
    onError: (message) => errors.push(message)
  })
  return { ...fake, companion, clock, actions, errors, stop }
}

afterEach(() => {
  vi.useRealTimers()
})

describe('syncTray', () => {
  it('shows the current state as soon as the tray exists', () => {
    const { status, tooltips } = start()
    expect(status()).toBe('Water today: 0 of 2,000 ml')
    expect(tooltips).toEqual(['Limber: 0 of 2,000 ml water today'])
  })

  it('refreshes when the window logs water, through stateChanged and not a timer', async () => {
    vi.useFakeTimers()
    const { companion, status } = start()
    await companion.invoke('logWater', { amountMl: 500 })
    expect(status()).toBe('Water today: 500 of 2,000 ml')
    expect(vi.getTimerCount()).toBe(0)
  })

  it('logs a glass from the tray menu and shows the new total', async () => {
    const { companion, status, click } = start()
    click('log-glass')
    await vi.waitFor(() => expect(companion.state().today.totalMl).toBe(250))
    expect(status()).toBe('Water today: 250 of 2,000 ml')
  })

  it('follows a change of unit made in the window', async () => {
    const { companion, labels } = start()
    await companion.invoke('updateSettings', { volumeUnit: 'floz' })
    expect(labels()[1]).toBe('Log a glass (8.5 fl oz)')
  })

  it('leaves the tray alone once stopped', async () => {
    const { companion, menus, stop } = start()
    stop()
    await companion.invoke('logWater', { amountMl: 250 })
    expect(menus).toHaveLength(1)
  })

  it('passes open and quit through to the shell', () => {
    const { click, actions } = start()
    click('open')
    click('quit')
    expect(actions.openWindow).toHaveBeenCalledOnce()
    expect(actions.openWindow).toHaveBeenCalledWith()
    expect(actions.quit).toHaveBeenCalledOnce()
  })

  it('starts the warm-up from the tray and opens the window at the player', async () => {
    const { click, actions, companion, status, tooltips } = start()
    click('start-warm-up')
    await vi.waitFor(() => expect(actions.openWindow).toHaveBeenCalledWith('player'))
    expect(companion.state().session).toMatchObject({ status: 'running', routine: { id: 'warm-up' } })
    expect(status()).toBe('Pre-run warm-up: Brisk walk or easy jog')
    expect(tooltips.at(-1)).toBe('Limber: 0 of 2,000 ml water today\nPre-run warm-up: Brisk walk or easy jog')
  })

  it('moves to the next step when the service pushes the segment boundary, with no timer of its own', async () => {
    const { companion, clock, status, menus } = start()
    await companion.invoke('startRoutine', { routineId: 'cramp-relief' })
    const drawn = menus.length
    clock.advance(14_999)
    expect(menus).toHaveLength(drawn)
    clock.advance(1)
    expect(status()).toBe('Cramp relief: Gentle stretch')
  })

  it('pauses, resumes, skips and stops the routine from the tray', async () => {
    const { companion, click, status } = start()
    await companion.invoke('startRoutine', { routineId: 'warm-up' })
    click('pause-routine')
    await vi.waitFor(() => expect(status()).toBe('Paused — Brisk walk or easy jog'))
    click('resume-routine')
    await vi.waitFor(() => expect(companion.state().session?.status).toBe('running'))
    click('skip-step')
    await vi.waitFor(() => expect(status()).toBe('Pre-run warm-up: Leg swings · left leg'))
    click('stop-routine')
    await vi.waitFor(() => expect(companion.state().session?.status).toBe('abandoned'))
    expect(status()).toBe('Water today: 0 of 2,000 ml')
  })

  it('still brings Limber up, at home, when a routine cannot start, and says why', async () => {
    const { click, actions, errors } = start((companion) => ({
      state: () => companion.state(),
      on: (event, listener) => companion.on(event, listener),
      invoke: async () => ({ ok: false, error: { code: 'not_found', message: 'No routine cramp-relief', issues: [] } })
    }))
    click('start-cramp-relief')
    await vi.waitFor(() => expect(actions.openWindow).toHaveBeenCalledWith(undefined))
    expect(errors).toEqual(['Could not start cramp-relief from the tray: No routine cramp-relief'])
  })
})
