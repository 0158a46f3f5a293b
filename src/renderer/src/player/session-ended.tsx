import { useEffect, useRef, type ReactNode } from 'react'
import type { RoutineSession, SessionPosition } from '../../../core/routine-session'
import { formatDuration } from '../format/duration'
import { formatPercent } from '../format/number-format'
import { useTranslation } from '../i18n/use-translation'
import { navigateTo } from '../shell/navigation'
import { doneFraction } from './session-text'
import type { PlayerActions } from './use-player-actions'
import '../i18n/routine-strings'

/** A completed or stopped routine: what was done, then "Done" (close it) or "Start again". */
export function SessionEnded({
  session,
  position,
  actions
}: {
  readonly session: RoutineSession
  readonly position: SessionPosition
  readonly actions: PlayerActions
}): ReactNode {
  const t = useTranslation()
  const heading = useRef<HTMLHeadingElement>(null)
  const completed = session.status !== 'abandoned'

  useEffect(() => {
    // The control that ended it (Stop, Skip) is gone: keep keyboard focus in the player, not on the page.
    if (document.activeElement === null || document.activeElement === document.body) heading.current?.focus()
  }, [])

  const done = async (): Promise<void> => {
    if (await actions.close()) navigateTo('routines')
  }
  // The "I have a cramp" flow: relief first, then the log with the time it started.
  const isRelief = session.routine.purpose === 'relief'
  const logCramp = async (): Promise<void> => {
    if (await actions.close()) navigateTo('cramp/at', String(session.startedAtMs))
  }

  return (
    <section className="session-ended" aria-labelledby="session-ended-title">
      <h2 id="session-ended-title" ref={heading} tabIndex={-1}>
        {completed ? t('player.complete') : t('player.stoppedTitle')}
      </h2>
      <p>
        {completed
          ? t('player.totalTime', { duration: formatDuration(position.totalMs) })
          : t('player.stoppedAfter', { percent: formatPercent(Math.floor(doneFraction(position) * 100) / 100) })}
      </p>
      {isRelief && <p>{t('player.logCrampPrompt')}</p>}
      <div className="player-controls">
        {isRelief && (
          <button type="button" className="button-primary" onClick={() => void logCramp()}>
            {t('player.logCramp')}
          </button>
        )}
        <button type="button" className={isRelief ? undefined : 'button-primary'} onClick={() => void done()}>
          {t('player.done')}
        </button>
        <button type="button" onClick={actions.startAgain}>
          {t('player.startAgain')}
        </button>
      </div>
    </section>
  )
}
