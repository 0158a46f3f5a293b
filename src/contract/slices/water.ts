import { z } from 'zod'
import type { HydrationDay } from '../../core/journal/hydration'
import type { WaterEntry } from '../../core/journal/journal'
import { settingsLimits } from '../../core/settings/settings-limits'
import { command, noInput, slice, type Done } from '../call'

/** Water: today's drinks against the goal. */
export interface WaterState {
  readonly today: HydrationDay
  /** The newest drink logged today can be taken back. */
  readonly canUndo: boolean
}

export const waterSlice = slice({
  state: ['today', 'canUndo'] satisfies (keyof WaterState)[],
  calls: {
    /** Logs a drink now; answers with the entry it wrote. */
    logWater: command<WaterEntry>()(
      z
        .object({
          amountMl: z.number().int().min(settingsLimits.customAmountMl.min).max(settingsLimits.customAmountMl.max)
        })
        .strict()
    ),
    /** Takes back the newest drink of today. */
    undoLastWater: command<Done>()(noInput),
    /** Takes back one drink logged by mistake, by its id (undo only reaches the newest of today). */
    removeWater: command<Done>()(z.object({ id: z.string().min(1).max(64) }).strict())
  }
})
