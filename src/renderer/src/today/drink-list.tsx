import type { ReactNode } from 'react'
import type { WaterEntry } from '../../../core/journal'
import type { VolumeUnit } from '../../../core/units'
import { formatClockTime } from '../format/number-format'
import { formatVolume } from '../format/volume'
import { useTranslation } from '../i18n/use-translation'

/** Today's drinks, newest first, each with its local time and amount. */
export function DrinkList({
  entries,
  unit
}: {
  readonly entries: readonly WaterEntry[]
  readonly unit: VolumeUnit
}): ReactNode {
  const t = useTranslation()
  const newestFirst = [...entries].sort((a, b) => b.loggedAtMs - a.loggedAtMs)
  return (
    <section className="drink-list" aria-labelledby="drink-list-title">
      <h2 id="drink-list-title">{t('today.entriesTitle')}</h2>
      {newestFirst.length === 0 ? (
        <p className="muted">{t('today.noEntries')}</p>
      ) : (
        <ol>
          {newestFirst.map((entry) => (
            <li key={entry.id}>
              <time dateTime={new Date(entry.loggedAtMs).toISOString()}>{formatClockTime(entry.loggedAtMs)}</time>
              <span>{formatVolume(entry.amountMl, unit)}</span>
            </li>
          ))}
        </ol>
      )}
    </section>
  )
}
