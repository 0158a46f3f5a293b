import type { DocumentDefinition } from './document'
import type { Routine } from './routine'
import { RoutineSchema } from './routine-schema'

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

/** Built-in routines (the user's edit where there is one) followed by the user's own. */
export function effectiveRoutines(builtIns: readonly Routine[], library: RoutineLibrary): Routine[] {
  const edits = new Map(library.builtInEdits.map((routine) => [routine.id, routine]))
  return [...builtIns.map((routine) => edits.get(routine.id) ?? routine), ...library.custom]
}
