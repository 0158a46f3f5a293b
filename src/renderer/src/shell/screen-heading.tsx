import { useEffect, useRef, type ReactNode } from 'react'
import { takeHeadingFocus } from './heading-focus'

/** A screen's `<h1>`; takes focus when the screen was opened from the navigation. */
export function ScreenHeading({ children }: { readonly children: ReactNode }): ReactNode {
  const heading = useRef<HTMLHeadingElement>(null)
  useEffect(() => {
    if (takeHeadingFocus()) heading.current?.focus()
  }, [])
  return (
    <h1 ref={heading} tabIndex={-1} className="screen-heading">
      {children}
    </h1>
  )
}
