import { useSyncExternalStore } from 'react'
import { requestHeadingFocus } from './heading-focus'
import { routeFromHash, type Route } from './routes'

const subscribeToHash = (onChange: () => void): (() => void) => {
  const onHashChange = (): void => {
    // A navigation moves focus to the new screen's heading, so keyboard and screen reader users land on it.
    requestHeadingFocus()
    onChange()
  }
  window.addEventListener('hashchange', onHashChange)
  return () => window.removeEventListener('hashchange', onHashChange)
}

const currentRoute = (): Route => routeFromHash(window.location.hash)

/** The screen the address hash names; re-renders on every hash change. */
export function useHashRoute(): Route {
  return useSyncExternalStore(subscribeToHash, currentRoute)
}
