import {
  catalogueText,
  mergeCatalogues,
  pluralRulesFor,
  type CatalogueKey,
  type CatalogueTree,
  type TextValues
} from '../../../core/text/catalogue-text'
import en from './en.json'
// German as text, parsed only when the window speaks it: an English window never builds the German catalogue.
import germanText from './de.json?raw'
import { languageFor, systemLocale, type WindowLanguage } from './locale-choice'
import type routineStrings from './routines.en.json'
import type reminderStrings from './reminders.en.json'
import type crampStrings from './cramps.en.json'
import type historyStrings from './history.en.json'
import type setupStrings from './setup.en.json'
import type widgetStrings from './widget.en.json'
import type pictureStrings from './pictures.en.json'
import type activityStrings from './activities.en.json'
import type preventionStrings from './prevention.en.json'

/**
 * Every string the window can look up, typed from the English catalogues: the core one (Today and the shell) and
 * the ones each feature adds when its code loads (feature-strings files such as routine-strings.ts).
 */
type WindowCatalogue = typeof en &
  typeof routineStrings &
  typeof reminderStrings &
  typeof crampStrings &
  typeof historyStrings &
  typeof setupStrings &
  typeof widgetStrings &
  typeof pictureStrings &
  typeof activityStrings &
  typeof preventionStrings

/** A key of the window's catalogues, such as "today.title" (plural forms named once, without their suffix). */
export type WindowTextKey = CatalogueKey<WindowCatalogue>

/** Looks up a window string: `{{name}}` placeholders filled from `values`, whose number `count` picks the plural form. */
export type WindowTranslate = (key: WindowTextKey, values?: TextValues) => string

const coreCatalogues: Record<WindowLanguage, () => CatalogueTree> = {
  en: () => en,
  de: () => JSON.parse(germanText) as CatalogueTree
}

const trees: Record<WindowLanguage, CatalogueTree> = { en: {}, de: {} }
const pluralRules: Record<WindowLanguage, () => Intl.PluralRules> = {
  en: pluralRulesFor('en'),
  de: pluralRulesFor('de')
}
const loaded = new Set<WindowLanguage>()
let language: WindowLanguage = languageFor('system', systemLocale())
const languageListeners = new Set<() => void>()

/** Adds a feature's strings for one language beside the ones already there (the feature-strings files call it). */
export function addCatalogue(to: WindowLanguage, strings: CatalogueTree): void {
  trees[to] = mergeCatalogues(trees[to], strings)
}

/** Puts a language's core catalogue in place if it is not there yet (the features' catalogues add their own). */
function loadCatalogue(of: WindowLanguage): void {
  if (loaded.has(of)) return
  loaded.add(of)
  addCatalogue(of, coreCatalogues[of]())
}

/** The language the window speaks now. */
export const windowLanguage = (): WindowLanguage => language

/** Speaks `next` from now on (its core catalogue loaded first); components using useTranslation re-render. */
export function setWindowLanguage(next: WindowLanguage): void {
  loadCatalogue(next)
  if (next === language) return
  language = next
  for (const listener of [...languageListeners]) listener()
}

/** Calls `listener` after every change of language; returns the unsubscribe. */
export function onLanguageChange(listener: () => void): () => void {
  languageListeners.add(listener)
  return () => languageListeners.delete(listener)
}

/**
 * Looks up a window string in the current language, falling back to English, then to the key itself. React escapes
 * the result, so the lookup does not.
 */
export const t: WindowTranslate = (key, values) =>
  catalogueText(trees[language], pluralRules[language], key, values) ??
  catalogueText(trees.en, pluralRules.en, key, values) ??
  key

if (typeof document !== 'undefined') document.documentElement.lang = language
// English (the fallback) and the starting language are in place before the first render, so it has every string.
// Until the settings arrive the window follows the system's language; apply-language.ts then applies the one chosen
// in Settings.
loadCatalogue('en')
loadCatalogue(language)
