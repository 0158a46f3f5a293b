import type { ReactNode } from 'react'
import { useTranslation } from '../i18n/use-translation'
import { ScreenHeading } from '../shell/screen-heading'
import { StateGate } from '../shell/state-gate'
import { DrinkList } from './drink-list'
import { DrinkLogger } from './drink-logger'
import { HydrationProgress } from './hydration-progress'
import { RemindersToday } from './reminders-today'
import { RoutinesToday } from './routines-today'
import './today.css'

/** Today: progress towards the daily goal with the next reminder, today's routines, ways to log a drink, and today's drinks. */
export function TodayScreen(): ReactNode {
  const t = useTranslation()
  return (
    <>
      <ScreenHeading>{t('today.title')}</ScreenHeading>
      <StateGate>
        {(state) => (
          <div className="today">
            <HydrationProgress day={state.today} unit={state.settings.volumeUnit}>
              <RemindersToday state={state} />
            </HydrationProgress>
            <RoutinesToday state={state} />
            <DrinkLogger state={state} />
            <DrinkList entries={state.today.entries} unit={state.settings.volumeUnit} totalMl={state.today.totalMl} />
          </div>
        )}
      </StateGate>
    </>
  )
}
