import type { MenuItemConstructorOptions } from 'electron'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { Companion } from '../service/companion'
import { ManualClock } from '../service/manual-clock'
import { companionIn, tempDataDir } from '../service/testing/temp-companion'
import { whenToSeeADoctorMessage } from './tray-relief'
import { syncTray } from './tray-sync'
import { clickMenuItem, findMenuItem, menuLabels, submenuLabels } from './testing/menu'

type Template = MenuItemConstructorOptions[]

function fakeTray() {
  const menus: Template[] = []
  const tooltips: string[] = []
  const tray = {
    setToolTip: (text: string) => tooltips.push(text),
    setContextMenu: (menu: Template) => menus.push(menu)
  }
  const labels = (): (string | undefined)[] => menuLabels(menus.at(-1))
  const status = (): string | undefined => labels()[0]
  const item = (id: string) => findMenuItem(menus.at(-1), id)
  const click = (id: string): void => clickMenuItem(menus.at(-1), id)
  const submenu = (id: string) => submenuLabels(menus.at(-1), id)
  return { tray, menus, tooltips, labels, status, item, click, submenu }
}

function start(
  wrap: (companion: Companion) => Pick<Companion, 'state' | 'invoke' | 'onState'> = (companion) => companion
) {
  const clock = new ManualClock(Date.UTC(2026, 10, 25, 12))
  // No get-ready countdown, so the tray's steps follow the routine's own timings.
  const companion = companionIn(tempDataDir(), clock, undefined, { settings: { getReadySeconds: 0 } })
  const fake = fakeTray()
  const actions = { openWindow: vi.fn(), showMessage: vi.fn(), quit: vi.fn() }
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
    expect(tooltips).toHaveLength(1)
    expect(tooltips[0]).toMatch(/^Limber — 0 of 2,000 ml today/)
  })

  it('shows the next reminder the service plans, in the menu and the tooltip', () => {
    const { companion, item, tooltips } = start()
    expect(companion.state().reminders.upcoming[0]?.kind).toBe('hydration')
    expect(item('next-reminder')?.label).toMatch(/^Next: \d{1,2}:\d{2}(\s[AP]M)? drink about [\d,]+ ml$/)
    expect(tooltips[0]).toMatch(/^Limber — 0 of 2,000 ml today · next reminder \d{1,2}:\d{2}(\s[AP]M)?$/)
  })

  it('offers to snooze a reminder once it fires, and snoozes it', async () => {
    const { companion, clock, click, item } = start()
    expect(item('snooze')).toBeUndefined()
    const next = companion.state().reminders.upcoming[0]
    if (!next) throw new Error('expected a drink reminder planned for a new user at noon')
    clock.set(next.dueAtMs)
    expect(companion.state().reminders.waiting?.kind).toBe('hydration')
    expect(item('snooze')?.label).toBe('Snooze reminder')
    click('snooze-15')
    await vi.waitFor(() => expect(item('snooze')).toBeUndefined())
    expect(companion.state().reminders.waiting).toBeNull()
    expect(companion.state().reminders.state.snoozedUntilMs).toEqual({ hydration: clock.now() + 15 * 60_000 })
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
    // The tray shows the glass once it is saved.
    await vi.waitFor(() => expect(status()).toBe('Water today: 250 of 2,000 ml'))
    expect(companion.state().today.totalMl).toBe(250)
  })

  it('follows a change of unit made in the window', async () => {
    const { companion, submenu } = start()
    await companion.invoke('updateSettings', { volumeUnit: 'floz' })
    expect(submenu('log-water')[0]).toBe('Glass (8.5 fl oz)')
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

  it('shows and hides the widget from the tray, and ticks it when the window turns it on', async () => {
    const { companion, click, item } = start()
    expect(item('show-widget')?.checked).toBe(false)
    click('show-widget')
    await vi.waitFor(() => expect(item('show-widget')?.checked).toBe(true))
    expect(companion.state().settings.widget.enabled).toBe(true)
    click('show-widget')
    await vi.waitFor(() => expect(item('show-widget')?.checked).toBe(false))
    expect(companion.state().settings.widget.enabled).toBe(false)
    await companion.invoke('updateSettings', { widget: { enabled: true } })
    expect(item('show-widget')?.checked).toBe(true)
  })

  it('starts the warm-up from the tray and opens the window at the player', async () => {
    const { click, actions, companion, status, tooltips } = start()
    click('start-warm-up')
    await vi.waitFor(() => expect(actions.openWindow).toHaveBeenCalledWith('player'))
    expect(companion.state().session).toMatchObject({ status: 'running', routine: { id: 'warm-up' } })
    expect(status()).toBe('Pre-run warm-up: Brisk walk or easy jog')
    expect(tooltips.at(-1)?.split('\n')[1]).toBe('Pre-run warm-up: Brisk walk or easy jog')
  })

  it('moves to the next step when the service pushes the segment boundary, with no timer of its own', async () => {
    const { companion, clock, status, menus } = start()
    // No drink reminder in the way: only the routine's boundary may redraw the tray here.
    await companion.invoke('pauseReminders', { until: 'turned-on' })
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
    await vi.waitFor(() => expect(status()).toBe('Water today: 0 of 2,000 ml'))
    expect(companion.state().session?.status).toBe('abandoned')
  })

  it('still brings Limber up, at home, when a routine cannot start, and says why', async () => {
    const { click, actions, errors } = start((companion) => ({
      state: () => companion.state(),
      onState: (listener) => companion.onState(listener),
      invoke: async () => ({ ok: false, error: { code: 'not_found', message: 'No routine cramp-relief', issues: [] } })
    }))
    click('relief-step-0')
    await vi.waitFor(() => expect(actions.openWindow).toHaveBeenCalledWith(undefined))
    expect(errors).toEqual(['Could not start cramp-relief from the tray: No routine cramp-relief'])
  })

  it('starts cramp relief at the step chosen in the relief guide and opens the player', async () => {
    const calls: unknown[][] = []
    const { click, actions } = start((companion) => ({
      state: () => companion.state(),
      onState: (listener) => companion.onState(listener),
      invoke: (name, input) => {
        calls.push([name, input])
        return companion.invoke(name, input)
      }
    }))
    click('relief-step-2')
    await vi.waitFor(() => expect(actions.openWindow).toHaveBeenCalledWith('player'))
    expect(calls).toEqual([['startRoutine', { routineId: 'cramp-relief', atStep: 2 }]])
  })

  it('shows when to see a doctor in a message box, without a window', () => {
    const { click, actions } = start()
    click('when-to-see-a-doctor')
    expect(actions.showMessage).toHaveBeenCalledExactlyOnceWith(whenToSeeADoctorMessage())
    expect(actions.openWindow).not.toHaveBeenCalled()
  })

  it('pauses reminders for an hour, says so, and turns them back on', async () => {
    const { companion, clock, click, item, submenu } = start()
    click('pause-one-hour')
    await vi.waitFor(() => expect(item('next-reminder')?.label).toMatch(/^Reminders paused until /))
    expect(companion.state().reminders.state.pausedUntilMs).toBe(clock.now() + 3_600_000)
    expect(submenu('pause-reminders').at(-1)).toBe('Turn reminders back on')
    click('resume-reminders')
    await vi.waitFor(() => expect(submenu('pause-reminders')).not.toContain('Turn reminders back on'))
    expect(companion.state().reminders.paused).toBe(false)
  })

  it('switches Do not disturb on and off, keeping reminder settings changed in the window meanwhile', async () => {
    const { companion, menus, click, item } = start()
    const menuBefore = menus.at(-1)
    const reminders = companion.state().settings.reminders
    await companion.invoke('updateSettings', {
      reminders: { ...reminders, warmUp: { enabled: false, leadMinutes: 20 } }
    })
    // Clicked in the menu as it was drawn before the change, as a menu left open would be.
    clickMenuItem(menuBefore, 'do-not-disturb')
    await vi.waitFor(() => expect(item('do-not-disturb')?.checked).toBe(true))
    expect(companion.state().settings.reminders.warmUp).toEqual({ enabled: false, leadMinutes: 20 })
    click('do-not-disturb')
    await vi.waitFor(() => expect(item('do-not-disturb')?.checked).toBe(false))
    expect(companion.state().settings.reminders.doNotDisturb).toBe(false)
  })
})
