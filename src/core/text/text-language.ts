/**
 * Which catalogue language a locale speaks, apart from the catalogues themselves, so code that only needs the
 * language (the formatter, the window) does not pull in every catalogue.
 */

/** Every language Limber speaks outside the window; English is the fallback. */
export const textLanguages = ['en', 'de'] as const

/** A language Limber speaks outside the window. */
export type TextLanguage = (typeof textLanguages)[number]

/** The catalogue language for a locale (`de-AT`, `de_DE.UTF-8` → German); anything else is English. */
export function textLanguage(locale: string | undefined): TextLanguage {
  const language = (locale ?? '').toLowerCase().split(/[-_.@]/)[0] ?? ''
  return (textLanguages as readonly string[]).includes(language) ? (language as TextLanguage) : 'en'
}
