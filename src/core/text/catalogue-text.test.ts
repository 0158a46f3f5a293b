import { describe, expect, it } from 'vitest'
import { catalogueText, mergeCatalogues, pluralRulesFor, type CatalogueTree } from './catalogue-text'

const tree: CatalogueTree = {
  glasses: { count_zero: 'No glass yet', count_one: '{{count}} glass', count_other: '{{count}} glasses' },
  greeting: 'Hello {{name}}, {{ name }} again',
  plain: 'Plain',
  minutes: { left_one: '{{count}} Minute übrig', left_other: '{{count}} Minuten übrig' }
}
const english = pluralRulesFor('en')

describe('catalogueText', () => {
  it('picks the plural form for the count, and the zero form for 0 where there is one', () => {
    expect(catalogueText(tree, english, 'glasses.count', { count: 1 })).toBe('1 glass')
    expect(catalogueText(tree, english, 'glasses.count', { count: 3 })).toBe('3 glasses')
    expect(catalogueText(tree, english, 'glasses.count', { count: 0 })).toBe('No glass yet')
    // Without a zero form, 0 takes the language's own form.
    expect(catalogueText(tree, pluralRulesFor('de'), 'minutes.left', { count: 0 })).toBe('0 Minuten übrig')
    expect(catalogueText(tree, pluralRulesFor('de'), 'minutes.left', { count: 1 })).toBe('1 Minute übrig')
  })

  it('fills every placeholder, keeps one without a value, and leaves the rest of the text alone', () => {
    expect(catalogueText(tree, english, 'greeting', { name: 'Ana' })).toBe('Hello Ana, Ana again')
    expect(catalogueText(tree, english, 'greeting', {})).toBe('Hello {{name}}, {{ name }} again')
    expect(catalogueText(tree, english, 'greeting', { name: '$& {{name}}' })).toBe(
      'Hello $& {{name}}, $& {{name}} again'
    )
  })

  it('answers undefined for a missing key, a branch or a path through a string', () => {
    expect(catalogueText(tree, english, 'missing')).toBeUndefined()
    expect(catalogueText(tree, english, 'glasses')).toBeUndefined()
    expect(catalogueText(tree, english, 'plain.more')).toBeUndefined()
  })

  it('never asks for plural rules when no count is given', () => {
    const never = (): Intl.PluralRules => {
      throw new Error('asked for plural rules')
    }
    expect(catalogueText(tree, never, 'plain')).toBe('Plain')
    expect(catalogueText(tree, never, 'greeting', { name: 'Ana' })).toBe('Hello Ana, Ana again')
  })
})

describe('mergeCatalogues', () => {
  it("adds a feature's keys beside the ones there, deeply, and never replaces a string", () => {
    const merged = mergeCatalogues(tree, { glasses: { count_one: 'replaced', title: 'Glasses' }, extra: 'Extra' })
    expect(merged).toMatchObject({ glasses: { count_one: '{{count}} glass', title: 'Glasses' }, extra: 'Extra' })
    expect(tree).not.toHaveProperty('extra')
  })
})
