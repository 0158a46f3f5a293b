let pendingMessage: string | undefined

/** Keeps a message for the next screen to announce (such as "Routine saved" after the editor closes). */
export function flashMessage(text: string): void {
  pendingMessage = text
}

/** The message left by the previous screen, if any (reading it does not clear it, so a render can stay pure). */
export function peekFlashMessage(): string | undefined {
  return pendingMessage
}

/** Forgets the message once a screen has shown it. */
export function clearFlashMessage(): void {
  pendingMessage = undefined
}
