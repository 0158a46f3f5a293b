import type { ReactNode } from 'react'
import type { AppState, RoutineLogEntry } from '../../../contract/state'
import { formatClockTime, formatPercent } from '../format/number-format'
import { useTranslation } from '../i18n/use-translation'
import { useStartRoutine } from '../routines/use-start-routine'
import { loadPlayer } from '../player/load-player'
import { routeHref } from '../shell/navigation'

/** The built-in routines Today offers to start with one press. */
const quickStarts = [
  { routineId: 'warm-up', labelKey: 'today.startWarmUp' },
  { routineId: 'cool-down', labelKey: 'today.startCoolDown' }
] as const

/** "Pre-run warm-up done at 07:10", or "… stopped at 07:10 (40%)". */
function LogLine({ entry }: { readonly entry: RoutineLogEntry }): ReactNode {
  const t = useTranslation()
  const time = formatClockTime(entry.endedAtMs)
  return (
    <li>
      {entry.completed
        ? t('today.routineDone', { name: entry.routineName, time })
        : t('today.routineStopped', {
            name: entry.routineName,
            time,
            percent: formatPercent(Math.floor(entry.completedFraction * 100) / 100)
          })}
    </li>
  )
}

/** Routines today: what was done, and a quick start (or a way back to the routine in progress). */
export function RoutinesToday({ state }: { readonly state: AppState }): ReactNode {
  const t = useTranslation()
  const { start, failure } = useStartRoutine()
  const session = state.session
  const inProgress = session !== null && (session.status === 'running' || session.status === 'paused')
  return (
    <section className="routines-today" aria-labelledby="routines-today-title">
      <h2 id="routines-today-title">{t('today.routinesTitle')}</h2>
      {state.routinesToday.length === 0 ? (
        <p className="muted">{t('today.noRoutines')}</p>
      ) : (
        <ul className="routine-log">
          {state.routinesToday.map((entry) => (
            <LogLine key={entry.id} entry={entry} />
          ))}
        </ul>
      )}
      {inProgress ? (
        <p className="routine-in-progress">
          {t('today.inProgress', { name: session.routine.name })}{' '}
          <a href={routeHref('player')} onPointerEnter={() => void loadPlayer()}>
            {t('today.openPlayer')}
          </a>
        </p>
      ) : (
        <div className="quick-add">
          {quickStarts
            .filter(({ routineId }) => state.routines.some((routine) => routine.id === routineId))
            .map(({ routineId, labelKey }) => (
              <button
                key={routineId}
                type="button"
                onClick={() => void start(routineId)}
                onPointerEnter={() => void loadPlayer()}
              >
                {t(labelKey)}
              </button>
            ))}
        </div>
      )}
      <p className="log-cramp-link">
        <a href={routeHref('cramp')}>{t('today.logCramp')}</a>
        {' · '}
        <a href={routeHref('prevention')}>
          {state.urineToday === null ? t('today.urineCheckIn') : t('today.urineCheckedIn')}
        </a>
      </p>
      <p role="alert" className="log-error">
        {failure}
      </p>
    </section>
  )
}
