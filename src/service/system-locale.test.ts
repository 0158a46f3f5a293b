import { describe, expect, it } from 'vitest'
import { systemLocale } from './system-locale'

describe('systemLocale', () => {
  it('reads the POSIX language variables, LC_ALL first', () => {
    expect(systemLocale({ LANG: 'de_DE.UTF-8' })).toBe('de-DE')
    expect(systemLocale({ LC_ALL: 'en_GB.UTF-8', LANG: 'de_DE.UTF-8' })).toBe('en-GB')
    expect(systemLocale({ LC_MESSAGES: 'de_AT@euro' })).toBe('de-AT')
  })

  it('falls back to what Intl reports when the variables name no language', () => {
    const runtime = new Intl.DateTimeFormat().resolvedOptions().locale
    expect(systemLocale({ LANG: 'C.UTF-8' })).toBe(runtime)
    expect(systemLocale({})).toBe(runtime)
  })
})
