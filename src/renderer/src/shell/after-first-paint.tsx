import { createElement, lazy, Suspense, useSyncExternalStore, type ComponentType, type ReactNode } from 'react'
import { hasPainted, whenPainted } from './first-paint'

/**
 * Renders its children once the window has painted its first frame (at once after that). Until then, parts of a
 * screen that are not what it is opened for (Today's list of drinks, next reminder, routines) wait, so the first
 * frame comes sooner; they follow in the next task. A screen opened later renders whole at once.
 */
export function AfterFirstPaint({ children }: { readonly children: ReactNode }): ReactNode {
  return useSyncExternalStore(whenPainted, hasPainted, hasPainted) ? children : null
}

/**
 * A part that waits for the first frame and whose code is not even fetched before it (it lives in a chunk of its
 * own): nothing stands in its place until the code is in, and once it is, every later mount renders at once.
 */
export function lazyAfterFirstPaint<P extends object>(load: () => Promise<ComponentType<P>>): (props: P) => ReactNode {
  const Lazy = lazy(async () => ({ default: await load() }))
  return function Later(props: P): ReactNode {
    return (
      <AfterFirstPaint>
        <Suspense fallback={null}>{createElement(Lazy, props)}</Suspense>
      </AfterFirstPaint>
    )
  }
}
