import { useEffect, useRef, type ReactNode } from 'react'
import { useTranslation } from '../i18n/use-translation'
import '../i18n/routine-strings'

/** "Stop this routine?": a modal question, so Esc or a stray click cannot throw a routine away. Esc keeps going. */
export function StopConfirm({
  onKeepGoing,
  onStop
}: {
  readonly onKeepGoing: () => void
  readonly onStop: () => void
}): ReactNode {
  const t = useTranslation()
  const dialog = useRef<HTMLDialogElement>(null)
  useEffect(() => {
    const element = dialog.current
    if (element && !element.open) element.showModal()
  }, [])
  return (
    <dialog
      ref={dialog}
      className="stop-confirm"
      aria-labelledby="stop-confirm-title"
      onCancel={(event) => {
        event.preventDefault()
        onKeepGoing()
      }}
    >
      <h2 id="stop-confirm-title">{t('player.stopConfirmTitle')}</h2>
      <p>{t('player.stopConfirmText')}</p>
      <div className="player-controls">
        <button type="button" className="button-primary" autoFocus onClick={onKeepGoing}>
          {t('player.keepGoing')}
        </button>
        <button type="button" onClick={onStop}>
          {t('player.stopRoutine')}
        </button>
      </div>
    </dialog>
  )
}
