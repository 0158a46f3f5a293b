import { describe, expect, it } from 'vitest'
import { addCatalogue, onLanguageChange, setWindowLanguage, t, windowLanguage } from './i18n'

describe("the window's catalogue lookup", () => {
  it('falls back to English for a string the language lacks, then to the key itself', () => {
    addCatalogue('en', { lookupTest: { onlyEnglish: 'Only in English, {{name}}' } })
    setWindowLanguage('de')
    expect(t('today.goalMet')).toBe('Tagesziel erreicht.')
    expect(t('lookupTest.onlyEnglish' as never, { name: 'Ana' })).toBe('Only in English, Ana')
    expect(t('lookupTest.missing' as never)).toBe('lookupTest.missing')
    setWindowLanguage('en')
  })

  it('tells its listeners once per change of language, and not when the language stays', () => {
    const heard: string[] = []
    const stop = onLanguageChange(() => heard.push(windowLanguage()))
    setWindowLanguage('en')
    setWindowLanguage('de')
    setWindowLanguage('de')
    setWindowLanguage('en')
    stop()
    setWindowLanguage('de')
    setWindowLanguage('en')
    expect(heard).toEqual(['de', 'en'])
  })
})
