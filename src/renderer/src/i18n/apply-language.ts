import type { LanguageChoice } from '../../../core/settings/settings'
import { setUserLocale } from '../format/number-format'
import { setWindowLanguage } from './i18n'
import { languageFor, localeFor, systemLocale, type WindowLanguage } from './locale-choice'

/**
 * Shows the window in the chosen language: the catalogue, the locale for numbers, dates and times, and the page's
 * `lang` (so screen readers and hyphenation follow). Returns the language applied.
 */
export function applyLanguage(choice: LanguageChoice): WindowLanguage {
  const system = systemLocale()
  const language = languageFor(choice, system)
  // The locale first: components re-rendering for the new language format with it.
  setUserLocale(localeFor(language, system))
  if (typeof document !== 'undefined') document.documentElement.lang = language
  setWindowLanguage(language)
  return language
}
