import i18next from 'i18next'
import en from './en.json'
// German as text, parsed only when the window speaks it: an English window never builds the German catalogue.
import germanText from './de.json?raw'
import { languageFor, systemLocale, type WindowLanguage } from './locale-choice'

const catalogues: Record<WindowLanguage, () => typeof en> = {
  en: () => en,
  de: () => JSON.parse(germanText) as typeof en
}
const loaded = new Set<WindowLanguage>()

/** Puts a language's window catalogue into i18next if it is not there yet (the features' catalogues add their own). */
export function loadCatalogue(language: WindowLanguage): void {
  if (loaded.has(language)) return
  loaded.add(language)
  i18next.addResourceBundle(language, 'translation', catalogues[language](), true, false)
}

const startLanguage = languageFor('system', systemLocale())
if (typeof document !== 'undefined') document.documentElement.lang = startLanguage

// Init is synchronous, with English (the fallback) and the starting language, so the first render already has every
// string. Until the settings arrive the window follows the system's language; apply-language.ts then applies the one
// chosen in Settings, loading its catalogue first.
void i18next.init({
  lng: startLanguage,
  fallbackLng: 'en',
  resources: {},
  initAsync: false,
  interpolation: { escapeValue: false },
  showSupportNotice: false
})
loadCatalogue('en')
loadCatalogue(startLanguage)

/** Looks up a catalogue string (React escapes the result, so i18next does not). */
export const t = i18next.t.bind(i18next)

/** The i18next instance the window uses. */
export { i18next }
