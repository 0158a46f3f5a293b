import { z } from 'zod'
import type { DocumentDefinition } from './document'
import { settingsLimits } from './settings-limits'

/** One drink the user logged. */
export const WaterEntry = z
  .object({
    id: z.string().min(1).max(64),
    loggedAtMs: z.number().int().nonnegative(),
    amountMl: z.number().int().min(settingsLimits.customAmountMl.min).max(settingsLimits.customAmountMl.max)
  })
  .strict()
/** A logged drink. */
export type WaterEntry = z.infer<typeof WaterEntry>

/** The journal: what the user did, kept apart from settings. */
export interface Journal {
  readonly water: readonly WaterEntry[]
}

/** An empty journal for a first start. */
export const emptyJournal = (): Journal => ({ water: [] })

function salvageJournal(candidate: Record<string, unknown>): { value: Journal; dropped: string[] } {
  const dropped: string[] = []
  const rawWater = candidate.water
  if (rawWater !== undefined && !Array.isArray(rawWater)) dropped.push('water')
  const water = (Array.isArray(rawWater) ? rawWater : []).flatMap((entry, index) => {
    const parsed = WaterEntry.safeParse(entry)
    if (!parsed.success) dropped.push(`water[${index}]`)
    return parsed.success ? [parsed.data] : []
  })
  return { value: { water: water.sort((a, b) => a.loggedAtMs - b.loggedAtMs) }, dropped }
}

/** The journal document: schema version 1. */
export const journalDocument: DocumentDefinition<Journal> = {
  name: 'journal',
  currentVersion: 1,
  migrations: [],
  defaults: emptyJournal,
  salvage: salvageJournal
}
