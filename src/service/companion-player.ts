import type { RoutineSession } from '../core/routines/routine-session'
import { noSavedSession, restoreSession } from '../core/routines/session-document'
import type { CompanionDocuments } from './companion-documents'
import type { Clock } from './ports'
import { routineLogEntry } from './routine-handlers'
import { RoutinePlayer } from './routine-player'
import type { Scheduler } from './scheduler'

/** What the companion's routine player is wired to. */
export interface CompanionPlayerOptions {
  readonly clock: Clock
  readonly scheduler: Scheduler
  readonly documents: Pick<CompanionDocuments, 'journal' | 'savedSession'>
  /** The session moved on by itself: push the new state. */
  readonly advanced: () => void
}

/**
 * The routine player, with the routine that was going when Limber last stopped (a crash, a quit) carried on or
 * journalled as stopped; every session it ends goes to the journal, and every change is saved to `session.json`.
 */
export function openCompanionPlayer(options: CompanionPlayerOptions): RoutinePlayer {
  const { clock, documents } = options
  const { journal, savedSession } = documents
  const journalRoutine = (session: RoutineSession): void => {
    journal.write({ ...journal.value, routines: [...journal.value.routines, routineLogEntry(session)] })
  }
  const restored = restoreSession(savedSession.value, clock.now())
  if (restored.ended) journalRoutine(restored.ended)
  const player = new RoutinePlayer(
    clock,
    options.scheduler,
    {
      ended: journalRoutine,
      advanced: () => {
        // Each segment boundary refreshes "last seen", so a crash loses at most one segment of the record.
        savedSession.write({ ...savedSession.value, savedAtMs: clock.now() })
        options.advanced()
      },
      changed: (session) => savedSession.write({ session, savedAtMs: clock.now() })
    },
    restored.session
  )
  if (!restored.session && savedSession.value.session) savedSession.write(noSavedSession())
  return player
}
