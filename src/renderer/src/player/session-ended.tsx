import { useEffect, useRef, type ReactNode } from 'react'
import { routineAccount } from '../../../core/routines/routine-accounting'
import { sessionSegments, type RoutineSession } from '../../../core/routines/routine-session'
import { formatDuration } from '../format/duration'
import { numberFormat } from '../format/number-format'
import { useTranslation } from '../i18n/use-translation'
import { navigateTo } from '../shell/navigation'
import type { PlayerActions } from './use-player-actions'
import '../i18n/routine-strings'

/** Time spent in the routine's open-ended holds (the relief stretch): how long the cramp took to ease. */
function heldMs(session: RoutineSession): number {
  const segments = sessionSegments(session)
  return segments.reduce(
    (sum, segment, index) => sum + (segment.openEnded && !segment.optional ? (session.spentMs?.[index] ?? 0) : 0),
    0
  )
}

/** A completed or stopped routine: what was really done and how long it really took, then "Done" or "Start again". */
export function SessionEnded({
  session,
  actions
}: {
  readonly session: RoutineSession
  readonly actions: PlayerActions
}): ReactNode {
  const t = useTranslation()
  const heading = useRef<HTMLHeadingElement>(null)
  const reachedEnd = session.status !== 'abandoned'
  const account = routineAccount(session, session.endedAtMs ?? session.startedAtMs)
  const count = numberFormat({})

  useEffect(() => {
    // The control that ended it (Stop, Skip) is gone: keep keyboard focus in the player, not on the page.
    if (document.activeElement === null || document.activeElement === document.body) heading.current?.focus()
  }, [])

  const done = async (): Promise<void> => {
    if (await actions.close()) navigateTo('routines')
  }
  // The "I have a cramp" flow: relief first, then the log with the time it started.
  const isRelief = session.routine.purpose === 'relief'
  const heldSeconds = Math.round(heldMs(session) / 1000)
  const logCramp = async (): Promise<void> => {
    // The log's duration comes from the hold: how long the cramp took to ease.
    const param = heldSeconds > 0 ? `${session.startedAtMs}h${heldSeconds}` : String(session.startedAtMs)
    if (await actions.close()) navigateTo('cramp/at', param)
  }
  const title = !reachedEnd
    ? t('player.stoppedTitle')
    : account.partsSkipped === 0
      ? t('player.complete')
      : t('player.reachedEnd')
  return (
    <section className="session-ended" aria-labelledby="session-ended-title">
      <h2 id="session-ended-title" ref={heading} tabIndex={-1}>
        {title}
      </h2>
      <p className="session-time">
        {t('player.timeTaken', {
          taken: formatDuration(account.activeMs),
          planned: formatDuration(account.plannedWorkMs)
        })}
      </p>
      {account.partsSkipped > 0 && (
        <p>
          {t('player.partsSkipped', {
            count: account.parts,
            skipped: count.format(account.partsSkipped),
            parts: count.format(account.parts)
          })}
        </p>
      )}
      {!isRelief && (
        <p className="muted">
          {account.countsAsDone && reachedEnd ? t('player.countsAsDone') : t('player.notCounted')}
        </p>
      )}
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
