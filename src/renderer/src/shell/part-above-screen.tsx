import { Suspense, useState, type ComponentType, type ReactNode } from 'react'

/**
 * A part shown above every screen whose code loads the first time it is needed (the waiting reminder's banner,
 * the see-a-professional panel). One already needed when the window's state arrives (with the page in browser
 * mode, a moment after it in the desktop window) comes in the same frame as the screen below it: it holds the
 * boundary around the window's content (app.tsx) until its code is in, so the screen never appears and then
 * moves down under the pointer a moment later. One needed later appears above whatever is shown as soon as its
 * code is in, without hiding the screen meanwhile.
 */
export function PartAboveScreen({
  needed,
  Part
}: {
  /** Undefined while the window has no state yet. */
  readonly needed: boolean | undefined
  readonly Part: ComponentType
}): ReactNode {
  const [neededWithState, setNeededWithState] = useState(needed)
  if (neededWithState === undefined && needed !== undefined) setNeededWithState(needed)
  if (!needed) return null
  if (neededWithState) return <Part />
  return (
    <Suspense fallback={null}>
      <Part />
    </Suspense>
  )
}
