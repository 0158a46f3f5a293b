import { exportBundle, exportFiles } from '../core/transfer/data-export'
import { mergeImport, parseImport } from '../core/transfer/data-import'
import { historyView } from '../core/history/history-view'
import { emptyJournal, type Journal } from '../core/journal/journal'
import { compactJournal } from '../core/journal/journal-compaction'
import { emptyRoutineLibrary, type RoutineLibrary } from '../core/routines/routine-library'
import { emptyReminderState } from '../core/reminders/reminder-schema'
import type { ReminderState } from '../core/reminders/reminders'
import { defaultSettings, type Settings } from '../core/settings/settings'
import { warningSigns, type WarningSign } from '../core/health/warning-signs'
import type { OpenDocument } from './document-file'
import type { Clock } from './ports'
import { CallRefused, type SliceHandlers } from './handler-types'

/** The documents the journal calls read and write. */
export interface JournalDocuments {
  readonly settings: OpenDocument<Settings>
  readonly journal: OpenDocument<Journal>
  readonly library: OpenDocument<RoutineLibrary>
  readonly reminderState: OpenDocument<ReminderState>
}

// The journal is replaced, never mutated, so the cramp list's identity says whether the signs can change.
const signsByCramps = new WeakMap<Journal['cramps'], WarningSign[]>()

/** The warning signs the logged cramps raise, worked out once per cramp list (state is read after every call). */
export function signsOf(journal: Journal): WarningSign[] {
  const known = signsByCramps.get(journal.cramps)
  if (known) return known
  const signs = warningSigns(journal.cramps)
  signsByCramps.set(journal.cramps, signs)
  return signs
}

/** Warning signs the person has not seen yet (the window shows the see-a-professional panel for them). */
export function pendingWarnings(journal: Journal): WarningSign[] {
  const seen = new Set(journal.acknowledgedWarnings)
  return signsOf(journal).filter((sign) => !seen.has(sign.id))
}

/** Folds days older than the detail window into daily totals; writes only when something moved. */
export function compactStoredJournal(journal: OpenDocument<Journal>, nowMs: number): void {
  const compacted = compactJournal(journal.value, nowMs)
  if (compacted !== journal.value) journal.write(compacted)
}

/**
 * The history-and-data calls: history, export, import and deleting everything. `beforeDelete` lets
 * the companion stop a running routine first.
 */
export function journalHandlers(
  clock: Clock,
  documents: JournalDocuments,
  beforeDelete: () => void
): SliceHandlers<'history'> {
  const { settings, journal, library, reminderState } = documents
  return {
    getHistory: () => {
      const seen = new Set(journal.value.acknowledgedWarnings)
      return historyView({
        journal: journal.value,
        settings: settings.value,
        hotDays: reminderState.value.hotDays,
        nowMs: clock.now(),
        warnings: signsOf(journal.value).map((sign) => ({ ...sign, acknowledged: seen.has(sign.id) }))
      })
    },
    exportData: () => {
      const parts = {
        settings: settings.value,
        journal: journal.value,
        routines: library.value,
        hotDays: reminderState.value.hotDays
      }
      return exportFiles(exportBundle(parts, clock.now()))
    },
    importData: ({ text, restoreSettings, preview = false }) => {
      const parsed = parseImport(text)
      if (!parsed.ok) {
        throw new CallRefused({
          code: 'invalid_input',
          message: 'This file was not imported; nothing was changed.',
          issues: parsed.problems.map((message: string) => ({ field: 'file', message }))
        })
      }
      const current = {
        settings: settings.value,
        journal: journal.value,
        routines: library.value,
        hotDays: reminderState.value.hotDays
      }
      const merged = mergeImport(current, parsed.bundle, { restoreSettings })
      if (preview) return merged.report
      // Each write is atomic; the journal goes first because it is what the person cannot re-create.
      journal.write(compactJournal(merged.journal, clock.now()))
      library.write(merged.routines)
      if (merged.hotDays !== current.hotDays) reminderState.write({ ...reminderState.value, hotDays: merged.hotDays })
      if (restoreSettings) settings.write(merged.settings)
      return merged.report
    },
    deleteAllData: () => {
      beforeDelete()
      journal.write(emptyJournal())
      library.write(emptyRoutineLibrary())
      reminderState.write(emptyReminderState())
      settings.write(defaultSettings())
      return null
    }
  }
}
