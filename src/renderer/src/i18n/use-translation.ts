import { useSyncExternalStore } from 'react'
import { onLanguageChange, t, windowLanguage, type WindowTranslate } from './i18n'

/** The catalogue lookup for components; re-renders them if the language changes. */
export function useTranslation(): WindowTranslate {
  // The third argument lets a component render to a string too (the pictures' tests do).
  useSyncExternalStore(onLanguageChange, windowLanguage, windowLanguage)
  return t
}
