import { randomUUID } from 'node:crypto'
import type { Journal } from '../core/journal/journal'
import { hydrationDay } from '../core/journal/hydration'
import type { OpenDocument } from './document-file'
import { notFound, type SliceHandlers } from './handler-types'
import type { Clock } from './ports'

/** The water calls: logging a drink and taking one back. */
export function waterHandlers(clock: Clock, journal: OpenDocument<Journal>): SliceHandlers<'water'> {
  return {
    logWater: ({ amountMl }) => {
      const entry = { id: randomUUID(), loggedAtMs: clock.now(), amountMl }
      journal.write({ ...journal.value, water: [...journal.value.water, entry] })
      return entry
    },
    undoLastWater: () => {
      // Today's drinks as Today shows them (the goal plays no part in which they are).
      const last = hydrationDay(journal.value, 1, new Date(clock.now())).entries.at(-1)
      if (!last) throw notFound('Nothing logged today to undo')
      journal.write({ ...journal.value, water: journal.value.water.filter((entry) => entry.id !== last.id) })
      return null
    },
    removeWater: ({ id }) => {
      const water = journal.value.water.filter((entry) => entry.id !== id)
      if (water.length === journal.value.water.length) throw notFound('No drink with that id')
      journal.write({ ...journal.value, water })
      return null
    }
  }
}
