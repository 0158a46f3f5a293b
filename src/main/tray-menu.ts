import type { MenuItemConstructorOptions } from 'electron'
import type { AppState } from '../contract/state'
import { fromMillilitres, type VolumeUnit } from '../core/units'
import { trayStrings } from './tray-strings'

/** What the tray's menu items do. */
export interface TrayActions {
  logWater(amountMl: number): void
  openWindow(): void
  quit(): void
}

/** A volume for display: whole millilitres, or fluid ounces to one decimal. */
export function formatVolume(amountMl: number, unit: VolumeUnit, locale: string, withUnit = true): string {
  const digits = unit === 'ml' ? 0 : 1
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: digits }).format(
    fromMillilitres(amountMl, unit)
  )
  return withUnit ? `${number} ${trayStrings.unit[unit]}` : number
}

function waterStatus(state: AppState, locale: string): string {
  const { totalMl, goalMl, progress } = state.today
  const unit = state.settings.volumeUnit
  const status = trayStrings.status(formatVolume(totalMl, unit, locale, false), formatVolume(goalMl, unit, locale))
  return progress >= 1 ? trayStrings.goalReached(status) : status
}

/** The tray menu for a state: today's water, quick logging, and ways back to the window or out. */
export function trayMenuTemplate(state: AppState, actions: TrayActions, locale: string): MenuItemConstructorOptions[] {
  const { glassMl, bottleMl, volumeUnit } = state.settings
  return [
    { id: 'status', label: waterStatus(state, locale), enabled: false },
    {
      id: 'log-glass',
      label: trayStrings.logGlass(formatVolume(glassMl, volumeUnit, locale)),
      click: () => actions.logWater(glassMl)
    },
    {
      id: 'log-bottle',
      label: trayStrings.logBottle(formatVolume(bottleMl, volumeUnit, locale)),
      click: () => actions.logWater(bottleMl)
    },
    { type: 'separator' },
    { id: 'open', label: trayStrings.open, click: () => actions.openWindow() },
    { type: 'separator' },
    { id: 'quit', label: trayStrings.quit, click: () => actions.quit() }
  ]
}

/** The tray icon's hover text. */
export function trayTooltip(state: AppState, locale: string): string {
  const unit = state.settings.volumeUnit
  return trayStrings.tooltip(
    formatVolume(state.today.totalMl, unit, locale, false),
    formatVolume(state.today.goalMl, unit, locale)
  )
}
