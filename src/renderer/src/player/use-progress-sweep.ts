import { useLayoutEffect, useRef, type RefObject } from 'react'

/** How far the sweep may drift from the clock (after a sleep, or a changed system clock) before it starts again. */
const DRIFT_MS = 500

/** The most times a second the bar moves: enough to look continuous on a short step. */
const MOST_MOVES_PER_SECOND = 10

/**
 * How many equal jumps the bar makes over `remainingMs` to grow by `pixels`: one per pixel it grows, at most
 * MOST_MOVES_PER_SECOND a second, and at least one. A bar that moved every frame (a linear animation) made the
 * compositor report each of its 60 frames a second back to the page's main thread, which cost the running player
 * more than all its own work; moving only when a pixel changes looks the same.
 */
export function sweepJumps(pixels: number, remainingMs: number): number {
  const mostForTime = (remainingMs / 1000) * MOST_MOVES_PER_SECOND
  return Math.max(1, Math.round(Math.min(pixels, mostForTime)))
}

/**
 * While `sweeping`, fills the step's progress bar with one animation from `fraction` to the step's end, which
 * the compositor plays on its own: the bar moves without the page restyling it each second. At each render (once a
 * second) the sweep is checked against the clock and started again if it drifted.
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
    // The track's width is read only when a sweep starts (a step's start, or after a drift), not each second.
    const pixels = (element.parentElement?.clientWidth ?? 0) * (1 - fraction)
    const keyframes = [{ transform: `scaleX(${fraction.toFixed(4)})` }, { transform: 'scaleX(1)' }]
    const timing = {
      duration: remainingMs,
      fill: 'forwards',
      easing: `steps(${sweepJumps(pixels, remainingMs)})`
    } as const
    sweep.current = { animation: element.animate(keyframes, timing), remainingMs }
  })

  useLayoutEffect(
    () => () => {
      sweep.current?.animation.cancel()
      sweep.current = null
    },
    []
  )
}
