import { lazy, Suspense, type ReactNode } from 'react'
import { useLoadedSelector } from '../api/app-state'
import { loadReminders } from '../reminders/load-reminders'

// The panel's code and strings come with the cramp log (the reminders chunk), only once a sign is raised.
const WarningPanel = lazy(() => loadReminders().then((module) => ({ default: module.WarningPanel })))

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
