import { useEffect, useRef } from 'react'

/** What the player's keyboard shortcuts do. */
export interface PlayerKeyActions {
  readonly togglePause: () => void
  readonly skip: () => void
  readonly back: () => void
  readonly stop: () => void
}

const typingTags = new Set(['INPUT', 'TEXTAREA', 'SELECT'])
// Space already presses these; taking it over would stop a keyboard user from pressing them.
const spaceTags = new Set(['BUTTON', 'A', 'SUMMARY', 'INPUT', 'TEXTAREA', 'SELECT'])

/** The action a key press asks for, or null when it belongs to the focused control. Pure, for tests. */
export function playerKeyAction(
  key: string,
  target: { readonly tagName: string; readonly isContentEditable?: boolean } | null,
  modified: boolean
): keyof PlayerKeyActions | null {
  if (modified) return null
  const tag = target?.tagName.toUpperCase() ?? ''
  if (target?.isContentEditable || typingTags.has(tag)) return null
  switch (key) {
    case ' ':
      return spaceTags.has(tag) ? null : 'togglePause'
    case 'ArrowRight':
      return 'skip'
    case 'ArrowLeft':
      return 'back'
    case 'Escape':
      return 'stop'
    default:
      return null
  }
}

/** Space, ←, → and Esc drive the player while it is shown, unless focus is in a field. */
export function usePlayerKeys(actions: PlayerKeyActions | null): void {
  const latest = useRef(actions)
  useEffect(() => {
    latest.current = actions
  })
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent): void => {
      const current = latest.current
      if (current === null || event.defaultPrevented || event.repeat) return
      const target = event.target instanceof HTMLElement ? event.target : null
      const action = playerKeyAction(event.key, target, event.ctrlKey || event.metaKey || event.altKey)
      if (action === null) return
      event.preventDefault()
      current[action]()
    }
    document.addEventListener('keydown', onKeyDown)
    return () => document.removeEventListener('keydown', onKeyDown)
  }, [])
}
