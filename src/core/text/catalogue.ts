/**
 * Text outside the window (tray, notifications, command line, built-in routine content) comes from these
 * catalogues. Plain data and pure functions, so the service, the shell and the window can all use them.
 * The lookup itself (placeholders, plural forms) is catalogue-text.ts, the same one the window uses.
 */
import type { LanguageChoice } from '../settings/settings'
import cliDe from './cli.de.json' with { type: 'json' }
import cliEn from './cli.en.json' with { type: 'json' }
import notificationsDe from './notifications.de.json' with { type: 'json' }
import notificationsEn from './notifications.en.json' with { type: 'json' }
import routinesDe from './routines.de.json' with { type: 'json' }
import routinesEn from './routines.en.json' with { type: 'json' }
import trayDe from './tray.de.json' with { type: 'json' }
import trayEn from './tray.en.json' with { type: 'json' }
import sharedDe from './shared.de.json' with { type: 'json' }
import sharedEn from './shared.en.json' with { type: 'json' }
import { catalogueText, pluralRulesFor, type CatalogueKey, type CatalogueTree, type TextValues } from './catalogue-text'
import { textLanguage, type TextLanguage } from './text-language'

export { textLanguage, type TextLanguage }

const english = { ...sharedEn, tray: trayEn, notifications: notificationsEn, cli: cliEn, routines: routinesEn }

/** Every language with a complete catalogue; English is the fallback. */
export const catalogues = {
  en: english,
  de: { ...sharedDe, tray: trayDe, notifications: notificationsDe, cli: cliDe, routines: routinesDe }
} as const satisfies Record<TextLanguage, CatalogueTree>

/** A key of the English catalogue (plural forms named once, without their suffix). */
export type TextKey = CatalogueKey<typeof english>

export type { TextValues }

/** Looks up a catalogue string for one locale. */
export type Translate = (key: TextKey, values?: TextValues) => string

/**
 * The locale Limber's text and numbers use: the language chosen in Settings when there is one, else the system's;
 * undefined when neither is known (Intl then uses the runtime's default, the text is English).
 */
export function textLocale(
  settings: { readonly language?: LanguageChoice } | undefined,
  systemLocale: string | undefined
): string | undefined {
  const chosen = settings?.language
  if (chosen !== undefined && chosen !== 'system') return chosen
  return systemLocale === '' ? undefined : systemLocale
}

const translators = new Map<string, Translate>()

/** The catalogue lookup for a locale; a key missing in its language falls back to English. */
export function translator(locale: string | undefined): Translate {
  const language = textLanguage(locale)
  let translate = translators.get(language)
  if (!translate) {
    const rules = pluralRulesFor(language)
    const englishRules = pluralRulesFor('en')
    translate = (key, values) =>
      catalogueText(catalogues[language], rules, key, values) ??
      catalogueText(catalogues.en, englishRules, key, values) ??
      key
    translators.set(language, translate)
  }
  return translate
}
