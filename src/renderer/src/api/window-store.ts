import { inlineStateId } from '../../../contract/inline-state'
import type { StateChanges, StateSnapshot } from '../../../contract/state'
import { createAppStore, type AppStore } from './app-store'
import { whenPainted } from '../shell/first-paint'
import { call, companion, subscriptionStartsWithEverySlice } from './companion'

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

const onStateChangedNow = (listener: (changes: StateChanges) => void): (() => void) =>
  companion.subscribe('stateChanged', listener)

/**
 * The pushed changes, from the first painted frame on: opening browser mode's stream earlier would put a second
 * copy of the whole state (every new stream starts with every slice) on the main thread while it is busy with the
 * first frame. Nothing is missed meanwhile, since that first message brings every slice at its newest revision.
 */
function onStateChangedAfterFirstPaint(listener: (changes: StateChanges) => void): () => void {
  let unsubscribe: (() => void) | undefined
  const cancel = whenPainted(() => {
    unsubscribe = companion.subscribe('stateChanged', listener)
  })
  return () => {
    cancel()
    unsubscribe?.()
  }
}

/**
 * The window's store. It starts when this module runs, so with no state in the page the first load overlaps
 * React's start-up instead of following it.
 */
export const windowStore: AppStore = createAppStore(
  // The desktop bridge forwards only what comes after it listens: there the window listens at once.
  { call, onStateChanged: subscriptionStartsWithEverySlice ? onStateChangedAfterFirstPaint : onStateChangedNow },
  arrivedState()
)
