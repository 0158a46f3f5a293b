import { useState, type ReactNode } from 'react'
import type { AppState } from '../../../contract/state'
import type { RoutineSession } from '../../../core/routine-session'
import { notMedicalAdvice } from '../../../core/sources'
import { useAppState } from '../api/app-state'
import { useTranslation } from '../i18n/use-translation'
import { routeHref } from '../shell/navigation'
import { ScreenHeading } from '../shell/screen-heading'
import { StateGate } from '../shell/state-gate'
import { CueToggles } from './cue-toggles'
import { openMiniTimer } from './open-mini-timer'
import { PlayerControls } from './player-controls'
import { PlayerDisplay } from './player-display'
import { SessionEnded } from './session-ended'
import { liveAnnouncement } from './session-text'
import { usePlayerActions } from './use-player-actions'
import { usePlayerKeys } from './use-player-keys'
import { useSessionCues } from './use-session-cues'
import { useSessionPosition } from './use-session-position'
import './player.css'
import '../i18n/routine-strings'

/** The player for the current session: countdown, step, controls, cues, and its safety notes. */
function SessionPlayer({ state, session }: { readonly state: AppState; readonly session: RoutineSession }): ReactNode {
  const t = useTranslation()
  const { perform } = useAppState()
  const position = useSessionPosition(session)
  const actions = usePlayerActions(session)
  const [miniFailure, setMiniFailure] = useState('')
  useSessionCues(session, position, state.settings)
  const ended = session.status === 'abandoned' || session.status === 'completed' || position?.finished === true
  usePlayerKeys(ended ? null : actions)
  if (position === null) return null
  const { routine } = session

  const openMini = async (): Promise<void> => {
    setMiniFailure((await openMiniTimer(state.mode, perform)) ? '' : t('player.miniFailed'))
  }

  return (
    <>
      <ScreenHeading>{routine.name}</ScreenHeading>
      <div className="player">
        {ended ? (
          <SessionEnded session={session} position={position} actions={actions} />
        ) : (
          <>
            <PlayerDisplay session={session} position={position} />
            <PlayerControls paused={session.status === 'paused'} actions={actions} />
          </>
        )}
        <p role="alert" className="form-failure">
          {actions.failure || miniFailure}
        </p>
        <div className="visually-hidden" aria-live="polite" aria-atomic="true">
          {liveAnnouncement(session, position)}
        </div>
        <div className="player-options">
          <CueToggles settings={state.settings} />
          {!ended && (
            <button type="button" onClick={() => void openMini()}>
              {t('player.openMini')}
            </button>
          )}
        </div>
        {!ended && <p className="shortcuts muted">{t('player.shortcuts')}</p>}
        {routine.safetyNote && (
          <aside className="safety-note" aria-labelledby="safety-note-title">
            <h2 id="safety-note-title">{t('player.safetyTitle')}</h2>
            <p>{routine.safetyNote}</p>
          </aside>
        )}
        <p className="not-medical-advice">{notMedicalAdvice}</p>
      </div>
    </>
  )
}

/** The routine player (#/player); with no session, a pointer back to the routines. */
export default function PlayerScreen(): ReactNode {
  const t = useTranslation()
  return (
    <StateGate>
      {(state) =>
        state.session ? (
          <SessionPlayer key={state.session.id} state={state} session={state.session} />
        ) : (
          <>
            <ScreenHeading>{t('player.title')}</ScreenHeading>
            <p>{t('player.noSession')}</p>
            <p>
              <a href={routeHref('routines')}>{t('player.chooseRoutine')}</a>
            </p>
          </>
        )
      }
    </StateGate>
  )
}
