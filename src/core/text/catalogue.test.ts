import { describe, expect, it } from 'vitest'
import { catalogues, textLanguage, textLocale, translator } from './catalogue'
import type { CatalogueTree } from './catalogue-text'
import { unitSymbol } from './unit-symbol'

/** Every leaf of a catalogue as `path → text`. */
function leaves(tree: CatalogueTree, prefix = ''): Map<string, string> {
  const found = new Map<string, string>()
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value === 'string') found.set(`${prefix}${key}`, value)
    else for (const [path, text] of leaves(value, `${prefix}${key}.`)) found.set(path, text)
  }
  return found
}

const placeholders = (text: string): string[] =>
  [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1] ?? '').sort()

/** Words German writes as English does: the unit symbol, and "Routine". */
const sameInBoth = ['units.floz', 'cli.routine.running']

describe('catalogues outside the window', () => {
  const english = leaves(catalogues.en)
  const german = leaves(catalogues.de)

  it('has the same keys in English and German', () => {
    expect([...german.keys()].sort()).toEqual([...english.keys()].sort())
  })

  it('uses the same placeholders in both languages for every key', () => {
    const mismatched = [...english].filter(([key, text]) => {
      const other = german.get(key)
      return other === undefined || placeholders(other).join() !== placeholders(text).join()
    })
    expect(mismatched.map(([key]) => key)).toEqual([])
  })

  it('leaves no German text empty or still in English', () => {
    const words = (text: string): string => text.replace(/\{\{\s*\w+\s*\}\}/g, '').replace(/[^\p{L}]/gu, '')
    // Only templates with words of their own count; "{{routine}}: {{step}}" reads the same in every language.
    const untranslated = [...german].filter(
      ([key, text]) =>
        text.trim() === '' || (words(text).length > 3 && text === english.get(key) && !sameInBoth.includes(key))
    )
    expect(untranslated.map(([key]) => key)).toEqual([])
  })
})

describe('translator', () => {
  it('picks the plural form with the language rules', () => {
    expect(translator('de-DE')('tray.snoozeMinutes', { count: 1 })).toBe('1 Minute')
    expect(translator('de-DE')('tray.snoozeMinutes', { count: 15 })).toBe('15 Minuten')
    expect(translator('en-US')('tray.snoozeMinutes', { count: 1 })).toBe('1 minute')
    expect(translator('en-US')('tray.snoozeMinutes', { count: 5 })).toBe('5 minutes')
  })

  it('fills placeholders', () => {
    expect(translator('de')('tray.logGlass', { amount: '250 ml' })).toBe('Glas (250 ml)')
  })

  it('speaks English for a language it has no catalogue for', () => {
    expect(translator('fr-FR')('tray.quit')).toBe('Quit Limber')
  })
})

describe('textLanguage and textLocale', () => {
  it('reads the language from locales and POSIX names alike', () => {
    expect(textLanguage('de-AT')).toBe('de')
    expect(textLanguage('de_DE.UTF-8')).toBe('de')
    expect(textLanguage('en-GB')).toBe('en')
    expect(textLanguage(undefined)).toBe('en')
  })

  it('prefers the language chosen in Settings over the system locale', () => {
    expect(textLocale({ language: 'de' }, 'en-US')).toBe('de')
    expect(textLocale({ language: 'system' }, 'de-CH')).toBe('de-CH')
    expect(textLocale({}, 'en-GB')).toBe('en-GB')
    expect(textLocale(undefined, undefined)).toBeUndefined()
  })

  it('gives the formatter the unit symbols of each language’s catalogue', () => {
    expect(unitSymbol('floz', 'de-AT')).toBe(translator('de-AT')('units.floz'))
    expect(unitSymbol('ml', 'de')).toBe(translator('de')('units.ml'))
    expect(unitSymbol('ml', 'fr-FR')).toBe(translator('en')('units.ml'))
  })
})
