/**
 * Text outside the window (tray, notifications, command line, built-in routine content) comes from these
 * catalogues. Plain data and pure functions, so the service, the shell and the window can all use them.
 * Keys follow i18next's conventions: `{{name}}` interpolation and `_one`/`_other` plural suffixes chosen by
 * `Intl.PluralRules`.
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
import { textLanguage, type TextLanguage } from './text-language'

export { textLanguage, type TextLanguage }

const english = { ...sharedEn, tray: trayEn, notifications: notificationsEn, cli: cliEn, routines: routinesEn }

/** A catalogue: nested objects whose leaves are strings. */
export interface CatalogueTree {
  readonly [key: string]: string | CatalogueTree
}

/** Every language with a complete catalogue; English is the fallback. */
export const catalogues = {
  en: english,
  de: { ...sharedDe, tray: trayDe, notifications: notificationsDe, cli: cliDe, routines: routinesDe }
} as const satisfies Record<TextLanguage, CatalogueTree>

type PluralSuffix = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other'
type WithoutPlural<K extends string> = K extends `${infer Base}_${PluralSuffix}` ? Base : K
type KeysOf<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${WithoutPlural<K>}` : KeysOf<T[K], `${Prefix}${K}.`>
}[keyof T & string]

/** A key of the English catalogue (plural forms named once, without their suffix). */
export type TextKey = KeysOf<typeof english>

/** Values put into `{{name}}` placeholders; a number `count` also picks the plural form. */
export type TextValues = Readonly<Record<string, string | number>>

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

function lookup(tree: CatalogueTree, path: readonly string[]): string | undefined {
  let node: string | CatalogueTree | undefined = tree
  for (const part of path) {
    if (node === undefined || typeof node === 'string') return undefined
    node = node[part]
  }
  return typeof node === 'string' ? node : undefined
}

/** One string from a catalogue, with its plural form for `values.count` and its placeholders filled in. */
export function catalogueText(
  tree: CatalogueTree,
  pluralRules: Intl.PluralRules,
  key: string,
  values: TextValues = {}
): string | undefined {
  const path = key.split('.')
  const last = path.length - 1
  const count = values.count
  const plural = (form: string): string[] => path.map((part, index) => (index === last ? `${part}_${form}` : part))
  const template =
    typeof count === 'number'
      ? (lookup(tree, plural(pluralRules.select(count))) ?? lookup(tree, plural('other')) ?? lookup(tree, path))
      : lookup(tree, path)
  return template?.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole
  )
}

const translators = new Map<string, Translate>()

/** The catalogue lookup for a locale; a key missing in its language falls back to English. */
export function translator(locale: string | undefined): Translate {
  const language = textLanguage(locale)
  let translate = translators.get(language)
  if (!translate) {
    const rules = new Intl.PluralRules(language)
    const englishRules = new Intl.PluralRules('en')
    translate = (key, values) =>
      catalogueText(catalogues[language], rules, key, values) ??
      catalogueText(catalogues.en, englishRules, key, values) ??
      key
    translators.set(language, translate)
  }
  return translate
}
