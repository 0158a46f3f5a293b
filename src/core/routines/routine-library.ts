import type { DocumentDefinition } from '../journal/document'
import type { Routine, RoutineStep } from './routine'
import { RoutineSchema } from './routine-schema'
import { retiredSourceIds } from '../health/sources'

/** The user's routines: their own, and their edits of built-in ones (kept so a built-in can be reset). */
export interface RoutineLibrary {
  readonly custom: readonly Routine[]
  readonly builtInEdits: readonly Routine[]
}

/** No custom routines and no edits. */
export const emptyRoutineLibrary = (): RoutineLibrary => ({ custom: [], builtInEdits: [] })

function salvageRoutines(candidate: Record<string, unknown>, key: keyof RoutineLibrary, dropped: string[]): Routine[] {
  const raw = candidate[key]
  if (raw !== undefined && !Array.isArray(raw)) dropped.push(key)
  return (Array.isArray(raw) ? raw : []).flatMap((entry, index) => {
    const parsed = RoutineSchema.safeParse(entry)
    if (!parsed.success) dropped.push(`${key}[${index}]`)
    return parsed.success ? [parsed.data as Routine] : []
  })
}

/** The routines document: a bad stored routine is set aside on its own, the others are kept. */
export const routineLibraryDocument: DocumentDefinition<RoutineLibrary> = {
  name: 'routines',
  currentVersion: 1,
  migrations: [],
  defaults: emptyRoutineLibrary,
  salvage: (candidate) => {
    const dropped: string[] = []
    const custom = salvageRoutines(candidate, 'custom', dropped).map((routine) => ({ ...routine, builtIn: false }))
    const builtInEdits = salvageRoutines(candidate, 'builtInEdits', dropped).map((routine) => ({
      ...routine,
      builtIn: true
    }))
    return { value: { custom, builtInEdits }, dropped }
  }
}

const citesRetired = (ids: readonly string[]): boolean => ids.some((id) => id in retiredSourceIds)

/** `ids` with retired sources replaced: by `builtInIds` (the built-in's current citations) where given, else one for one. */
function currentSourceIds(ids: readonly string[], builtInIds: readonly string[] | undefined): readonly string[] {
  if (!citesRetired(ids)) return ids
  return builtInIds ?? [...new Set(ids.flatMap((id) => retiredSourceIds[id] ?? [id]))]
}

/**
 * A stored routine citing sources as Limber does now: one saved by an earlier version (a copy or an edit of a
 * built-in, an import) may cite retired sources; its built-in steps take their current citations.
 */
export function withCurrentSources(routine: Routine, builtIns: readonly Routine[]): Routine {
  if (!citesRetired(routine.sourceIds) && !routine.steps.some((step) => citesRetired(step.sourceIds))) return routine
  const builtInSteps = new Map<string, RoutineStep>(builtIns.flatMap((r) => r.steps.map((step) => [step.id, step])))
  const original = builtIns.find((r) => r.id === (routine.basedOn ?? routine.id))
  return {
    ...routine,
    sourceIds: currentSourceIds(routine.sourceIds, original?.sourceIds),
    steps: routine.steps.map((step) => ({
      ...step,
      sourceIds: currentSourceIds(step.sourceIds, builtInSteps.get(step.id)?.sourceIds)
    }))
  }
}

/** Built-in routines (the user's edit where there is one) followed by the user's own. */
export function effectiveRoutines(builtIns: readonly Routine[], library: RoutineLibrary): Routine[] {
  const edits = new Map(library.builtInEdits.map((routine) => [routine.id, routine]))
  return [...builtIns.map((routine) => edits.get(routine.id) ?? routine), ...library.custom].map((routine) =>
    withCurrentSources(routine, builtIns)
  )
}
