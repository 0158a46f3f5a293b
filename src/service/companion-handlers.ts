import type { PlannedReminder } from '../core/reminders/reminders'
import { randomUUID } from 'node:crypto'
import { activityHandlers, type ActivityHandlerParts } from './activity-handlers'
import { crampHandlers } from './cramp-handlers'
import type { Handlers } from './handler-types'
import { journalHandlers, type JournalDocuments } from './journal-handlers'
import type { Clock } from './ports'
import { preventionHandlers } from './prevention-handlers'
import { reminderHandlers } from './reminder-handlers'
import { routineHandlers } from './routine-handlers'
import type { RoutinePlayer } from './routine-player'
import { settingsHandlers } from './settings-handlers'
import { shellHandlers, type ShellHandlerPorts } from './shell-handlers'
import { waterHandlers } from './water-handlers'

/** What the handlers reach: the clock, the documents, the player, the coming reminders and the shell. */
export interface HandlerParts {
  readonly clock: Clock
  readonly documents: JournalDocuments
  readonly player: RoutinePlayer
  readonly upcoming: () => readonly PlannedReminder[]
  readonly shell: ShellHandlerPorts
  /** Before deleting everything: stop the player, forget the notices. */
  readonly beforeDelete: () => void
  /** How watch files are read, and where an import's progress goes. */
  readonly activities: Pick<ActivityHandlerParts, 'parser' | 'progress'>
}

/** Every call's handler, slice by slice; a slice that misses or mistypes a call of the table does not compile. */
export function companionHandlers(parts: HandlerParts): Handlers {
  const { clock, documents, player } = parts
  const { settings, journal, library, reminderState } = documents
  return {
    ...waterHandlers(clock, journal),
    ...settingsHandlers(clock, settings, reminderState),
    ...crampHandlers(clock, journal),
    ...preventionHandlers(clock, journal),
    ...shellHandlers(parts.shell),
    ...routineHandlers(library, player, () => settings.value.getReadySeconds * 1000),
    ...reminderHandlers(clock, settings, journal, reminderState, parts.upcoming),
    ...journalHandlers(clock, documents, parts.beforeDelete),
    ...activityHandlers({ clock, settings, journal, reminderState, newId: randomUUID, ...parts.activities })
  }
}
