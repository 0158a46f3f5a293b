import { randomUUID } from 'node:crypto'
import { builtInRoutine, builtInRoutines } from '../core/routines/builtin-routines'
import type { RoutineLogEntry } from '../core/journal/journal'
import type { Routine } from '../core/routines/routine'
import { effectiveRoutines, type RoutineLibrary } from '../core/routines/routine-library'
import type { RoutineSession } from '../core/routines/routine-session'
import { routineAccount } from '../core/routines/routine-accounting'
import type { OpenDocument } from './document-file'
import { notFound, type SliceHandlers } from './handler-types'
import type { RoutinePlayer } from './routine-player'

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

// The library is replaced, never mutated, so its identity says whether the routines changed.
const routinesByLibrary = new WeakMap<RoutineLibrary, readonly Routine[]>()

/** All routines the user sees (the same array until the library changes, so an unchanged list is not re-sent). */
export function libraryRoutines(library: RoutineLibrary): readonly Routine[] {
  const known = routinesByLibrary.get(library)
  if (known) return known
  const routines = effectiveRoutines(builtInRoutines, library)
  routinesByLibrary.set(library, routines)
  return routines
}

/** The routine calls, over the routine library document and the player; `getReadyMs` reads the user's countdown. */
export function routineHandlers(
  library: OpenDocument<RoutineLibrary>,
  player: RoutinePlayer,
  getReadyMs: () => number = () => 0
): SliceHandlers<'routines'> {
  const find = (routineId: string): Routine => {
    const routine = libraryRoutines(library.value).find((candidate) => candidate.id === routineId)
    if (!routine) throw notFound(`No routine with id ${routineId}`)
    return routine
  }
  /** Runs a player step on the session in the player. */
  const steer = (step: () => void) => (): null => {
    if (!player.session) throw notFound('No routine is in the player')
    step()
    return null
  }
  return {
    startRoutine: ({ routineId, atStep }) => {
      player.start(find(routineId), randomUUID(), atStep, getReadyMs())
      return null
    },
    pauseRoutine: steer(() => player.pause()),
    resumeRoutine: steer(() => player.resume()),
    skipRoutineStep: steer(() => player.skip()),
    previousRoutineStep: steer(() => player.back()),
    restartRoutine: steer(() => player.restart(randomUUID())),
    stopRoutine: steer(() => player.stop()),
    closeRoutine: () => {
      player.close()
      return null
    },
    saveRoutine: ({ routine }) => {
      const isBuiltIn = builtInRoutine(routine.id) !== undefined
      const saved = { ...routine, builtIn: isBuiltIn }
      const { custom, builtInEdits } = library.value
      const without = (list: readonly Routine[]) => list.filter((candidate) => candidate.id !== routine.id)
      library.write(
        isBuiltIn
          ? { custom, builtInEdits: [...without(builtInEdits), saved] }
          : { custom: [...without(custom), saved], builtInEdits }
      )
      return null
    },
    deleteRoutine: ({ routineId }) => {
      if (!library.value.custom.some((routine) => routine.id === routineId)) {
        throw notFound(
          builtInRoutine(routineId) ? 'Built-in routines can be reset, not deleted' : `No routine ${routineId}`
        )
      }
      library.write({ ...library.value, custom: library.value.custom.filter((routine) => routine.id !== routineId) })
      return null
    },
    resetRoutine: ({ routineId }) => {
      if (!builtInRoutine(routineId)) throw notFound(`${routineId} is not a built-in routine`)
      const builtInEdits = library.value.builtInEdits.filter((routine) => routine.id !== routineId)
      library.write({ ...library.value, builtInEdits })
      return null
    }
  }
}

export { CallRefused } from './handler-types'
