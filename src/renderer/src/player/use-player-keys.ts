import { useEffect, useRef } from 'react'

/** What the player's keyboard shortcuts do. */
export interface PlayerKeyActions {
  readonly togglePause: () => void
  readonly skip: () => void
  readonly back: () => void
  /** Esc never stops at once: it asks first, as a stray key must not throw a routine away. */
  readonly requestStop: () => void
  readonly toggleFocus: () => void
}

/** Input types that take typed text (a checkbox or a button does not: Space still pauses there). */
const textInputTypes = new Set(['text', 'number', 'search', 'email', 'url', 'tel', 'password', 'time', 'date'])

interface KeyTarget {
  readonly tagName: string
  readonly isContentEditable?: boolean
  readonly type?: string
}

const isTextEntry = (target: KeyTarget | null): boolean => {
  const tag = target?.tagName.toUpperCase() ?? ''
  if (target?.isContentEditable || tag === 'TEXTAREA' || tag === 'SELECT') return true
  return tag === 'INPUT' && textInputTypes.has((target?.type ?? 'text').toLowerCase())
}

/**
 * The action a key press asks for, or null. Space pauses or resumes whatever has focus (a focused button does
 * not swallow it; Enter still presses buttons); only a field that takes typing keeps its keys. Pure, for tests.
 */
export function playerKeyAction(
  key: string,
  target: KeyTarget | null,
  modified: boolean
): keyof PlayerKeyActions | null {
  if (modified || isTextEntry(target)) return null
  switch (key) {
    case ' ':
      return 'togglePause'
    case 'ArrowRight':
      return 'skip'
    case 'ArrowLeft':
      return 'back'
    case 'Escape':
      return 'requestStop'
    case 'f':
    case 'F':
      return 'toggleFocus'
    default:
      return null
  }
}

const keyTarget = (event: KeyboardEvent): KeyTarget | null => {
  const target = event.target
  if (!(target instanceof HTMLElement)) return null
  return {
    tagName: target.tagName,
    isContentEditable: target.isContentEditable,
    type: (target as HTMLInputElement).type
  }
}

/** Space, ←, →, Esc and F drive the player while it is shown (null: while a dialog has them), unless focus is in a field. */
export function usePlayerKeys(actions: PlayerKeyActions | null): void {
  const latest = useRef(actions)
  useEffect(() => {
    latest.current = actions
  })
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent): void => {
      const current = latest.current
      if (current === null || event.defaultPrevented) return
      const action = playerKeyAction(event.key, keyTarget(event), event.ctrlKey || event.metaKey || event.altKey)
      if (action === null) return
      // Captured before the focused button sees it, so Space cannot also press that button.
      event.preventDefault()
      event.stopPropagation()
      if (!event.repeat) current[action]()
    }
    // A button is pressed by Space on key-up: that half of the key press is the player's too.
    const onKeyUp = (event: KeyboardEvent): void => {
      if (latest.current === null || event.key !== ' ' || isTextEntry(keyTarget(event))) return
      event.preventDefault()
    }
    window.addEventListener('keydown', onKeyDown, true)
    window.addEventListener('keyup', onKeyUp, true)
    return () => {
      window.removeEventListener('keydown', onKeyDown, true)
      window.removeEventListener('keyup', onKeyUp, true)
    }
  }, [])
}
