import { useState, type ReactNode } from 'react'
import type { AppState } from '../../../contract/state'
import type { RoutineSession } from '../../../core/routines/routine-session'
import { routineSafetyNote } from '../../../core/health/sources'
import { useAppActions } from '../api/app-state'
import { useTranslation } from '../i18n/use-translation'
import { routeHref } from '../shell/navigation'
import { ScreenHeading } from '../shell/screen-heading'
import { StateGate } from '../shell/state-gate'
import { CueToggles } from './cue-toggles'
import { openMiniTimer } from './open-mini-timer'
import { PlayerControls } from './player-controls'
import { PlayerDisplay } from './player-display'
import { SessionEnded } from './session-ended'
import { StopConfirm } from './stop-confirm'
import { useFocusMode } from './use-focus-mode'
import { usePlayerActions } from './use-player-actions'
import { usePlayerKeys } from './use-player-keys'
import { useSegmentPosition } from './use-segment-position'
import './player.css'
import '../i18n/routine-strings'

/** The player for the current session: in focus mode it fills the window; the notes come back with one key. */
function SessionPlayer({ state, session }: { readonly state: AppState; readonly session: RoutineSession }): ReactNode {
  const t = useTranslation()
  const { perform } = useAppActions()
  const [position, repaint] = useSegmentPosition(session)
  const actions = usePlayerActions(session)
  const [miniFailure, setMiniFailure] = useState('')
  const [confirmingStop, setConfirmingStop] = useState(false)
  const ended = session.status === 'abandoned' || session.status === 'completed' || position.finished
  const [focus, toggleFocus] = useFocusMode(!ended)
  const requestStop = (): void => setConfirmingStop(true)
  usePlayerKeys(ended || confirmingStop ? null : { ...actions, requestStop, toggleFocus })
  const { routine } = session

  const openMini = async (): Promise<void> => {
    setMiniFailure((await openMiniTimer(state.mode, perform)) ? '' : t('player.miniFailed'))
  }

  return (
    <div className={focus ? 'player player-focus' : 'player'}>
      <div className="player-top">
        <ScreenHeading>{routine.name}</ScreenHeading>
        {!ended && (
          <button type="button" className="focus-toggle" aria-pressed={focus} onClick={toggleFocus}>
            {focus ? t('player.showMenu') : t('player.focusMode')}
          </button>
        )}
      </div>
      {ended ? (
        <SessionEnded session={session} actions={actions} />
      ) : (
        <>
          <PlayerDisplay
            session={session}
            position={position}
            settings={state.settings}
            onSegmentEnded={repaint}
            onEasing={actions.skip}
          />
          <PlayerControls paused={session.status === 'paused'} actions={actions} onStop={requestStop} />
        </>
      )}
      {confirmingStop && !ended && (
        <StopConfirm
          onKeepGoing={() => setConfirmingStop(false)}
          onStop={() => {
            setConfirmingStop(false)
            actions.stop()
          }}
        />
      )}
      <p role="alert" className="form-failure">
        {actions.failure || miniFailure}
      </p>
      <div className="player-notes">
        {!ended && position.step.instructions && <p className="player-instructions">{position.step.instructions}</p>}
        <div className="player-options">
          <CueToggles settings={state.settings} />
          {!ended && (
            <button type="button" onClick={() => void openMini()}>
              {t('player.openMini')}
            </button>
          )}
        </div>
        {!ended && <p className="shortcuts muted">{t('player.shortcuts')}</p>}
        <aside className="safety-note" aria-label={t('player.safetyTitle')}>
          {routineSafetyNote(routine.safetyNote).map((line) => (
            <p key={line}>{line}</p>
          ))}
        </aside>
      </div>
    </div>
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
