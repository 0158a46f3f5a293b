import { useMemo, useSyncExternalStore } from 'react'
import { requestHeadingFocus } from './heading-focus'
import { holdBackHashChange } from './leave-guard'
import { routeFromHash, type RouteMatch } from './routes'

const subscribeToHash = (onChange: () => void): (() => void) => {
  const onHashChange = (event: HashChangeEvent): void => {
    // Unsaved changes on the open screen: the address is put back and the leave dialog asks first.
    if (holdBackHashChange(event)) return
    // A navigation moves focus to the new screen's heading, so keyboard and screen reader users land on it.
    requestHeadingFocus()
    onChange()
  }
  window.addEventListener('hashchange', onHashChange)
  return () => window.removeEventListener('hashchange', onHashChange)
}

const currentHash = (): string => window.location.hash

/** The screen (and parameter) the address hash names; re-renders on every hash change. */
export function useHashRoute(): RouteMatch {
  const hash = useSyncExternalStore(subscribeToHash, currentHash)
  return useMemo(() => routeFromHash(hash), [hash])
}
