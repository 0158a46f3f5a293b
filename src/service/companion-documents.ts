import type { Notice } from '../contract/state'
import { journalDocument } from '../core/journal/journal'
import { routineLibraryDocument } from '../core/routines/routine-library'
import { reminderStateDocument } from '../core/reminders/reminder-schema'
import { sessionDocument, type SavedSession } from '../core/routines/session-document'
import { settingsDocument } from '../core/settings/settings-document'
import { openDocument, type OpenDocument } from './document-file'
import type { JournalDocuments } from './journal-handlers'
import type { DocumentStoreFactory } from './ports'

/** Every document the companion keeps. */
export interface CompanionDocuments extends JournalDocuments {
  readonly savedSession: OpenDocument<SavedSession>
}

/** Opens the companion's documents; each one that had to be repaired leaves a notice for the window. */
export function openCompanionDocuments(
  dataDir: string,
  createStore: DocumentStoreFactory,
  openedAt: Date
): { readonly documents: CompanionDocuments; readonly notices: Notice[] } {
  const documents = {
    settings: openDocument(settingsDocument, dataDir, createStore, openedAt),
    journal: openDocument(journalDocument, dataDir, createStore, openedAt),
    library: openDocument(routineLibraryDocument, dataDir, createStore, openedAt),
    reminderState: openDocument(reminderStateDocument, dataDir, createStore, openedAt),
    savedSession: openDocument(sessionDocument, dataDir, createStore, openedAt)
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
