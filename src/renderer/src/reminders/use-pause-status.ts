import { useEffect, useReducer } from 'react'
import type { AppState } from '../../../contract/state'
import { pauseStatusOf, type PauseStatus } from './reminder-status'

/** The wall clock, read at each render: a pause stores its end, so whether it still holds is computed. */
const wallClockMs = (): number => Date.now()

/** Longest delay setTimeout takes (about 24.8 days). */
const maxTimerMs = 2 ** 31 - 1

/** The pause holding reminders back now, re-rendering when a timed pause runs out. */
export function usePauseStatus(state: AppState): { readonly status: PauseStatus; readonly nowMs: number } {
  const [, repaint] = useReducer((paints: number) => paints + 1, 0)
  const nowMs = wallClockMs()
  const status = pauseStatusOf(state.reminders, state.settings.reminders.doNotDisturb, nowMs)
  const untilMs = status.kind === 'until' ? status.untilMs : null

  useEffect(() => {
    if (untilMs === null) return
    const timer = window.setTimeout(repaint, Math.min(maxTimerMs, Math.max(0, untilMs - wallClockMs()) + 50))
    return () => window.clearTimeout(timer)
  }, [untilMs])

  return { status, nowMs }
}
