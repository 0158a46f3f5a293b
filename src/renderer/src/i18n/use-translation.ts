import { useSyncExternalStore } from 'react'
import { i18next, t } from './i18n'

const subscribeToLanguage = (onChange: () => void): (() => void) => {
  i18next.on('languageChanged', onChange)
  return () => i18next.off('languageChanged', onChange)
}
const currentLanguage = (): string => i18next.language

/**
 * The catalogue lookup for components; re-renders them if the language changes.
 * A few lines instead of react-i18next keep the first paint's JavaScript small.
 */
export function useTranslation(): typeof t {
  // The third argument lets a component render to a string too (the pictures' tests do).
  useSyncExternalStore(subscribeToLanguage, currentLanguage, currentLanguage)
  return t
}
