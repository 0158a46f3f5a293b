import { afterEach, describe, expect, it, vi } from 'vitest'
import { formatClockTime, formatPercent } from '../format/number-format'
import { formatVolume } from '../format/volume'
import { formatDuration } from '../format/duration'
import { applyLanguage } from './apply-language'
import { t } from './i18n'
import { languageFor, localeFor } from './locale-choice'
import './history-strings'
import './routine-strings'

/** Intl puts no-break spaces between a number and its unit; the tests compare the visible text. */
const plain = (text: string): string => text.replace(/[\u00a0\u202f]/g, ' ')
const at1405 = new Date(2026, 5, 17, 14, 5).getTime()

afterEach(() => {
  vi.unstubAllGlobals()
  applyLanguage('en')
})

describe('choosing the language', () => {
  it('follows the system when Limber has its language, English otherwise', () => {
    expect(languageFor('system', 'de-AT')).toBe('de')
    expect(languageFor('system', 'en-US')).toBe('en')
    expect(languageFor('system', 'fr-FR')).toBe('en')
    expect(languageFor('de', 'en-US')).toBe('de')
    expect(languageFor('en', 'de-DE')).toBe('en')
  })

  it('keeps the system locale for its own language and a standard one for the other', () => {
    expect(localeFor('de', 'de-CH')).toBe('de-CH')
    expect(localeFor('de', 'en-US')).toBe('de-DE')
    expect(localeFor('en', 'en-US')).toBe('en-US')
    expect(localeFor('en', 'de-DE')).toBe('en-GB')
  })
})

describe('the window in German', () => {
  it('writes text, numbers, volumes and times the German way', () => {
    vi.stubGlobal('navigator', { language: 'en-US' })
    expect(applyLanguage('de')).toBe('de')
    expect(t('today.goalMet')).toBe('Tagesziel erreicht.')
    expect(plain(formatVolume(1000, 'ml'))).toBe('1.000 ml')
    expect(plain(formatVolume(2514, 'floz'))).toBe('85 fl oz')
    expect(plain(formatVolume(251, 'floz'))).toBe('8,5 fl oz')
    expect(plain(formatPercent(0.375))).toBe('38 %')
    expect(formatClockTime(at1405)).toBe('14:05')
    expect(plain(formatDuration(90_000))).toBe('1 Min. 30 Sek.')
  })

  it('uses German plural forms', () => {
    applyLanguage('de')
    expect(t('history.import.item.water', { count: 1, n: '1' })).toBe('1 Getränk')
    expect(t('history.import.item.water', { count: 3, n: '3' })).toBe('3 Getränke')
    expect(t('routines.stepCount', { count: 1, steps: '1' })).toBe('1 Schritt')
  })

  it('goes back to English, with a German system still getting English words', () => {
    vi.stubGlobal('navigator', { language: 'de-DE' })
    applyLanguage('de')
    expect(applyLanguage('en')).toBe('en')
    expect(t('today.goalMet')).toBe('Daily goal reached.')
    expect(plain(formatVolume(1000, 'ml'))).toBe('1,000 ml')
    expect(formatClockTime(at1405)).toBe('14:05')
    expect(applyLanguage('system')).toBe('de')
    expect(t('nav.history')).toBe('Verlauf')
  })
})
