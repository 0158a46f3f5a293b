import { inlineStateId } from '../../../contract/inline-state'
import type { StateSnapshot } from '../../../contract/state'
import { createAppStore, type AppStore } from './app-store'
import { call, companion } from './companion'

/** The snapshot the page arrived with, if any (browser mode inlines it; a desktop preload may hand it over). */
function arrivedState(): StateSnapshot | undefined {
  const block = document.getElementById(inlineStateId)
  if (!block?.textContent) return undefined
  try {
    return JSON.parse(block.textContent) as StateSnapshot
  } catch {
    return undefined
  } finally {
    block.remove()
  }
}

/**
 * The window's store. It starts when this module runs, so with no state in the page the first load overlaps
 * React's start-up instead of following it.
 */
export const windowStore: AppStore = createAppStore(
  { call, onStateChanged: (listener) => companion.subscribe('stateChanged', listener) },
  arrivedState()
)
