import type { MenuItemConstructorOptions } from 'electron'
import { afterEach, describe, expect, it, vi } from 'vitest'
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
  const status = (): string | undefined => menus.at(-1)?.[0]?.label
  const click = (id: string): void => (menus.at(-1)?.find((item) => item.id === id)?.click as () => void)()
  return { tray, menus, tooltips, status, click }
}

function start() {
  const companion = companionIn(tempDataDir())
  const fake = fakeTray()
  const actions = { openWindow: vi.fn(), quit: vi.fn() }
  const stop = syncTray({ tray: fake.tray, buildMenu: (template) => template, companion, actions, locale: 'en-US' })
  return { ...fake, companion, actions, stop }
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
    const { companion, menus } = start()
    await companion.invoke('updateSettings', { volumeUnit: 'floz' })
    expect(menus.at(-1)?.[1]?.label).toBe('Log a glass (8.5 fl oz)')
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
    expect(actions.quit).toHaveBeenCalledOnce()
  })
})
