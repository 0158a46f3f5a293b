import type { ReactNode } from 'react'
import { shownClockMs, type RoutineSession } from '../../../core/routines/routine-session'
import { formatCountdown } from '../format/duration'
import { useTranslation } from '../i18n/use-translation'
import { compactSideText } from '../player/session-text'
import { useSessionPosition } from '../player/use-session-position'

/** A running or paused session; an ended one (still open in the player) no longer belongs on the widget. */
export const isActiveSession = (session: RoutineSession | null): session is RoutineSession =>
  session?.status === 'running' || session?.status === 'paused'

/** The routine in progress, in one glance: the step, the side (or rest, or the switch) and the time left in it. */
export function WidgetSession({ session }: { readonly session: RoutineSession }): ReactNode {
  const t = useTranslation()
  const position = useSessionPosition(session)
  // Past its end but not yet settled by the service, which is about to push the finished state.
  if (position === null || position.finished) return null
  const side = compactSideText(position)
  return (
    <section className="widget-session" aria-labelledby="widget-session-title">
      <h2 id="widget-session-title" className="visually-hidden">
        {t('widget.sessionTitle')}
      </h2>
      <p className="widget-step">{position.step.name}</p>
      <p className="widget-side">
        {session.status === 'paused' ? [side, t('widget.paused')].filter(Boolean).join(' · ') : side}
      </p>
      <div className="widget-timer" role="timer" aria-live="off" aria-label={t('player.timerLabel')}>
        {formatCountdown(shownClockMs(position))}
      </div>
    </section>
  )
}
