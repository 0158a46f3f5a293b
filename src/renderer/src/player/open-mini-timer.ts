import type { AppState } from '../../../contract/state'
import type { PerformCall } from '../api/app-state'
import { navigateTo, routeHref } from '../shell/navigation'

/**
 * Opens the compact timer: the desktop app's always-on-top window, or in browser mode a small popup
 * at #/mini (this tab shows it instead when popups are blocked).
 */
export async function openMiniTimer(mode: AppState['mode'], perform: PerformCall): Promise<boolean> {
  if (mode === 'desktop') return (await perform('openMiniTimer', {})).ok
  const popup = window.open(routeHref('mini'), 'limber-mini', 'popup,width=340,height=240')
  if (popup === null) navigateTo('mini')
  return true
}
