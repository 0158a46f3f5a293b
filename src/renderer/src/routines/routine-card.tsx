import { useEffect, useRef, useState, type ReactNode } from 'react'
import type { Routine } from '../../../core/routines/routine'
import { routineTotalMs } from '../../../core/routines/routine-session'
import { formatDuration } from '../format/duration'
import { numberFormat } from '../format/number-format'
import { useTranslation } from '../i18n/use-translation'
import { loadPlayer } from '../player/load-player'
import { navigateTo } from '../shell/navigation'
import { NamedButton } from './named-button'
import { StepThumbnails } from './step-thumbnails'
import '../i18n/routine-strings'

/** One routine: name, description, length, step count and step pictures, and its actions (delete asks first, in the page). */
export function RoutineCard({
  routine,
  edited,
  running,
  onStart,
  onReset,
  onDelete
}: {
  readonly routine: Routine
  readonly edited: boolean
  readonly running: boolean
  readonly onStart: () => void
  readonly onReset: () => void
  readonly onDelete: () => void
}): ReactNode {
  const t = useTranslation()
  const [confirming, setConfirming] = useState(false)
  const keepButton = useRef<HTMLButtonElement>(null)
  const deleteButton = useRef<HTMLButtonElement>(null)
  const wasConfirming = useRef(false)
  const titleId = `routine-${routine.id}-title`

  useEffect(() => {
    if (confirming) keepButton.current?.focus()
    else if (wasConfirming.current) deleteButton.current?.focus()
    wasConfirming.current = confirming
  }, [confirming])

  const steps = t('routines.stepCount', {
    count: routine.steps.length,
    steps: numberFormat({}).format(routine.steps.length)
  })
  return (
    <article className="routine-card" aria-labelledby={titleId}>
      <h3 id={titleId}>{routine.name}</h3>
      {routine.description && <p>{routine.description}</p>}
      <p className="routine-meta muted">
        <span>{formatDuration(routineTotalMs(routine))}</span>
        <span>{steps}</span>
        {edited && <span>{t('routines.edited')}</span>}
        {!routine.builtIn && <span>{t('routines.custom')}</span>}
        {running && <span className="routine-running">{t('routines.running')}</span>}
      </p>
      <StepThumbnails steps={routine.steps} />
      {confirming ? (
        <div className="confirm-delete" role="group" aria-labelledby={`${titleId}-confirm`}>
          <p id={`${titleId}-confirm`}>{t('routines.confirmDelete', { name: routine.name })}</p>
          <div className="routine-actions">
            <button type="button" className="button-danger" onClick={onDelete}>
              {t('routines.yesDelete')}
              <span className="visually-hidden"> {routine.name}</span>
            </button>
            <button ref={keepButton} type="button" onClick={() => setConfirming(false)}>
              {t('routines.keep')}
              <span className="visually-hidden"> {routine.name}</span>
            </button>
          </div>
        </div>
      ) : (
        <div className="routine-actions">
          <NamedButton
            before={t('routines.start')}
            name={routine.name}
            primary
            onClick={onStart}
            onPointerEnter={() => void loadPlayer()}
          />
          <NamedButton
            before={t('routines.edit')}
            name={routine.name}
            onClick={() => navigateTo('routines/edit', routine.id)}
          />
          <NamedButton
            before={t('routines.duplicate')}
            name={routine.name}
            onClick={() => navigateTo('routines/copy', routine.id)}
          />
          {edited && (
            <NamedButton
              before={t('routines.reset')}
              name={routine.name}
              after={t('routines.resetAfter')}
              onClick={onReset}
            />
          )}
          {!routine.builtIn && (
            <button ref={deleteButton} type="button" onClick={() => setConfirming(true)}>
              {t('routines.delete')}
              <span className="visually-hidden"> {routine.name}</span>
            </button>
          )}
        </div>
      )}
    </article>
  )
}
