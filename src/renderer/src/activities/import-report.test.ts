import { describe, expect, it } from 'vitest'
import type { ActivityImportReport } from '../../../contract/slices/activities'
import type { WorkoutPlan } from '../../../core/reminders/reminders'
import { applyLanguage } from '../i18n/apply-language'
import { windowSpeaking } from '../testing/window-language'
import { importReportText, refusalText } from './import-report'

const plain = (text: string): string => text.replace(/[\u00a0\u202f]/g, ' ')
const minuteMs = 60_000
// Tuesday 1 December 2026, 07:02 local time.
const startMs = new Date(2026, 11, 1, 7, 2).getTime()
const plannedRun: WorkoutPlan = {
  id: 'w-run',
  kind: 'run',
  time: '07:00',
  durationMinutes: 60,
  schedule: { type: 'weekly', weekdays: ['tue'] }
}
const report: ActivityImportReport = {
  added: [
    {
      id: 'a2',
      fileName: 'Evening.gpx',
      sport: 'walk',
      startMs: startMs + 11 * 60 * minuteMs,
      durationMs: 30 * minuteMs
    },
    {
      id: 'a1',
      fileName: 'Morning_Run.fit',
      sport: 'run',
      startMs,
      durationMs: 65 * minuteMs,
      matched: { workoutId: 'w-run', date: '2026-12-01' }
    }
  ],
  duplicates: [{ fileName: 'Old_Run.fit', existingId: 'a0' }],
  refused: [
    { fileName: 'Cut.fit', code: 'fit-truncated', message: 'The FIT file ends early.' },
    { fileName: 'Odd.fit', code: 'some-new-code', message: 'Something new.' }
  ]
}

windowSpeaking('en')

describe('the import report', () => {
  it('lists what was added in time order, the planned one named, then what was there already and what was refused', () => {
    const text = importReportText(report, [plannedRun])
    expect(text.headline).toBe('Added 2 activities:')
    expect(text.added.map(plain)).toEqual([
      'Run, Tue 7:02 AM, 65 min — matched your planned run',
      'Walk, Tue 6:02 PM, 30 min'
    ])
    expect(text.duplicates).toEqual(['Old_Run.fit is already in your journal — nothing added.'])
    expect(text.refused).toEqual([
      'Cut.fit is cut short — it may not have finished copying. Nothing was changed.',
      'Limber could not import Odd.fit. Nothing was changed.'
    ])
  })

  it('says that nothing was added when every file was known or refused', () => {
    const text = importReportText(
      { added: [], duplicates: report.duplicates, refused: [] },
      [],
      ['Big.fit is too large.']
    )
    expect(text.headline).toBe('No activity was added; nothing in your journal changed.')
    expect(text.refused).toEqual(['Big.fit is too large.'])
  })

  it('words the report in German', () => {
    applyLanguage('de')
    const text = importReportText(report, [plannedRun])
    expect(text.headline).toBe('2 Aktivitäten hinzugefügt:')
    expect(text.added.map(plain)[0]).toBe('Lauf, Di 07:02, 65 Min. — deinem geplanten Training (Lauf) zugeordnet')
    expect(text.duplicates).toEqual(['Old_Run.fit ist schon in deinem Tagebuch — nichts hinzugefügt.'])
    expect(refusalText('Cut.fit', 'fit-truncated')).toBe(
      'Cut.fit ist abgeschnitten — vielleicht wurde sie nicht fertig kopiert. Es wurde nichts geändert.'
    )
    expect(importReportText({ ...report, added: report.added.slice(0, 1) }, []).headline).toBe(
      '1 Aktivität hinzugefügt:'
    )
  })
})
