import type { ReactNode } from 'react'
import { useTranslation } from '../i18n/use-translation'
import type { PlayerActions } from './use-player-actions'
import '../i18n/routine-strings'

/** Back, Pause/Resume (one large toggle whose name says what it will do), Skip, Restart and Stop (which asks first). */
export function PlayerControls({
  paused,
  actions,
  onStop
}: {
  readonly paused: boolean
  readonly actions: PlayerActions
  readonly onStop: () => void
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
      <button type="button" onClick={onStop}>
        {t('player.stop')}
      </button>
    </div>
  )
}
