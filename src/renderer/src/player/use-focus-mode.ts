import { useEffect, useState } from 'react'

/**
 * Focus mode: while on, the window's navigation and notes collapse so the player fills it (a data attribute
 * on <html> that shell.css and player.css read). Turned off again when the player goes away.
 */
export function useFocusMode(active: boolean): readonly [boolean, () => void] {
  const [focus, setFocus] = useState(true)
  const on = active && focus
  useEffect(() => {
    if (!on) return
    document.documentElement.dataset.focus = 'on'
    return () => {
      delete document.documentElement.dataset.focus
    }
  }, [on])
  return [on, () => setFocus((current) => !current)] as const
}
