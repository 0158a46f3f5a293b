import type { ReactNode } from 'react'

/** A tumbler with water in it, for "Add a glass"; decorative (the button's text names it). */
export function GlassIcon(): ReactNode {
  return (
    <svg className="drink-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path className="drink-icon-water" d="M6.6 11h10.8l-.9 8.6a1.6 1.6 0 0 1-1.6 1.4H9.1a1.6 1.6 0 0 1-1.6-1.4z" />
      <path className="drink-icon-line" d="M4.8 3h14.4l-1.8 16.6A1.6 1.6 0 0 1 15.8 21H8.2a1.6 1.6 0 0 1-1.6-1.4z" />
    </svg>
  )
}

/** A water bottle with a cap and a label band, for "Add a bottle"; decorative. */
export function BottleIcon(): ReactNode {
  return (
    <svg className="drink-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path className="drink-icon-water" d="M8 12.5h8V19a2 2 0 0 1-2 2h-4a2 2 0 0 1-2-2z" />
      <path
        className="drink-icon-line"
        d="M10 2h4v2.5c0 .8 2 1.8 2 4V19a2 2 0 0 1-2 2h-4a2 2 0 0 1-2-2V8.5c0-2.2 2-3.2 2-4zM8 12.5h8"
      />
    </svg>
  )
}
