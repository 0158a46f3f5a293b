import i18next from 'i18next'
import en from './en.json'
import de from './de.json'
import { languageFor, systemLocale } from './locale-choice'

const startLanguage = languageFor('system', systemLocale())
if (typeof document !== 'undefined') document.documentElement.lang = startLanguage

// Resources are inline and init is synchronous, so the first render already has every string. Until the settings
// arrive the window follows the system's language; i18n/language.ts then applies the one chosen in Settings.
void i18next.init({
  lng: startLanguage,
  fallbackLng: 'en',
  resources: { en: { translation: en }, de: { translation: de } },
  initAsync: false,
  interpolation: { escapeValue: false },
  showSupportNotice: false
})

/** Looks up a catalogue string (React escapes the result, so i18next does not). */
export const t = i18next.t.bind(i18next)

/** The i18next instance the window uses. */
export { i18next }
