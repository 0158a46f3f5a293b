import strings from './prevention.en.json'
import german from './prevention.de.json'
import type { CatalogueKey } from '../../../core/text/catalogue-text'
import { addCatalogue } from './i18n'
import { useTranslation } from './use-translation'

// The Prevention screen's strings (English and German) load with its code (the reminders chunk), not with Today's first paint; every module using them imports this file.
addCatalogue('en', strings)
addCatalogue('de', german)

/** A key of the Prevention screen's catalogue. */
export type PreventionKey = CatalogueKey<typeof strings>

/** Looks up a Prevention string. */
export type PreventionTranslate = (key: PreventionKey) => string

/** `useTranslation` for the Prevention screen, its keys narrowed to prevention.en.json's. */
export const usePreventionTranslation: () => PreventionTranslate = useTranslation
