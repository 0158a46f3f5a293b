import { useSyncExternalStore } from 'react'

const motionQuery = (): MediaQueryList | null =>
  typeof window === 'undefined' || typeof window.matchMedia !== 'function'
    ? null
    : window.matchMedia('(prefers-reduced-motion: reduce)')

const subscribeToMotion = (onChange: () => void): (() => void) => {
  const query = motionQuery()
  query?.addEventListener('change', onChange)
  return () => query?.removeEventListener('change', onChange)
}

const motionReduced = (): boolean => motionQuery()?.matches ?? false

/** Whether the system asks for reduced motion; re-renders when that setting changes. */
export const useReducedMotion = (): boolean => useSyncExternalStore(subscribeToMotion, motionReduced, () => false)
