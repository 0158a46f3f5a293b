import { z } from 'zod'
import { CrampReportSchema } from '../../core/journal/cramp-schema'
import type { CrampEntry } from '../../core/journal/cramps'
import { journalLimits } from '../../core/journal/journal'
import type { WarningSign } from '../../core/health/warning-signs'
import { command, slice, type Done } from '../call'

/** Cramps and the warning signs they raise. */
export interface CrampsState {
  /** Cramps logged in the last 30 days, newest first. */
  readonly recentCramps: readonly CrampEntry[]
  /** Warning signs raised and not yet seen: the window shows the see-a-professional panel for them. */
  readonly pendingWarnings: readonly WarningSign[]
}

export const crampsSlice = slice({
  state: ['recentCramps', 'pendingWarnings'] satisfies (keyof CrampsState)[],
  calls: {
    /** Logs a cramp, now or backdated (not in the future, not more than a year back); answers with its entry. */
    logCramp: command<CrampEntry>()(z.object({ cramp: CrampReportSchema }).strict()),
    /** Deletes a cramp logged by mistake; the warning signs it raised go with it. */
    deleteCramp: command<Done>()(z.object({ id: z.string().min(1).max(64) }).strict()),
    /** The person has read these warning-sign panels: each trigger is shown once. */
    acknowledgeWarnings: command<Done>()(
      z.object({ ids: z.array(z.string().min(1).max(journalLimits.warningId)).min(1).max(100) }).strict()
    )
  }
})
