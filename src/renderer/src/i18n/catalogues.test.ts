import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

const folder = import.meta.dirname
const pluralSuffix = /_(zero|one|two|few|many|other)$/

/** Every string of a catalogue by its dotted key. */
function flatten(node: unknown, prefix = ''): Map<string, string> {
  const entries = new Map<string, string>()
  for (const [key, value] of Object.entries(node as Record<string, unknown>)) {
    if (typeof value === 'string') entries.set(`${prefix}${key}`, value)
    else for (const [inner, text] of flatten(value, `${prefix}${key}.`)) entries.set(inner, text)
  }
  return entries
}
const read = (file: string): Map<string, string> =>
  flatten(JSON.parse(readFileSync(join(folder, file), 'utf8')) as unknown)

/** The `{{name}}` variables a string interpolates. */
const variables = (text: string): string[] =>
  [...text.matchAll(/\{\{\s*([\w.-]+)\s*\}\}/g)].map((match) => match[1] ?? '').sort()

/** The key without its plural suffix. */
const baseOf = (key: string): string => key.replace(pluralSuffix, '')

// en.json pairs with de.json; every other catalogue is "<name>.en.json" beside "<name>.de.json".
const englishFiles = readdirSync(folder).filter((file) => file === 'en.json' || file.endsWith('.en.json'))
const germanFileOf = (file: string): string => (file === 'en.json' ? 'de.json' : file.replace('.en.json', '.de.json'))
const germanPlurals = new Intl.PluralRules('de').resolvedOptions().pluralCategories

describe('the German catalogues', () => {
  it('cover every English catalogue of the window', () => {
    expect(englishFiles.length).toBeGreaterThanOrEqual(9)
    const files = readdirSync(folder)
    expect(englishFiles.filter((file) => !files.includes(germanFileOf(file)))).toEqual([])
  })

  describe.each(englishFiles)('%s', (englishFile) => {
    const english = read(englishFile)
    const german = read(germanFileOf(englishFile))

    it('has exactly the English keys, with the plural forms German needs', () => {
      const expected = new Set<string>()
      for (const key of english.keys()) {
        if (pluralSuffix.test(key)) for (const form of germanPlurals) expected.add(`${baseOf(key)}_${form}`)
        else expected.add(key)
        // i18next's `_zero` (for a count of 0, in any language): where English has one, German has its own.
        if (key.endsWith('_zero')) expected.add(key)
      }
      expect([...german.keys()].sort()).toEqual([...expected].sort())
    })

    it('has no empty strings', () => {
      expect([...german].filter(([, text]) => text.trim() === '').map(([key]) => key)).toEqual([])
    })

    it('interpolates the same variables as English', () => {
      const mismatches = [...german].flatMap(([key, text]) => {
        // A plural form is compared with English's "other" form (which names every variable).
        const source = english.get(key) ?? english.get(`${baseOf(key)}_other`) ?? ''
        return variables(text).join() === variables(source).join() ? [] : [key]
      })
      expect(mismatches).toEqual([])
    })
  })
})
