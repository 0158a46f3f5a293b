import { lazy, Suspense, type ReactNode } from 'react'
import { useLoadedSelector } from '../api/app-state'

// The panel's code and strings (the cramps chunk) load only once a sign is raised.
const WarningPanel = lazy(() => import('../cramps/warning-panel'))

/** Where the see-a-professional panel goes, above every screen, while a warning sign waits to be read. */
export function WarningPanelSlot(): ReactNode {
  const pending = useLoadedSelector((state) => state.pendingWarnings.length > 0)
  if (!pending) return null
  return (
    <Suspense fallback={null}>
      <WarningPanel />
    </Suspense>
  )
}
