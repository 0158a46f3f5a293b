import { describe, expect, it, vi } from 'vitest'
import type { AppState } from '../contract/state'
import { companionIn, tempDataDir } from '../service/testing/temp-companion'
import { formatVolume, trayMenuTemplate, trayTooltip, type TrayActions } from './tray-menu'

async function stateAfter(settings: Record<string, unknown>, drinksMl: number[]): Promise<AppState> {
  const companion = companionIn(tempDataDir())
  await companion.invoke('updateSettings', settings)
  for (const amountMl of drinksMl) await companion.invoke('logWater', { amountMl })
  return companion.state()
}

const noActions: TrayActions = { logWater: () => {}, openWindow: () => {}, quit: () => {} }
const labels = (state: AppState): (string | undefined)[] =>
  trayMenuTemplate(state, noActions, 'en-US').map((item) => (item.type === 'separator' ? '---' : item.label))

describe('trayMenuTemplate', () => {
  it("shows today's water, quick logging, then the window and quit, in that order", async () => {
    const state = await stateAfter({}, [250, 500])
    expect(labels(state)).toEqual([
      'Water today: 750 of 2,000 ml',
      'Log a glass (250 ml)',
      'Log a bottle (500 ml)',
      '---',
      'Open Limber',
      '---',
      'Quit Limber'
    ])
    expect(trayMenuTemplate(state, noActions, 'en-US')[0]?.enabled).toBe(false)
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
    const actions = { logWater: vi.fn(), openWindow: vi.fn(), quit: vi.fn() }
    const click = (id: string): void => {
      const item = trayMenuTemplate(state, actions, 'en-US').find((candidate) => candidate.id === id)
      ;(item?.click as () => void)()
    }
    click('log-glass')
    click('log-bottle')
    click('open')
    click('quit')
    expect(actions.logWater.mock.calls).toEqual([[300], [750]])
    expect(actions.openWindow).toHaveBeenCalledOnce()
    expect(actions.quit).toHaveBeenCalledOnce()
  })
})

describe('trayTooltip', () => {
  it("sums up today's water", async () => {
    expect(trayTooltip(await stateAfter({}, [250]), 'en-US')).toBe('Limber: 250 of 2,000 ml water today')
  })
})

describe('formatVolume', () => {
  it("groups digits the way the person's locale does", () => {
    expect(formatVolume(2500, 'ml', 'en-US')).toBe('2,500 ml')
    expect(formatVolume(2500, 'ml', 'de-DE')).toBe('2.500 ml')
    expect(formatVolume(250, 'floz', 'de-DE')).toBe('8,5 fl oz')
  })
})
