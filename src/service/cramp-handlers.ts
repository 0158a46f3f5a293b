import { randomUUID } from 'node:crypto'
import { crampLimits } from '../core/journal/cramps'
import type { Journal } from '../core/journal/journal'
import type { OpenDocument } from './document-file'
import { CallRefused, notFound, type SliceHandlers } from './handler-types'
import { signsOf } from './journal-handlers'
import type { Clock } from './ports'

const MINUTE_MS = 60_000
const DAY_MS = 24 * 60 * MINUTE_MS

/** The cramp calls: logging and deleting cramps, and marking warning signs as seen. */
export function crampHandlers(clock: Clock, journal: OpenDocument<Journal>): SliceHandlers<'cramps'> {
  return {
    logCramp: ({ cramp }) => {
      const nowMs = clock.now()
      const field = (message: string) =>
        new CallRefused({ code: 'invalid_input', message, issues: [{ field: 'cramp.startedAtMs', message }] })
      if (cramp.startedAtMs > nowMs + MINUTE_MS) throw field('A cramp cannot be logged in the future')
      if (cramp.startedAtMs < nowMs - crampLimits.backdateDays * DAY_MS) throw field('That is more than a year ago')
      const entry = { ...cramp, id: randomUUID(), loggedAtMs: nowMs }
      const cramps = [...journal.value.cramps, entry].sort((a, b) => a.startedAtMs - b.startedAtMs)
      journal.write({ ...journal.value, cramps })
      return entry
    },
    // The warning signs are worked out from the cramps, so the ones this cramp raised go with it.
    deleteCramp: ({ id }) => {
      const cramps = journal.value.cramps.filter((cramp) => cramp.id !== id)
      if (cramps.length === journal.value.cramps.length) throw notFound('No cramp with that id')
      journal.write({ ...journal.value, cramps })
      return null
    },
    acknowledgeWarnings: ({ ids }) => {
      const known = new Set(signsOf(journal.value).map((sign) => sign.id))
      const unknown = ids.filter((id) => !known.has(id))
      if (unknown.length > 0) throw notFound(`No warning sign ${unknown.join(', ')}`)
      const acknowledgedWarnings = [...new Set([...journal.value.acknowledgedWarnings, ...ids])]
      journal.write({ ...journal.value, acknowledgedWarnings })
      return null
    }
  }
}
