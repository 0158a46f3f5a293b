import { useEffect, useReducer } from 'react'
import { sessionPosition, type RoutineSession, type SessionPosition } from '../../../core/routines/routine-session'

/** The wall clock, read at every paint: the session stores timestamps, so the position is computed, never counted. */
export const wallClockMs = (): number => Date.now()

/**
 * Milliseconds until the countdown's whole second next changes. A timer that fires early only repaints the
 * same second and schedules the short rest; one that fires late is right anyway, as the time is read fresh.
 */
export function msUntilNextSecond(remainingInSegmentMs: number): number {
  const intoSecond = remainingInSegmentMs % 1000
  return intoSecond <= 0 ? 1000 : intoSecond
}

/**
 * Where the session is now, re-rendering each time the displayed second changes while it runs (and when the
 * page becomes visible again). A throttled or sleeping page is right at its next paint, as the time is read fresh.
 */
export function useSessionPosition(session: RoutineSession | null): SessionPosition | null {
  const position = session === null ? null : sessionPosition(session, wallClockMs())
  const ticking = session?.status === 'running' && position !== null && !position.finished
  useRepaintEachSecond(ticking, position?.remainingInSegmentMs ?? 0)
  return position
}

/**
 * Re-renders just after the next whole second of `remainingMs` while `ticking`, and whenever the page becomes
 * visible again; the caller reads the clock fresh at each render, so a late or throttled timer is harmless.
 */
export function useRepaintEachSecond(ticking: boolean, remainingMs: number): void {
  const [, repaint] = useReducer((paints: number) => paints + 1, 0)

  useEffect(() => {
    if (!ticking) return
    const timer = window.setTimeout(repaint, msUntilNextSecond(remainingMs))
    return () => window.clearTimeout(timer)
  })

  useRepaintWhenVisible(repaint)
}

/** Calls `repaint` whenever the page becomes visible again (a hidden page's timers may not have run). */
export function useRepaintWhenVisible(repaint: () => void): void {
  useEffect(() => {
    const onVisible = (): void => {
      if (document.visibilityState === 'visible') repaint()
    }
    document.addEventListener('visibilitychange', onVisible)
    return () => document.removeEventListener('visibilitychange', onVisible)
  }, [repaint])
}
