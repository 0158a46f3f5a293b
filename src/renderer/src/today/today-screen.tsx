import type { ReactNode } from 'react'
import { useAppSelector } from '../api/app-state'
import { useTranslation } from '../i18n/use-translation'
import { lazyAfterFirstPaint } from '../shell/after-first-paint'
import { ScreenHeading } from '../shell/screen-heading'
import { StateGate } from '../shell/state-gate'
import { GoalRaiseNote } from './activities-today'
import { DrinkLogger } from './drink-logger'
import { HydrationProgress } from './hydration-progress'
import './today.css'

// Everything Today shows, but the first frame comes sooner without these: they follow right after it, and their
// code is fetched only then.
const DrinkList = lazyAfterFirstPaint(() => import('./drink-list').then((module) => module.DrinkList))
const RemindersToday = lazyAfterFirstPaint(() => import('./reminders-today').then((module) => module.RemindersToday))
const RoutinesToday = lazyAfterFirstPaint(() => import('./routines-today').then((module) => module.RoutinesToday))

/** The water ring with the ways to log a drink right under it, then today's drinks; reads only the day and the unit. */
function TodayWater(): ReactNode {
  const today = useAppSelector((state) => state.today)
  const unit = useAppSelector((state) => state.settings.volumeUnit)
  return (
    <div className="today-column">
      <div className="today-card today-water">
        <HydrationProgress day={today} unit={unit} note={<GoalRaiseNote />} />
        <DrinkLogger />
      </div>
      <DrinkList entries={today.entries} unit={unit} totalMl={today.totalMl} />
    </div>
  )
}

/**
 * Today: the water ring with the ways to log a drink right under it, then today's drinks; beside them (below
 * them in a narrow window) the next reminder and today's routines. Each part reads its own slices of the state.
 */
export function TodayScreen(): ReactNode {
  const t = useTranslation()
  return (
    <>
      <ScreenHeading>{t('today.title')}</ScreenHeading>
      <StateGate>
        <div className="today">
          {/* The water goal and the ways to log a drink come first: they are what Today is opened for. */}
          <TodayWater />
          <div className="today-column">
            <RemindersToday />
            <RoutinesToday />
          </div>
        </div>
      </StateGate>
    </>
  )
}
