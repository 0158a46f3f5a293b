import type { ReactNode } from 'react'
import { shownClockMs, type RoutineSession } from '../../../core/routines/routine-session'
import { formatCountdown } from '../format/duration'
import { useTranslation } from '../i18n/use-translation'
import { navigateTo } from '../shell/navigation'
import { StateGate } from '../shell/state-gate'
import { displayPhase } from './phase'
import { compactSideText } from './session-text'
import { usePlayerActions } from './use-player-actions'
import { useSessionPosition } from './use-session-position'
import './player.css'
import './mini.css'
import '../i18n/routine-strings'

/** Brings the full window forward: the one that opened this popup, or this window itself. */
function openLimber(): void {
  const opener = window.opener as Window | null
  if (opener && !opener.closed) {
    opener.location.hash = '#/player'
    opener.focus()
    return
  }
  navigateTo('player')
}

/** The running session, small: step, side, countdown, Pause/Resume and Skip. */
function MiniSession({ session }: { readonly session: RoutineSession }): ReactNode {
  const t = useTranslation()
  const position = useSessionPosition(session)
  const actions = usePlayerActions(session)
  if (position === null) return null
  const ended = session.status === 'abandoned' || session.status === 'completed' || position.finished
  const side = compactSideText(position)
  const phase = displayPhase(session, position)
  const leg = position.segment.phase === 'work' ? position.segment.side : null
  return (
    <div className={`mini player-now phase-${phase}`}>
      {!ended && (
        <p className="mini-phase phase-band">
          <span className="phase-word">{t(`player.phase.${phase}`)}</span>
          {leg && (
            <span className="mini-leg">
              <span aria-hidden="true">{t(`player.sideMark.${leg}`)}</span>
              <span className="visually-hidden">{t(`player.side.${leg}`)}</span>
            </span>
          )}
        </p>
      )}
      <h1 className="mini-step">{ended ? session.routine.name : position.step.name}</h1>
      {ended ? (
        <>
          <p className="mini-side">
            {session.status === 'abandoned' ? t('player.stoppedTitle') : t('player.complete')}
          </p>
          <button type="button" onClick={openLimber}>
            {t('mini.openLimber')}
          </button>
        </>
      ) : (
        <>
          <p className="mini-side">{side}</p>
          <div className="mini-countdown countdown" role="timer" aria-live="off" aria-label={t('player.timerLabel')}>
            {formatCountdown(shownClockMs(position))}
          </div>
          <div className="mini-controls">
            <button type="button" className="button-primary" onClick={actions.togglePause}>
              {session.status === 'paused' ? t('player.resume') : t('player.pause')}
            </button>
            <button type="button" onClick={actions.skip}>
              {t('player.skip')}
            </button>
          </div>
        </>
      )}
      {actions.failure && (
        <p role="alert" className="form-failure">
          {actions.failure}
        </p>
      )}
    </div>
  )
}

/** The compact timer (#/mini): fits a 320 × 200 window; no header or navigation. */
export default function MiniScreen(): ReactNode {
  const t = useTranslation()
  return (
    <StateGate>
      {(state) =>
        state.session ? (
          <MiniSession session={state.session} />
        ) : (
          <div className="mini">
            <h1 className="mini-step">{t('mini.noSession')}</h1>
            <button type="button" onClick={openLimber}>
              {t('mini.openLimber')}
            </button>
          </div>
        )
      }
    </StateGate>
  )
}
