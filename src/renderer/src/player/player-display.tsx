import type { ReactNode } from 'react'
import type { RoutineSession, SessionPosition } from '../../../core/routine-session'
import { formatCountdown, formatDuration } from '../format/duration'
import { formatPercent, numberFormat } from '../format/number-format'
import { useTranslation } from '../i18n/use-translation'
import { doneFraction, nextPreview, setOf, sideAfterSwitch, sideLabel } from './session-text'
import '../i18n/routine-strings'

/** The leg, or the switch-sides / rest banner with what comes after it. */
function PhaseBanner({ position }: { readonly position: SessionPosition }): ReactNode {
  const t = useTranslation()
  const { segment, next, step } = position
  if (segment.phase === 'switch-sides') {
    return (
      <div className="phase-banner phase-switch">
        <p className="phase-title">{t('player.switchSides')}</p>
        <p>{t('player.sideNext', { side: sideLabel(sideAfterSwitch(next)) })}</p>
      </div>
    )
  }
  if (segment.phase === 'rest') {
    return (
      <div className="phase-banner phase-rest">
        <p className="phase-title">{t('player.rest')}</p>
        <p>{t('player.setNext', { set: setOf(segment.set + 1, step.sets) })}</p>
      </div>
    )
  }
  if (segment.side === null) return null
  return (
    <div className="phase-banner phase-side">
      <p className="phase-title">{sideLabel(segment.side)}</p>
    </div>
  )
}

/** The current step: leg or phase, name, countdown, rep target, instructions; then what is next and overall progress. */
export function PlayerDisplay({
  session,
  position
}: {
  readonly session: RoutineSession
  readonly position: SessionPosition
}): ReactNode {
  const t = useTranslation()
  const { routine } = session
  const { step, segment } = position
  const count = numberFormat({})
  const fraction = doneFraction(position)
  const stepOf = t('player.stepOf', {
    step: count.format(segment.stepIndex + 1),
    steps: count.format(routine.steps.length)
  })
  return (
    <>
      <section className={`player-now phase-${segment.phase}`} aria-labelledby="player-step-name">
        <PhaseBanner position={position} />
        <h2 id="player-step-name" className="player-step-name">
          {step.name}
        </h2>
        <p className="player-meta">
          <span>{stepOf}</span>
          {step.sets > 1 && <span>{setOf(segment.set, step.sets)}</span>}
          {session.status === 'paused' && <span className="paused-badge">{t('player.paused')}</span>}
        </p>
        <div className="countdown" role="timer" aria-live="off" aria-label={t('player.timerLabel')}>
          {formatCountdown(position.remainingInSegmentMs)}
        </div>
        {step.kind === 'reps' && segment.phase === 'work' && step.reps !== undefined && (
          <p className="reps-target">{t('player.repsTarget', { count: step.reps, reps: count.format(step.reps) })}</p>
        )}
        {step.instructions && <p className="player-instructions">{step.instructions}</p>}
      </section>
      <p className="player-next">{nextPreview(routine, position.next)}</p>
      <div className="routine-progress">
        <div
          className="progress-bar"
          role="progressbar"
          aria-label={t('player.progressLabel')}
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={Math.floor(fraction * 100)}
          aria-valuetext={t('player.progressText', {
            percent: formatPercent(Math.floor(fraction * 100) / 100),
            left: formatDuration(position.remainingTotalMs)
          })}
        >
          <div className="progress-bar-fill" style={{ transform: `scaleX(${fraction})` }} />
        </div>
        <p className="time-left">{t('player.timeLeft', { time: formatCountdown(position.remainingTotalMs) })}</p>
      </div>
    </>
  )
}
