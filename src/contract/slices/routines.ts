import { z } from 'zod'
import type { RoutineLogEntry } from '../../core/journal/journal'
import type { Routine } from '../../core/routines/routine'
import { RoutineSchema } from '../../core/routines/routine-schema'
import type { RoutineSession } from '../../core/routines/routine-session'
import { command, noInput, slice, type Done } from '../call'

/** Routines and the session in the player. */
export interface RoutinesState {
  /** Built-in routines (as edited, if the user edited them) followed by the user's own. */
  readonly routines: readonly Routine[]
  /** Ids of built-in routines the user has edited (they can be reset). */
  readonly editedBuiltInIds: readonly string[]
  /** The session in the player: running, paused, or just ended (until closed or replaced). */
  readonly session: RoutineSession | null
  /** Routines finished or abandoned today, oldest first. */
  readonly routinesToday: readonly RoutineLogEntry[]
}

const routineId = z.string().min(1).max(100)

export const routinesSlice = slice({
  state: ['routines', 'editedBuiltInIds', 'session', 'routinesToday'] satisfies (keyof RoutinesState)[],
  calls: {
    /** Starts a routine, optionally at a step (the tray's relief guide opens the relief routine at a step). */
    startRoutine: command<Done>()(z.object({ routineId, atStep: z.number().int().min(0).max(39).optional() }).strict()),
    pauseRoutine: command<Done>()(noInput),
    resumeRoutine: command<Done>()(noInput),
    skipRoutineStep: command<Done>()(noInput),
    previousRoutineStep: command<Done>()(noInput),
    restartRoutine: command<Done>()(noInput),
    /** Ends the running session early; it goes to the journal as abandoned with how far it got. */
    stopRoutine: command<Done>()(noInput),
    /** Clears a finished session from the player. */
    closeRoutine: command<Done>()(noInput),
    /** Creates or replaces a routine (a custom one, or the user's edit of a built-in). */
    saveRoutine: command<Done>()(z.object({ routine: RoutineSchema }).strict()),
    deleteRoutine: command<Done>()(z.object({ routineId }).strict()),
    /** Puts a built-in routine back to how Limber ships it. */
    resetRoutine: command<Done>()(z.object({ routineId }).strict())
  }
})
