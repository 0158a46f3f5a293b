import { z } from 'zod'
import type { ExportFiles, ImportReport } from '../../core/transfer/data-transfer'
import { importLimits } from '../../core/transfer/data-transfer'
import type { HistoryView } from '../../core/history/history'
import { command, noInput, query, slice, type Done } from '../call'

/** The words the person types to confirm deleting everything. */
export const deleteAllConfirmation = 'delete'

/** History and the person's data: no state of its own (its figures can cover years, so they are asked for). */
export const historySlice = slice({
  state: [],
  calls: {
    /** The History screen's figures. */
    getHistory: query<HistoryView>()(noInput),
    /** Everything, as JSON plus CSV for water and cramps; the window saves the files. */
    exportData: query<ExportFiles>()(noInput),
    /**
     * Reads an earlier export: refused whole if anything in it is wrong; merges by id; never drops entries.
     * With `preview`, checks the file and reports what importing it would do, changing nothing.
     */
    importData: command<ImportReport>()(
      z
        .object({
          text: z.string().min(1).max(importLimits.maxChars),
          restoreSettings: z.boolean(),
          preview: z.boolean().optional()
        })
        .strict()
    ),
    /** Deletes the journal, settings, routines and reminder state (the person typed the confirmation). */
    deleteAllData: command<Done>()(z.object({ confirm: z.literal(deleteAllConfirmation) }).strict())
  }
})
