import { useSyncExternalStore, type ReactNode } from 'react'
import { hasPainted, whenPainted } from './first-paint'

/**
 * Renders its children once the window has painted its first frame (at once after that). Until then, parts of a
 * screen that are not what it is opened for (Today's list of drinks, next reminder, routines) wait, so the first
 * frame comes sooner; they follow in the next task. A screen opened later renders whole at once.
 */
export function AfterFirstPaint({ children }: { readonly children: ReactNode }): ReactNode {
  return useSyncExternalStore(whenPainted, hasPainted, hasPainted) ? children : null
}
