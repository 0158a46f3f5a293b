/**
 * The volume unit symbols ("ml", "fl oz") from the shared catalogue part only: the formatter needs them, and the
 * window, which formats volumes, then carries these few words rather than the tray, notification and command-line
 * catalogues.
 */
import type { VolumeUnit } from '../settings/units'
import sharedDe from './shared.de.json' with { type: 'json' }
import sharedEn from './shared.en.json' with { type: 'json' }
import { textLanguage, type TextLanguage } from './text-language'

const symbols = { en: sharedEn.units, de: sharedDe.units } as const satisfies Record<
  TextLanguage,
  Record<VolumeUnit, string>
>

/** A volume unit's symbol in the locale's catalogue language. */
export const unitSymbol = (unit: VolumeUnit, locale: string | undefined): string => symbols[textLanguage(locale)][unit]
