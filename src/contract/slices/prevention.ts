import { z } from 'zod'
import { command, slice, type Done } from '../call'

/** Prevention: the day's urine-colour check-in. */
export interface PreventionState {
  /** Today's urine-colour check-in (1 … 8), if the person did one. */
  readonly urineToday: number | null
}

export const preventionSlice = slice({
  state: ['urineToday'] satisfies (keyof PreventionState)[],
  calls: {
    /** Today's urine-colour check-in, 1 (clear) … 8 (brown); a second one today replaces the first. */
    checkInUrine: command<Done>()(z.object({ level: z.number().int().min(1).max(8) }).strict())
  }
})
