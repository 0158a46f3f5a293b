import { useEffect, useRef } from 'react'
import { useLoadedSelector } from '../api/app-state'
import { routeHref } from '../shell/navigation'
import type { Route } from '../shell/routes'

// Never taken away from: setup itself, compact pages (the mini timer, the widget), and cramp relief, which
// must stay one click away even before setup.
const keptSections: readonly string[] = ['setup', 'cramp', 'player']
const keepsRoute = (route: Route): boolean => route.chrome === false || keptSections.includes(route.section ?? route.id)

/**
 * Opens the first-run setup once the state has loaded, if it was neither finished nor skipped. Decided once per
 * window load, so a person who leaves setup through the navigation is not pulled back until the next start.
 */
export function FirstRunRedirect({ route }: { readonly route: Route }): null {
  const setupCompleted = useLoadedSelector((state) => state.settings.setupCompleted)
  const decided = useRef(false)
  useEffect(() => {
    if (decided.current || setupCompleted === undefined) return
    decided.current = true
    // replace(): Back from setup should not land on the screen it replaced, only to be sent to setup again.
    if (!setupCompleted && !keepsRoute(route)) window.location.replace(routeHref('setup'))
  }, [setupCompleted, route])
  return null
}
