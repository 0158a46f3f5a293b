import type { Journal } from '../core/journal/journal'
import { localDateKey } from '../core/time/local-date'
import type { OpenDocument } from './document-file'
import type { SliceHandlers } from './handler-types'
import type { Clock } from './ports'

/** The prevention calls: the day's urine-colour check-in. */
export function preventionHandlers(clock: Clock, journal: OpenDocument<Journal>): SliceHandlers<'prevention'> {
  return {
    checkInUrine: ({ level }) => {
      const checkedAtMs = clock.now()
      const date = localDateKey(new Date(checkedAtMs))
      const checkIns = [
        ...journal.value.checkIns.filter((checkIn) => checkIn.date !== date),
        { date, checkedAtMs, level }
      ]
      journal.write({ ...journal.value, checkIns })
      return null
    }
  }
}
