import type { ReactNode } from 'react'
import './held-reminders-note.css'

/** The read-current wall clock: the note checks a weekly workout on its next seven days from today. */
export const wallClockMs = (): number => Date.now()

/**
 * The plain-text note on workout reminders that quiet hours or active hours hold back, next to its workout;
 * a field points at it with aria-describedby. Renders nothing when the text is empty.
 */
export function HeldRemindersNote({ id, text }: { readonly id: string; readonly text: string }): ReactNode {
  if (text === '') return null
  return (
    <p id={id} className="field-hint held-reminders-note">
      {text}
    </p>
  )
}
