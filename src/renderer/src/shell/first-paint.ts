/**
 * Whether the window has painted its first frame, for work that should not delay it: parts of a screen that are
 * not what it is opened for, and the live connection to the service (the page arrives with the state of the
 * moment, and a new stream starts with every slice at its newest revision, so nothing is missed meanwhile).
 * Once painted, it stays so.
 */
let painted = typeof requestAnimationFrame !== 'function' // no frames to wait for (a plain Node test)
let scheduled = false
const listeners = new Set<() => void>()

/** A window that paints no frames (hidden, in the background) still gets the parts, this long after asking. */
const noFrameFallbackMs = 500

function markPainted(): void {
  if (painted) return
  painted = true
  for (const listener of [...listeners]) listener()
  listeners.clear()
}

/** Whether this window reports when a frame with content reaches the screen (Chromium does; a test's DOM does not). */
const reportsPaints = (): boolean =>
  typeof PerformanceObserver === 'function' && (PerformanceObserver.supportedEntryTypes ?? []).includes('paint')

function afterNextFrame(): void {
  if (painted || scheduled) return
  scheduled = true
  if (reportsPaints()) {
    // Reported once the first frame with content is on screen. Starting sooner (after the main thread's part of
    // the frame) put the waiting work's fetching and compiling beside the frame's raster on the same cores, and
    // Today reached the screen about 10% later in `npm run bench`.
    new PerformanceObserver((entries, observer) => {
      if (entries.getEntriesByName('first-contentful-paint').length === 0) return
      observer.disconnect()
      markPainted()
    }).observe({ type: 'paint', buffered: true })
  } else {
    // The frame's callbacks run before it is painted; a task posted from one runs after.
    requestAnimationFrame(() => setTimeout(markPainted, 0))
  }
  setTimeout(markPainted, noFrameFallbackMs)
}

/** True once the first frame has been painted. */
export const hasPainted = (): boolean => painted

/** Calls `listener` once, after the first frame has been painted (at once if it has); returns the cancel. */
export function whenPainted(listener: () => void): () => void {
  if (painted) {
    listener()
    return () => {}
  }
  listeners.add(listener)
  afterNextFrame()
  return () => listeners.delete(listener)
}
