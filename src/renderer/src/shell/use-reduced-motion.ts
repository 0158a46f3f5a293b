import { useSyncExternalStore } from 'react'

let query: MediaQueryList | null | undefined

/** The one query for the whole window, made when first asked: its `matches` follows the setting as it changes. */
const motionQuery = (): MediaQueryList | null => {
  if (query === undefined) {
    query =
      typeof window === 'undefined' || typeof window.matchMedia !== 'function'
        ? null
        : window.matchMedia('(prefers-reduced-motion: reduce)')
  }
  return query
}

const subscribeToMotion = (onChange: () => void): (() => void) => {
  const motion = motionQuery()
  motion?.addEventListener('change', onChange)
  return () => motion?.removeEventListener('change', onChange)
}

// Read at every render of every component using it (the countdown renders each second): no new query each time.
const motionReduced = (): boolean => motionQuery()?.matches ?? false

/** Whether the system asks for reduced motion; re-renders when that setting changes. */
export const useReducedMotion = (): boolean => useSyncExternalStore(subscribeToMotion, motionReduced, () => false)
