import { memo, type ReactNode } from 'react'
import type { RoutineSession, SessionPosition } from '../../../core/routines/routine-session'
import type { Settings } from '../../../core/settings/settings'
import { pictureForStep, type StepPictureId } from '../../../core/routines/step-pictures'
import { formatDuration } from '../format/duration'
import { numberFormat } from '../format/number-format'
import { useTranslation } from '../i18n/use-translation'
import { StepPicture } from '../pictures/step-picture'
import { CountdownFace } from './countdown-face'
import { displayPhase } from './phase'
import { nextPreview, setOf, sideAfterSwitch } from './session-text'
import '../i18n/routine-strings'

/** The picture for this moment: the step's own, or the switch-sides / rest picture between parts. */
function pictureNow(position: SessionPosition): StepPictureId | null {
  if (position.segment.phase === 'switch-sides') return 'switch-sides'
  if (position.segment.phase === 'rest') return 'rest'
  return pictureForStep(position.step)
}

/** The side this moment is about: the working leg, or the one coming next during a switch. */
function sideNow(position: SessionPosition): 'left' | 'right' | null {
  if (position.segment.phase === 'switch-sides') return sideAfterSwitch(position.next)
  return position.segment.side
}

/**
 * The player's face, for one segment: phase word and colour, picture with a large L / R, the countdown, what
 * is next. Memoised on the segment, so it renders once per step; only the CountdownFace inside ticks.
 */
export const PlayerDisplay = memo(function PlayerDisplay({
  session,
  position,
  settings,
  onSegmentEnded,
  onEasing
}: {
  readonly session: RoutineSession
  readonly position: SessionPosition
  readonly settings: Settings
  readonly onSegmentEnded: () => void
  /** "It's easing" (or "Done, next" for a suggestion): ends an open-ended step. */
  readonly onEasing: () => void
}): ReactNode {
  const t = useTranslation()
  const { routine } = session
  const { step, segment } = position
  const count = numberFormat({})
  const phase = displayPhase(session, position)
  const picture = pictureNow(position)
  const side = sideNow(position)
  const stepOf = t('player.stepOf', {
    step: count.format(segment.stepIndex + 1),
    steps: count.format(routine.steps.length)
  })
  return (
    <section
      className={`player-now phase-${phase}`}
      data-phase={phase}
      data-flash={settings.flashCues ? 'on' : undefined}
      aria-labelledby="player-step-name"
    >
      {/* Keyed by segment, so its flash animation plays again at each step change. */}
      <div key={position.segmentIndex} className="phase-band">
        <p className="phase-word">{t(`player.phase.${phase}`)}</p>
        <h2 id="player-step-name" className="player-step-name">
          {step.name}
        </h2>
        <p className="player-meta">
          <span>{stepOf}</span>
          {step.sets > 1 && <span>{setOf(segment.set, step.sets)}</span>}
          <span>{t('player.aboutLeft', { time: formatDuration(position.remainingTotalMs) })}</span>
        </p>
      </div>
      <div className="player-stage">
        <div className="player-picture">
          {picture && <StepPicture picture={picture} side={side} size="fill" still={phase === 'paused'} />}
          {side && (
            <p className="side-mark">
              <span aria-hidden="true">{t(`player.sideMark.${side}`)}</span>
              <span className="visually-hidden">{t(`player.side.${side}`)}</span>
            </p>
          )}
        </div>
        <div className="player-clock">
          <CountdownFace
            session={session}
            settings={settings}
            shownSegment={position.segmentIndex}
            onSegmentEnded={onSegmentEnded}
          />
          {step.kind === 'reps' && segment.phase === 'work' && step.reps !== undefined && (
            <p className="reps-target">{t('player.repsTarget', { count: step.reps, reps: count.format(step.reps) })}</p>
          )}
          {segment.openEnded && (
            <button type="button" className="button-primary easing-button" onClick={onEasing}>
              {segment.optional ? t('player.optionalDone') : t('player.easing')}
            </button>
          )}
          <p className="player-next">{nextPreview(routine, position.next)}</p>
        </div>
      </div>
    </section>
  )
}, sameSegment)

/** Re-render only when what the face shows changes: another segment, pause/resume, or the cue settings. */
interface DisplayProps {
  readonly session: RoutineSession
  readonly position: SessionPosition
  readonly settings: Settings
}
function sameSegment(before: DisplayProps, after: DisplayProps): boolean {
  return (
    before.session === after.session &&
    before.position.segmentIndex === after.position.segmentIndex &&
    before.settings === after.settings
  )
}
