import { lazy, useState, type ReactNode } from 'react'
import { useLoadedSelector } from '../api/app-state'
import { PartAboveScreen } from './part-above-screen'

// The banner's code and strings (the reminders chunk) load the first time a reminder waits, not with Today's first paint.
const ReminderBanner = lazy(() => import('../reminders/reminder-banner'))

/** Where the waiting reminder's banner goes, above every screen; stays mounted once shown so its status line can speak. */
export function ReminderBannerSlot(): ReactNode {
  const waiting = useLoadedSelector((state) => state.reminders.waiting !== null)
  const [shown, setShown] = useState(false)
  if (waiting && !shown) setShown(true)
  return <PartAboveScreen needed={shown || waiting} Part={ReminderBanner} />
}
