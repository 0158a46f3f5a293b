import type { Notice } from '../contract/state'
import { journalDocument } from '../core/journal/journal'
import { routineLibraryDocument } from '../core/routines/routine-library'
import { reminderStateDocument } from '../core/reminders/reminder-schema'
import { sessionDocument, type SavedSession } from '../core/routines/session-document'
import { settingsDocument } from '../core/settings/settings-document'
import { openDocument, type OpenDocument } from './document-file'
import type { JournalDocuments } from './journal-handlers'
import type { DocumentFiles } from './document-files'

/** Every document the companion keeps. */
export interface CompanionDocuments extends JournalDocuments {
  readonly savedSession: OpenDocument<SavedSession>
}

/**
 * Opens the companion's documents; each one that had to be repaired leaves a notice for the window.
 * `onSaveFailed` hears of a save that failed (the document is then back to what its file holds).
 */
export function openCompanionDocuments(
  dataDir: string,
  files: DocumentFiles,
  openedAt: Date,
  onSaveFailed?: (error: unknown) => void
): { readonly documents: CompanionDocuments; readonly notices: Notice[] } {
  const documents = {
    settings: openDocument(settingsDocument, dataDir, files, openedAt, onSaveFailed),
    journal: openDocument(journalDocument, dataDir, files, openedAt, onSaveFailed),
    library: openDocument(routineLibraryDocument, dataDir, files, openedAt, onSaveFailed),
    reminderState: openDocument(reminderStateDocument, dataDir, files, openedAt, onSaveFailed),
    savedSession: openDocument(sessionDocument, dataDir, files, openedAt, onSaveFailed)
  }
  const notices: Notice[] = []
  for (const [store, document] of [
    ['settings', documents.settings],
    ['journal', documents.journal],
    ['routines', documents.library],
    ['reminders', documents.reminderState],
    ['session', documents.savedSession]
  ] as const) {
    if (document.recovery)
      notices.push({ id: `recovered-${store}`, kind: 'store-recovered', store, ...document.recovery })
  }
  return { documents, notices }
}
