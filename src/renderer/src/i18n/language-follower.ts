import { useLayoutEffect, type ReactNode } from 'react'
import { useLoadedSelector } from '../api/app-state'
import { applyLanguage } from './apply-language'

/** Follows the language chosen in Settings (renders nothing); until the settings arrive the system's language holds. */
export function LanguageFollower(): ReactNode {
  const choice = useLoadedSelector((state) => state.settings.language)
  useLayoutEffect(() => {
    if (choice) applyLanguage(choice)
  }, [choice])
  return null
}
