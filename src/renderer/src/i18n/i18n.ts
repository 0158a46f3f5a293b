import i18next from 'i18next'
import en from './en.json'

// Resources are inline and init is synchronous, so the first render already has every string.
void i18next.init({
  lng: 'en',
  fallbackLng: 'en',
  resources: { en: { translation: en } },
  initAsync: false,
  interpolation: { escapeValue: false },
  showSupportNotice: false
})

/** Looks up a catalogue string (React escapes the result, so i18next does not). */
export const t = i18next.t.bind(i18next)

/** The i18next instance the window uses. */
export { i18next }
