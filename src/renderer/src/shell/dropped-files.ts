/**
 * Files dropped onto the window, waiting for the Activities screen to import them: the window-wide drop target
 * lives in the shell (every screen), the import code in the Activities screen's own chunk.
 */
let pending: readonly File[] = []
const listeners = new Set<() => void>()

/** Hands dropped files over to the Activities screen (it takes them when it opens, or at once if open). */
export function offerDroppedFiles(files: readonly File[]): void {
  pending = [...pending, ...files]
  for (const listener of listeners) listener()
}

/** The files waiting to be imported, now no longer waiting. */
export function takeDroppedFiles(): readonly File[] {
  const files = pending
  pending = []
  return files
}

/** Calls `listener` whenever files are dropped; returns the unsubscribe. */
export function onDroppedFiles(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}
