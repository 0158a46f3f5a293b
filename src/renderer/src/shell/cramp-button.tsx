import type { ReactNode } from 'react'
import { useLoadedSelector } from '../api/app-state'
import { useTranslation } from '../i18n/use-translation'
import { loadPlayer } from '../player/load-player'
import { useStartRoutine } from '../routines/use-start-routine'
import { navigateTo } from './navigation'

/** The built-in routine that eases a cramp happening now. */
const reliefRoutineId = 'cramp-relief'

/**
 * "I have a cramp", on every screen: one click starts the relief routine (or returns to it if it is
 * already running) and opens the player; the log form follows when the routine ends.
 */
export function CrampButton(): ReactNode {
  const t = useTranslation()
  const { start, failure } = useStartRoutine()
  const reliefGoing = useLoadedSelector(
    ({ session }) =>
      session !== null &&
      session.routine.purpose === 'relief' &&
      (session.status === 'running' || session.status === 'paused')
  )
  const open = (): void => {
    if (reliefGoing) navigateTo('player')
    else void start(reliefRoutineId)
  }
  return (
    <div className="cramp-button">
      <button type="button" onClick={open} onPointerEnter={() => void loadPlayer()} onFocus={() => void loadPlayer()}>
        {t('app.crampButton')}
      </button>
      {failure && (
        <p role="alert" className="form-failure">
          {failure} <a href="#/cramp">{t('app.crampButtonFallback')}</a>
        </p>
      )}
    </div>
  )
}
