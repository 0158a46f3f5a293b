import strings from './prevention.en.json'
import german from './prevention.de.json'
import { i18next } from './i18n'
import { useTranslation } from './use-translation'

// The Prevention screen's strings (English and German) load with its code (the reminders chunk), not with Today's first paint; every module using them imports this file.
i18next.addResourceBundle('en', 'translation', strings, true, false)
i18next.addResourceBundle('de', 'translation', german, true, false)

/** Every dotted path to a string in a catalogue, such as "prevention.urine.legend". */
type StringKeys<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : StringKeys<T[K], `${Prefix}${K}.`>
}[keyof T & string]

/** A key of the Prevention screen's catalogue. */
export type PreventionKey = StringKeys<typeof strings>

/** Looks up a Prevention string. */
export type PreventionTranslate = (key: PreventionKey) => string

/**
 * `useTranslation` for the Prevention screen, with its keys typed against prevention.en.json. The app-wide key
 * type (i18next.d.ts) does not list this catalogue, so the lookup is widened here, once, to a plain string key.
 */
export function usePreventionTranslation(): PreventionTranslate {
  const t = useTranslation() as unknown as (key: string) => string
  return (key) => t(key)
}
