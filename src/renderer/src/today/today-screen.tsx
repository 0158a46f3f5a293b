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

/**
 * Today: the water ring with the ways to log a drink right under it, then today's drinks; beside them (below
 * them in a narrow window) the next reminder and today's routines.
 */
export function TodayScreen(): ReactNode {
  const t = useTranslation()
  return (
    <>
      <ScreenHeading>{t('today.title')}</ScreenHeading>
      <StateGate>
        {(state) => (
          <div className="today">
            {/* The water goal and the ways to log a drink come first: they are what Today is opened for. */}
            <div className="today-column">
              <div className="today-card today-water">
                <HydrationProgress day={state.today} unit={state.settings.volumeUnit} />
                <DrinkLogger state={state} />
              </div>
              <DrinkList entries={state.today.entries} unit={state.settings.volumeUnit} totalMl={state.today.totalMl} />
            </div>
            <div className="today-column">
              <RemindersToday state={state} />
              <RoutinesToday state={state} />
            </div>
          </div>
        )}
      </StateGate>
    </>
  )
}
