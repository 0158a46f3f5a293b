import type { LanguageChoice } from '../../../core/settings/settings'

/** The languages the window is written in. */
export const windowLanguages = ['en', 'de'] as const
/** A language the window is written in. */
export type WindowLanguage = (typeof windowLanguages)[number]

/** The system's locale as the browser reports it ("de-AT", "en-US"). */
export const systemLocale = (): string => (typeof navigator === 'undefined' ? undefined : navigator.language) || 'en-US'

const languageOfLocale = (locale: string): WindowLanguage | undefined =>
  windowLanguages.find((language) => locale.toLowerCase().split('-')[0] === language)

/** The window's language for a choice: the chosen one, or the system's when Limber has it (English otherwise). */
export const languageFor = (choice: LanguageChoice, system: string): WindowLanguage =>
  choice === 'system' ? (languageOfLocale(system) ?? 'en') : choice

/**
 * The locale for numbers, dates and times in that language: the system's when it is the same language (so an
 * Austrian or American keeps their own), otherwise German's or British English's (a 24-hour clock, day before month).
 */
export const localeFor = (language: WindowLanguage, system: string): string =>
  languageOfLocale(system) === language ? system : language === 'de' ? 'de-DE' : 'en-GB'
