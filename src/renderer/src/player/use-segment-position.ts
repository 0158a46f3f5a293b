import { useEffect, useReducer } from 'react'
import { useRepaintWhenVisible, wallClockMs } from './use-session-position'
import { sessionPosition, type RoutineSession, type SessionPosition } from '../../../core/routines/routine-session'

/**
 * Where the session is, re-rendering only when a segment ends (and when the page becomes visible again): the
 * player around the countdown changes once per step, not once per second. The countdown ticks on its own.
 */
export function useSegmentPosition(session: RoutineSession): readonly [SessionPosition, () => void] {
  const [, repaint] = useReducer((paints: number) => paints + 1, 0)
  const position = sessionPosition(session, wallClockMs())
  const running = session.status === 'running' && !position.finished
  const remainingMs = position.remainingInSegmentMs

  useEffect(() => {
    if (!running) return
    // A few ms late, so the clock has surely crossed the boundary when the position is read again.
    const timer = window.setTimeout(repaint, remainingMs + 5)
    return () => window.clearTimeout(timer)
  })

  useRepaintWhenVisible(repaint)
  return [position, repaint] as const
}
