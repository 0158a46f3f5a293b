import type { ReactNode } from 'react'
import { useTranslation } from '../i18n/use-translation'
import type { PlayerActions } from './use-player-actions'
import '../i18n/routine-strings'

/** Back, Pause/Resume (one toggle whose name says what it will do), Skip, Restart and Stop. */
export function PlayerControls({
  paused,
  actions
}: {
  readonly paused: boolean
  readonly actions: PlayerActions
}): ReactNode {
  const t = useTranslation()
  return (
    <div className="player-controls" role="group" aria-label={t('player.controls')}>
      <button type="button" onClick={actions.back}>
        {t('player.back')}
      </button>
      <button type="button" className="button-primary toggle-pause" onClick={actions.togglePause}>
        {paused ? t('player.resume') : t('player.pause')}
      </button>
      <button type="button" onClick={actions.skip}>
        {t('player.skip')}
      </button>
      <button type="button" onClick={actions.restart}>
        {t('player.restart')}
      </button>
      <button type="button" onClick={actions.stop}>
        {t('player.stop')}
      </button>
    </div>
  )
}
