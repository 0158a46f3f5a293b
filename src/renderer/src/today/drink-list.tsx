import { useRef, useState, type ReactNode } from 'react'
import type { WaterEntry } from '../../../core/journal/journal'
import type { VolumeUnit } from '../../../core/settings/units'
import { useAppActions } from '../api/app-state'
import { formatClockTime } from '../format/number-format'
import { formatVolume } from '../format/volume'
import { useTranslation } from '../i18n/use-translation'
import { LiveMessage, type LiveMessageValue } from './live-message'
import './drink-list.css'

/** Today's drinks, newest first, each with its local time, amount and a button to remove one logged by mistake. */
export function DrinkList({
  entries,
  unit,
  totalMl
}: {
  readonly entries: readonly WaterEntry[]
  readonly unit: VolumeUnit
  /** The day's total now: a "Removed …" message about another total is out of date. */
  readonly totalMl: number
}): ReactNode {
  const t = useTranslation()
  const { perform } = useAppActions()
  const [message, setMessage] = useState<LiveMessageValue>()
  const heading = useRef<HTMLHeadingElement>(null)
  // A second click before the answer would ask to remove a drink that is already gone.
  const removing = useRef(false)
  const newestFirst = [...entries].sort((a, b) => b.loggedAtMs - a.loggedAtMs)

  const remove = async (entry: WaterEntry): Promise<void> => {
    if (removing.current) return
    removing.current = true
    const outcome = await perform('removeWater', { id: entry.id })
    removing.current = false
    if (!outcome.ok) {
      setMessage({ kind: 'error', text: t('today.removeFailed') })
      return
    }
    const after = outcome.state.today
    const progress = t('today.amountOfGoal', {
      total: formatVolume(after.totalMl, unit),
      goal: formatVolume(after.goalMl, unit)
    })
    setMessage({
      kind: 'status',
      text: t('today.removed', { amount: formatVolume(entry.amountMl, unit), progress }),
      totalMl: after.totalMl
    })
    // The focused button has gone with its drink; the list's heading is the nearest place to carry on from.
    heading.current?.focus()
  }

  return (
    <section className="today-card drink-list" aria-labelledby="drink-list-title">
      <h2 id="drink-list-title" ref={heading} tabIndex={-1}>
        {t('today.entriesTitle')}
      </h2>
      {newestFirst.length === 0 ? (
        <p className="muted">{t('today.noEntries')}</p>
      ) : (
        <ol>
          {newestFirst.map((entry) => (
            <li key={entry.id}>
              <time dateTime={new Date(entry.loggedAtMs).toISOString()}>{formatClockTime(entry.loggedAtMs)}</time>
              <span className="drink-amount">{formatVolume(entry.amountMl, unit)}</span>
              <button type="button" className="button-quiet drink-remove" onClick={() => void remove(entry)}>
                {t('today.remove')}
                <span className="visually-hidden">
                  {' '}
                  {t('today.removeWhich', {
                    amount: formatVolume(entry.amountMl, unit),
                    time: formatClockTime(entry.loggedAtMs)
                  })}
                </span>
              </button>
            </li>
          ))}
        </ol>
      )}
      <LiveMessage message={message} currentTotalMl={totalMl} />
    </section>
  )
}
