let headingFocusPending = false

/** Marks that the next screen heading to mount should take focus (set on every navigation). */
export function requestHeadingFocus(): void {
  headingFocusPending = true
}

/** True once after a navigation: the screen heading that asks first takes focus. */
export function takeHeadingFocus(): boolean {
  const pending = headingFocusPending
  headingFocusPending = false
  return pending
}
