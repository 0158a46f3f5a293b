import { useEffect, useRef } from 'react'

/** A form with changes not yet saved: what it is called, and how to save it (true once saved). */
export interface UnsavedForm {
  readonly name: string
  readonly save: () => Promise<boolean>
}

/** A navigation held back until the person chooses: the address it was going to, and the forms in the way. */
export interface PendingLeave {
  readonly targetHash: string
  readonly forms: readonly UnsavedForm[]
}

const unsavedForms = new Map<symbol, UnsavedForm>()
const listeners = new Set<() => void>()
let pending: PendingLeave | null = null

const notify = (): void => listeners.forEach((listener) => listener())

/** The forms that would lose changes if the screen closed now. */
export const formsWithUnsavedChanges = (): readonly UnsavedForm[] => [...unsavedForms.values()]

/** The navigation waiting for the person's answer, if any. */
export const pendingLeave = (): PendingLeave | null => pending

/** Calls back whenever a navigation is held back or let go. */
export function subscribeToPendingLeave(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

/**
 * Asks before leaving the screen for `targetHash`. Returns true when nothing is unsaved (go ahead); otherwise
 * holds the navigation for the leave dialog and returns false.
 */
export function requestLeave(targetHash: string): boolean {
  const forms = formsWithUnsavedChanges()
  if (forms.length === 0) return true
  pending = { targetHash, forms }
  notify()
  return false
}

/** Closes the question; with `leave`, forgets the unsaved forms and goes where the navigation was going. */
export function settleLeave(leave: boolean): void {
  const target = pending?.targetHash
  pending = null
  if (leave && target !== undefined) {
    unsavedForms.clear()
    window.location.hash = target
  }
  notify()
}

/**
 * For a hash change made some other way than a link (Back, a script): when something is unsaved, puts the old
 * address back, holds the navigation for the leave dialog and returns true.
 */
export function holdBackHashChange(event: HashChangeEvent): boolean {
  if (requestLeave(new URL(event.newURL).hash)) return false
  window.history.replaceState(window.history.state, '', event.oldURL)
  return true
}

// A link to another screen asks before the address changes, so the history keeps no extra entry.
const onLinkClick = (event: MouseEvent): void => {
  if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return
  const link = event.target instanceof Element ? event.target.closest('a[href^="#/"]') : null
  const href = link?.getAttribute('href')
  if (href === null || href === undefined || href === window.location.hash) return
  if (!requestLeave(href)) event.preventDefault()
}

// The browser asks its own question on close or reload; the desktop shell turns it into a dialog.
const onBeforeUnload = (event: BeforeUnloadEvent): void => {
  if (unsavedForms.size === 0) return
  event.preventDefault()
  event.returnValue = ''
}

/** Registers a form as unsaved while `unsaved` is true: leaving the screen, closing or reloading then asks first. */
export function useLeaveGuard(unsaved: boolean, form: UnsavedForm): void {
  const latest = useRef(form)
  useEffect(() => {
    latest.current = form
  })
  useEffect(() => {
    if (!unsaved) return
    const key = Symbol(latest.current.name)
    unsavedForms.set(key, { name: latest.current.name, save: () => latest.current.save() })
    window.addEventListener('beforeunload', onBeforeUnload)
    document.addEventListener('click', onLinkClick, true)
    return () => {
      unsavedForms.delete(key)
      if (unsavedForms.size > 0) return
      window.removeEventListener('beforeunload', onBeforeUnload)
      document.removeEventListener('click', onLinkClick, true)
    }
  }, [unsaved])
}
