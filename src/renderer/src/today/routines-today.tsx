import type { ReactNode } from 'react'
import type { RoutineLogEntry } from '../../../contract/state'
import { useAppSelector } from '../api/app-state'
import { formatDuration } from '../format/duration'
import { formatClockTime, formatPercent, numberFormat } from '../format/number-format'
import { useTranslation } from '../i18n/use-translation'
import { useStartRoutine } from '../routines/use-start-routine'
import { loadPlayer } from '../player/load-player'
import { navigateTo, routeHref } from '../shell/navigation'

/** The built-in routines Today offers to start with one press. */
const quickStarts = [
  { routineId: 'warm-up', labelKey: 'today.startWarmUp' },
  { routineId: 'cool-down', labelKey: 'today.startCoolDown' }
] as const

/** What the journal says of one routine: done, skipped through (not counted), or stopped part-way. */
function logLineText(entry: RoutineLogEntry, t: ReturnType<typeof useTranslation>): string {
  const time = formatClockTime(entry.endedAtMs)
  if (entry.completed) return t('today.routineDone', { name: entry.routineName, time })
  if (entry.reachedEnd) {
    const count = numberFormat({})
    return t('today.routineSkippedThrough', {
      name: entry.routineName,
      time,
      count: entry.parts ?? 0,
      skipped: count.format(entry.partsSkipped ?? 0),
      parts: count.format(entry.parts ?? 0),
      taken: formatDuration(entry.activeMs ?? entry.endedAtMs - entry.startedAtMs)
    })
  }
  return t('today.routineStopped', {
    name: entry.routineName,
    time,
    percent: formatPercent(Math.floor(entry.completedFraction * 100) / 100)
  })
}

/** "Pre-run warm-up done at 07:10", "… finished with 7 of 9 parts skipped …", or "… stopped at 07:10 (40%)". */
function LogLine({ entry }: { readonly entry: RoutineLogEntry }): ReactNode {
  const t = useTranslation()
  return <li>{logLineText(entry, t)}</li>
}

/** Routines today: what was done, and a quick start (or a way back to the routine in progress). */
export function RoutinesToday(): ReactNode {
  const routinesToday = useAppSelector((state) => state.routinesToday)
  const routines = useAppSelector((state) => state.routines)
  const urineToday = useAppSelector((state) => state.urineToday)
  const t = useTranslation()
  const { start, failure } = useStartRoutine()
  // The routine's name while one is running or paused: a tick of its clock does not re-render Today.
  const inProgress = useAppSelector(({ session }) =>
    session !== null && (session.status === 'running' || session.status === 'paused') ? session.routine.name : null
  )
  return (
    <section className="today-card routines-today" aria-labelledby="routines-today-title">
      <h2 id="routines-today-title">{t('today.routinesTitle')}</h2>
      {routinesToday.length === 0 ? (
        <p className="muted">{t('today.noRoutines')}</p>
      ) : (
        <ul className="routine-log">
          {routinesToday.map((entry) => (
            <LogLine key={entry.id} entry={entry} />
          ))}
        </ul>
      )}
      {inProgress !== null ? (
        <p className="routine-in-progress">
          {t('today.inProgress', { name: inProgress })}{' '}
          <a href={routeHref('player')} onPointerEnter={() => void loadPlayer()}>
            {t('today.openPlayer')}
          </a>
        </p>
      ) : (
        <div className="quick-add">
          {quickStarts
            .filter(({ routineId }) => routines.some((routine) => routine.id === routineId))
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
      <div className="today-actions">
        <button type="button" onClick={() => navigateTo('cramp')}>
          {t('today.logCramp')}
        </button>
        <button type="button" onClick={() => navigateTo('prevention')}>
          {urineToday === null ? t('today.urineCheckIn') : t('today.urineCheckedIn')}
        </button>
      </div>
      <p role="alert" className="log-error">
        {failure}
      </p>
    </section>
  )
}
