import { randomUUID } from 'node:crypto'
import { builtInRoutine, builtInRoutines } from '../core/builtin-routines'
import type { RoutineLogEntry } from '../core/journal'
import type { Routine } from '../core/routine'
import { effectiveRoutines, type RoutineLibrary } from '../core/routine-library'
import type { RoutineSession } from '../core/routine-session'
import { routineAccount } from '../core/routine-accounting'
import type { ContractError } from '../contract/contract'
import type { OpenDocument } from './document-file'
import type { RoutinePlayer } from './routine-player'

/** A call that was understood but cannot be done (nothing to undo, an unknown routine…). */
export class CallRefused extends Error {
  constructor(readonly detail: ContractError) {
    super(detail.message)
  }
}

const notFound = (message: string): CallRefused => new CallRefused({ code: 'not_found', message, issues: [] })

/** The journal entry for a session that completed or was stopped. */
export function routineLogEntry(session: RoutineSession): RoutineLogEntry {
  const endedAtMs = session.endedAtMs ?? session.startedAtMs
  const account = routineAccount(session, endedAtMs)
  return {
    id: session.id,
    routineId: session.routine.id,
    routineName: session.routine.name,
    purpose: session.routine.purpose,
    startedAtMs: session.startedAtMs,
    endedAtMs,
    // Done means it ran to its end with most of its planned time really spent; a stopped routine never counts.
    completed: session.status === 'completed' && account.countsAsDone,
    completedFraction: account.doneFraction,
    reachedEnd: session.status === 'completed',
    activeMs: account.activeMs,
    plannedMs: account.plannedWorkMs,
    parts: account.parts,
    partsSkipped: account.partsSkipped
  }
}

/** All routines the user sees. */
export function libraryRoutines(library: RoutineLibrary): Routine[] {
  return effectiveRoutines(builtInRoutines, library)
}

/** The routine calls, over the routine library document and the player; `getReadyMs` reads the user's countdown. */
export function routineHandlers(
  library: OpenDocument<RoutineLibrary>,
  player: RoutinePlayer,
  getReadyMs: () => number = () => 0
) {
  const find = (routineId: string): Routine => {
    const routine = libraryRoutines(library.value).find((candidate) => candidate.id === routineId)
    if (!routine) throw notFound(`No routine with id ${routineId}`)
    return routine
  }
  const requireSession = (): void => {
    if (!player.session) throw notFound('No routine is in the player')
  }
  return {
    startRoutine: ({ routineId, atStep }: { routineId: string; atStep?: number }) =>
      player.start(find(routineId), randomUUID(), atStep, getReadyMs()),
    pauseRoutine: () => (requireSession(), player.pause()),
    resumeRoutine: () => (requireSession(), player.resume()),
    skipRoutineStep: () => (requireSession(), player.skip()),
    previousRoutineStep: () => (requireSession(), player.back()),
    restartRoutine: () => (requireSession(), player.restart(randomUUID())),
    stopRoutine: () => (requireSession(), player.stop()),
    closeRoutine: () => player.close(),
    saveRoutine: ({ routine }: { routine: Routine }) => {
      const isBuiltIn = builtInRoutine(routine.id) !== undefined
      const saved = { ...routine, builtIn: isBuiltIn }
      const { custom, builtInEdits } = library.value
      const without = (list: readonly Routine[]) => list.filter((candidate) => candidate.id !== routine.id)
      library.write(
        isBuiltIn
          ? { custom, builtInEdits: [...without(builtInEdits), saved] }
          : { custom: [...without(custom), saved], builtInEdits }
      )
    },
    deleteRoutine: ({ routineId }: { routineId: string }) => {
      if (!library.value.custom.some((routine) => routine.id === routineId)) {
        throw notFound(
          builtInRoutine(routineId) ? 'Built-in routines can be reset, not deleted' : `No routine ${routineId}`
        )
      }
      library.write({ ...library.value, custom: library.value.custom.filter((routine) => routine.id !== routineId) })
    },
    resetRoutine: ({ routineId }: { routineId: string }) => {
      if (!builtInRoutine(routineId)) throw notFound(`${routineId} is not a built-in routine`)
      const builtInEdits = library.value.builtInEdits.filter((routine) => routine.id !== routineId)
      library.write({ ...library.value, builtInEdits })
    }
  }
}
