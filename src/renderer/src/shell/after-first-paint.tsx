import { useSyncExternalStore, type ReactNode } from 'react'

/**
 * Whether the window has painted its first frame. Until it has, parts of a screen that are not what it is opened
 * for (Today's list of drinks, next reminder, routines) wait, so the first frame comes sooner; they follow in the
 * next task. Once painted, it stays so: a screen opened later renders whole at once.
 */
let painted = typeof requestAnimationFrame !== 'function' // no frames to wait for (a plain Node test)
let scheduled = false
const listeners = new Set<() => void>()

/** A window that paints no frames (hidden, in the background) still gets the parts, this long after asking. */
const noFrameFallbackMs = 500

function markPainted(): void {
  if (painted) return
  painted = true
  for (const listener of listeners) listener()
}

function afterNextFrame(): void {
  if (painted || scheduled) return
  scheduled = true
  // The frame's callbacks run before it is painted; a task posted from one runs after.
  requestAnimationFrame(() => setTimeout(markPainted, 0))
  setTimeout(markPainted, noFrameFallbackMs)
}

const subscribe = (onPainted: () => void): (() => void) => {
  listeners.add(onPainted)
  afterNextFrame()
  return () => listeners.delete(onPainted)
}
const hasPainted = (): boolean => painted

/** Renders its children once the window has painted its first frame (at once after that). */
export function AfterFirstPaint({ children }: { readonly children: ReactNode }): ReactNode {
  return useSyncExternalStore(subscribe, hasPainted, hasPainted) ? children : null
}
