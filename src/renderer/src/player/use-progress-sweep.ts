import { useLayoutEffect, useRef, type RefObject } from 'react'

/** How far the sweep may drift from the clock (after a sleep, or a changed system clock) before it starts again. */
const DRIFT_MS = 500

/**
 * While `sweeping`, fills the step's progress bar with one linear animation from `fraction` to the step's end,
 * which the compositor plays on its own: the bar moves smoothly without the page restyling it each second. At
 * each render (once a second) the sweep is checked against the clock and started again if it drifted.
 */
export function useProgressSweep(
  fill: RefObject<HTMLElement | null>,
  fraction: number,
  remainingMs: number,
  sweeping: boolean
): void {
  const sweep = useRef<{ animation: Animation; remainingMs: number } | null>(null)

  useLayoutEffect(() => {
    const element = fill.current
    const current = sweep.current
    if (element === null || !sweeping || remainingMs <= 0 || typeof element.animate !== 'function') {
      current?.animation.cancel()
      sweep.current = null
      return
    }
    if (current !== null) {
      const left = current.remainingMs - Number(current.animation.currentTime ?? 0)
      if (Math.abs(left - remainingMs) < DRIFT_MS) return
      current.animation.cancel()
    }
    const keyframes = [{ transform: `scaleX(${fraction.toFixed(4)})` }, { transform: 'scaleX(1)' }]
    sweep.current = { animation: element.animate(keyframes, { duration: remainingMs, fill: 'forwards' }), remainingMs }
  })

  useLayoutEffect(
    () => () => {
      sweep.current?.animation.cancel()
      sweep.current = null
    },
    []
  )
}
