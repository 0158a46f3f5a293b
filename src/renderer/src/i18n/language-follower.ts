import { useLayoutEffect, type ReactNode } from 'react'
import { useAppState } from '../api/app-state'
import { applyLanguage } from './apply-language'

/** Follows the language chosen in Settings (renders nothing); until the settings arrive the system's language holds. */
export function LanguageFollower(): ReactNode {
  const { view } = useAppState()
  const choice = view.status === 'ready' ? view.state.settings.language : undefined
  useLayoutEffect(() => {
    if (choice) applyLanguage(choice)
  }, [choice])
  return null
}
