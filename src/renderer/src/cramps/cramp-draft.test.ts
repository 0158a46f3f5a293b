import { describe, expect, it } from 'vitest'
import {
  checkCrampDraft,
  crampKeyOfIssue,
  crampToReport,
  emptyCrampDraft,
  fromLocalInputValue,
  parseMinutes,
  toLocalInputValue,
  withSymptom,
  type CrampDraft
} from './cramp-draft'

const filled: CrampDraft = {
  startedAt: '2026-05-03T07:10',
  leg: 'left',
  location: 'back-of-thigh',
  severity: 3,
  durationText: '1.5',
  context: 'during-workout',
  symptoms: ['swelling']
}

describe('cramp draft', () => {
  it('reads a datetime-local value as local time and writes one back, to the minute', () => {
    const atMs = new Date(2026, 4, 3, 7, 10).getTime()
    expect(fromLocalInputValue('2026-05-03T07:10')).toBe(atMs)
    expect(fromLocalInputValue('2026-05-03T07:10:30')).toBe(atMs + 30_000)
    expect(toLocalInputValue(atMs + 45_000)).toBe('2026-05-03T07:10')
    expect(toLocalInputValue(new Date(2026, 0, 9, 23, 5).getTime())).toBe('2026-01-09T23:05')
    expect(fromLocalInputValue(toLocalInputValue(atMs))).toBe(atMs)
  })

  it('refuses dates and times that do not exist or are not datetime-local values', () => {
    for (const text of [
      '',
      '2026-02-30T10:00',
      '2026-05-03T24:00',
      '2026-05-03T07:60',
      '2026-05-03',
      '03/05/2026 07:10'
    ]) {
      expect(fromLocalInputValue(text)).toBeNull()
    }
  })

  it('parses minutes, with a point or a comma, and nothing else', () => {
    expect(parseMinutes('2')).toBe(2)
    expect(parseMinutes(' 1.5 ')).toBe(1.5)
    expect(parseMinutes('2,5')).toBe(2.5)
    expect(parseMinutes('.5')).toBe(0.5)
    for (const text of ['', ' ', '.', 'abc', '-1', '1e3', '1.2.3']) expect(parseMinutes(text)).toBeNull()
  })

  it('turns a filled form into the report logCramp takes', () => {
    expect(crampToReport(filled)).toEqual({
      startedAtMs: new Date(2026, 4, 3, 7, 10).getTime(),
      leg: 'left',
      location: 'back-of-thigh',
      severity: 3,
      durationMinutes: 1.5,
      context: 'during-workout',
      symptoms: ['swelling']
    })
    expect(checkCrampDraft(filled)).toEqual([])
  })

  it('sends what it cannot read as typed, and the pre-check marks those fields in form order', () => {
    const blank = { ...emptyCrampDraft(Date.now()), startedAt: 'soon', durationText: 'long' }
    expect(crampToReport(blank)).toMatchObject({ startedAtMs: 'soon', durationMinutes: 'long', leg: '' })
    expect(checkCrampDraft(blank)).toEqual(['startedAtMs', 'leg', 'location', 'severity', 'durationMinutes', 'context'])
    expect(checkCrampDraft({ ...filled, durationText: '0' })).toEqual(['durationMinutes'])
    expect(checkCrampDraft({ ...filled, durationText: '1441' })).toEqual(['durationMinutes'])
  })

  it('starts at the current minute with nothing chosen', () => {
    const nowMs = new Date(2026, 4, 3, 7, 10, 42).getTime()
    expect(emptyCrampDraft(nowMs)).toMatchObject({ startedAt: '2026-05-03T07:10', leg: '', severity: null })
  })

  it('keeps signs in the listed order', () => {
    const both = withSymptom(withSymptom(filled, 'weakness', true), 'did-not-ease', true)
    expect(withSymptom(both, 'swelling', true).symptoms).toEqual(['swelling', 'weakness', 'did-not-ease'])
    expect(withSymptom(both, 'swelling', false).symptoms).toEqual(['weakness', 'did-not-ease'])
  })

  it('places the service’s issues on fields', () => {
    expect(crampKeyOfIssue({ field: 'cramp.startedAtMs', message: 'x' })).toBe('startedAtMs')
    expect(crampKeyOfIssue({ field: 'cramp.symptoms.2', message: 'x' })).toBe('symptoms')
    expect(crampKeyOfIssue({ field: 'cramp', message: 'x' })).toBeNull()
    expect(crampKeyOfIssue({ field: 'cramp.id', message: 'x' })).toBeNull()
  })
})
