import { lazy, type ReactNode } from 'react'
import { useLoadedSelector } from '../api/app-state'
import { PartAboveScreen } from './part-above-screen'

// The panel's code and strings (the cramps chunk) load only once a sign is raised.
const WarningPanel = lazy(() => import('../cramps/warning-panel'))

/** Where the see-a-professional panel goes, above every screen, while a warning sign waits to be read. */
export function WarningPanelSlot(): ReactNode {
  const pending = useLoadedSelector((state) => state.pendingWarnings.length > 0)
  return <PartAboveScreen needed={pending} Part={WarningPanel} />
}
