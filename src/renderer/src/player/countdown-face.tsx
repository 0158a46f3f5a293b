import { useEffect, useRef, type ReactNode } from 'react'
import type { RoutineSession } from '../../../core/routines/routine-session'
import type { Settings } from '../../../core/settings/settings'
import { formatCountdown, secondsLeft } from '../format/duration'
import { useTranslation } from '../i18n/use-translation'
import { COUNTDOWN_SECONDS, liveAnnouncement } from './session-text'
import { useSessionCues } from './use-session-cues'
import { useSessionPosition } from './use-session-position'
import { useProgressSweep } from './use-progress-sweep'
import { useReducedMotion } from '../shell/use-reduced-motion'
import { warningRules } from '../../../core/health/warning-signs'
import '../i18n/routine-strings'

/**
 * The only part of the player that renders every second: the digits, the step's progress bar (which sweeps on
 * its own while the step runs, see useProgressSweep), and the live region (which itself changes only at a step's
 * start and in its last seconds). Cues play from here too.
 */
export function CountdownFace({
  session,
  settings,
  shownSegment,
  onSegmentEnded
}: {
  readonly session: RoutineSession
  readonly settings: Settings
  /** The segment the player around it shows; when the clock has moved past it, `onSegmentEnded` repaints the player. */
  readonly shownSegment: number
  readonly onSegmentEnded: () => void
}): ReactNode {
  const t = useTranslation()
  const position = useSessionPosition(session)
  useSessionCues(session, position, settings)
  const moved = position !== null && (position.segmentIndex !== shownSegment || position.finished)
  useEffect(() => {
    // Also catches a clock that jumped (sleep, a changed system clock), which a timer set for the boundary would miss.
    if (moved) onSegmentEnded()
  })
  const fill = useRef<HTMLDivElement>(null)
  const remainingInSegmentMs = position?.remainingInSegmentMs ?? 0
  const durationMs = position?.segment.durationMs ?? 0
  const fraction = durationMs === 0 ? 1 : 1 - remainingInSegmentMs / durationMs
  const reducedMotion = useReducedMotion()
  const sweeping = session.status === 'running' && position?.finished === false && !reducedMotion
  useProgressSweep(fill, fraction, remainingInSegmentMs, sweeping)
  if (position === null) return null
  if (position.segment.optional) return <SuggestionFace session={session} elapsedMs={position.elapsedInSegmentMs} />
  if (position.segment.openEnded) return <HoldFace session={session} elapsedMs={position.elapsedInSegmentMs} />
  const left = secondsLeft(remainingInSegmentMs)
  const final = session.status === 'running' && left <= COUNTDOWN_SECONDS && left > 0
  return (
    <div className="countdown-face" data-final={final ? 'true' : undefined}>
      <div className="countdown" role="timer" aria-live="off" aria-label={t('player.timerLabel')}>
        {formatCountdown(remainingInSegmentMs)}
      </div>
      <div className="step-progress" aria-hidden="true">
        <div
          ref={fill}
          className="step-progress-fill"
          style={sweeping ? undefined : { transform: `scaleX(${fraction.toFixed(3)})` }}
        />
      </div>
      <div className="visually-hidden" aria-live="polite" aria-atomic="true">
        {liveAnnouncement(session, position)}
      </div>
    </div>
  )
}

/** After this long a hold gets a gentle prompt to breathe and keep holding. */
const BREATHE_PROMPT_MS = 30_000

/** A step that waits for the person: what it is, its clock counting up, and anything it has to say meanwhile. */
function OpenEndedFace({
  session,
  elapsedMs,
  label,
  timerLabel,
  children
}: {
  readonly session: RoutineSession
  readonly elapsedMs: number
  readonly label: string
  readonly timerLabel: string
  readonly children?: ReactNode
}): ReactNode {
  const t = useTranslation()
  return (
    <div className="countdown-face hold-face">
      <p className="hold-label">{label}</p>
      <div className="countdown" role="timer" aria-live="off" aria-label={timerLabel}>
        {formatCountdown(elapsedMs)}
      </div>
      {children}
      <div className="visually-hidden" aria-live="polite" aria-atomic="true">
        {session.status === 'paused' ? t('player.paused') : label}
      </div>
    </div>
  )
}

/** An open-ended hold: the time held counts up, with a prompt after 30 s and the get-help guidance after 10 minutes. */
function HoldFace({ session, elapsedMs }: { readonly session: RoutineSession; readonly elapsedMs: number }): ReactNode {
  const t = useTranslation()
  const tooLong = elapsedMs > warningRules.longCrampMinutes * 60_000
  return (
    <OpenEndedFace
      session={session}
      elapsedMs={elapsedMs}
      label={t('player.holdUntilEased')}
      timerLabel={t('player.timeHeld')}
    >
      {tooLong ? (
        <p className="hold-prompt hold-urgent" role="alert">
          {t('player.holdTooLong', { minutes: warningRules.longCrampMinutes })}
        </p>
      ) : (
        elapsedMs >= BREATHE_PROMPT_MS && <p className="hold-prompt">{t('player.keepHolding')}</p>
      )}
    </OpenEndedFace>
  )
}

/** A suggestion (warmth, ice): worth doing if it helps, with a clock counting up that nobody has to wait for. */
function SuggestionFace({
  session,
  elapsedMs
}: {
  readonly session: RoutineSession
  readonly elapsedMs: number
}): ReactNode {
  const t = useTranslation()
  return (
    <OpenEndedFace
      session={session}
      elapsedMs={elapsedMs}
      label={t('player.optionalStep')}
      timerLabel={t('player.optionalTimer')}
    />
  )
}
