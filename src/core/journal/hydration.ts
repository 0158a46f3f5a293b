import type { Journal, WaterEntry } from './journal'
import { startOfLocalDay, startOfNextLocalDay, localDateKey, type LocalDateKey } from '../time/local-date'

/** What the user drank on one local day, against the goal. */
export interface HydrationDay {
  readonly date: LocalDateKey
  readonly goalMl: number
  readonly totalMl: number
  /** 0…1, capped at 1 once the goal is met. */
  readonly progress: number
  readonly entries: readonly WaterEntry[]
}

/** The drinks logged on the local day holding `now`, and how far they are towards `goalMl`. */
export function hydrationDay(journal: Pick<Journal, 'water'>, goalMl: number, now: Date): HydrationDay {
  const fromMs = startOfLocalDay(now).getTime()
  const toMs = startOfNextLocalDay(now).getTime()
  const entries = journal.water.filter((entry) => entry.loggedAtMs >= fromMs && entry.loggedAtMs < toMs)
  const totalMl = entries.reduce((sum, entry) => sum + entry.amountMl, 0)
  return { date: localDateKey(now), goalMl, totalMl, progress: Math.min(1, totalMl / goalMl), entries }
}
