/** The question the desktop shell asks when a window with unsaved changes is closed or reloaded. */
export const unsavedChangesQuestion = {
  type: 'question',
  buttons: ['Leave without saving', 'Keep editing'],
  defaultId: 1,
  cancelId: 1,
  message: 'Leave without saving?',
  detail: 'You changed some settings and did not save them. Closing now loses the changes.'
} as const

/** What the shell needs: the window's unload veto and a way to ask the question (the chosen button's index). */
export interface UnloadVetoTarget {
  on(event: 'will-prevent-unload', listener: (event: { preventDefault(): void }) => void): unknown
}

/**
 * A page that refuses to unload (beforeunload) stops Electron from closing or reloading silently; this asks
 * the person instead, and lets the page go only when they choose to leave.
 */
export function askBeforeDroppingChanges(
  contents: UnloadVetoTarget,
  ask: (question: typeof unsavedChangesQuestion) => number
): void {
  contents.on('will-prevent-unload', (event) => {
    if (ask(unsavedChangesQuestion) === 0) event.preventDefault()
  })
}
