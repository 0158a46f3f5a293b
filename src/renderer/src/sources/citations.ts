import type { Routine } from '../../../core/routines/routine'

/** A routine that relies on a source, with the names of its steps that cite it (none when only the routine does). */
export interface Citation {
  readonly routine: Routine
  readonly steps: readonly string[]
}

/** The routines citing `sourceId` (a source, or `commonPractice`), each with the names of its steps that cite it. */
export function citationsOf(sourceId: string, routines: readonly Routine[]): Citation[] {
  return routines.flatMap((routine) => {
    const steps = routine.steps.filter((step) => step.sourceIds.includes(sourceId)).map((step) => step.name)
    return routine.sourceIds.includes(sourceId) || steps.length > 0 ? [{ routine, steps }] : []
  })
}
