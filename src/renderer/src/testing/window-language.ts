import { afterEach, beforeEach, vi } from 'vitest'
import { applyLanguage } from '../i18n/apply-language'
import type { WindowLanguage } from '../i18n/locale-choice'

/**
 * Every test in the calling block sees a window on an American English system that speaks `language` (so numbers
 * and times read the same on any machine); the window is English again after each test.
 */
export function windowSpeaking(language: WindowLanguage): void {
  beforeEach(() => {
    vi.stubGlobal('navigator', { language: 'en-US' })
    applyLanguage(language)
  })
  afterEach(() => {
    vi.unstubAllGlobals()
    applyLanguage('en')
  })
}
