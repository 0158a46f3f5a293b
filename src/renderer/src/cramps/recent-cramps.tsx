import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react'
import { crampLimits, type CrampEntry } from '../../../core/journal/cramps'
import { useAppActions } from '../api/app-state'
import { dateTimeFormat, listFormat, numberFormat } from '../format/number-format'
import { t } from '../i18n/i18n'
import { useTranslation } from '../i18n/use-translation'
import { LiveMessage, type LiveMessageValue } from '../today/live-message'
import '../i18n/cramp-strings'
import './recent-cramps.css'

/** "3 May 2026, 07:10" in the person's locale. */
const formatStartedAt = (atMs: number): string =>
  dateTimeFormat({ dateStyle: 'medium', timeStyle: 'short' }).format(atMs)

/** "1.5 minutes". */
const formatMinutes = (minutes: number): string =>
  numberFormat({ style: 'unit', unit: 'minute', unitDisplay: 'long', maximumFractionDigits: 1 }).format(minutes)

/** "Left leg, back of the thigh" or "Both legs, calf". */
function whereText(entry: CrampEntry): string {
  const location = t(`cramp.entryLocation.${entry.location}`)
  if (entry.leg === 'both') return t('cramp.entryWhereBoth', { location })
  return t('cramp.entryWhere', { leg: t(`cramp.legs.${entry.leg}`), location })
}

/**
 * One logged cramp: when, where, how bad, how long, what the person was doing, and the signs if any.
 * Delete asks first, in the line: the question takes focus, and "Keep it" (or Escape) brings it back to Delete.
 */
function CrampLine({ entry, onDelete }: { readonly entry: CrampEntry; readonly onDelete: () => void }): ReactNode {
  const max = crampLimits.severity.max
  const signs = entry.symptoms.map((symptom) => t(`cramp.symptom.${symptom}`))
  const [confirming, setConfirming] = useState(false)
  const question = useRef<HTMLParagraphElement>(null)
  const deleteButton = useRef<HTMLButtonElement>(null)
  const wasConfirming = useRef(false)
  const questionId = useId()

  useEffect(() => {
    if (confirming) question.current?.focus()
    else if (wasConfirming.current) deleteButton.current?.focus()
    wasConfirming.current = confirming
  }, [confirming])

  const keepOnEscape = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape') return
    event.preventDefault()
    setConfirming(false)
  }

  return (
    <li className="cramp-entry">
      <time dateTime={new Date(entry.startedAtMs).toISOString()}>{formatStartedAt(entry.startedAtMs)}</time>
      <span>
        {whereText(entry)} ·{' '}
        <span aria-label={t('cramp.severityLabel', { severity: entry.severity, max })}>
          {t('cramp.severityOf', { severity: entry.severity, max })}
        </span>{' '}
        · {formatMinutes(entry.durationMinutes)} · {t(`cramp.contexts.${entry.context}`)}
      </span>
      {signs.length > 0 && (
        <span className="cramp-signs">
          {t('cramp.signs', { signs: listFormat({ type: 'conjunction' }).format(signs) })}
        </span>
      )}
      {confirming ? (
        <div className="cramp-delete-confirm" role="group" aria-labelledby={questionId} onKeyDown={keepOnEscape}>
          <p id={questionId} ref={question} tabIndex={-1}>
            {t('cramp.deleteQuestion')}
          </p>
          <div className="cramp-delete-actions">
            <button type="button" className="button-danger" onClick={onDelete}>
              {t('cramp.deleteConfirm')}
            </button>
            <button type="button" onClick={() => setConfirming(false)}>
              {t('cramp.deleteKeep')}
            </button>
          </div>
        </div>
      ) : (
        <button
          ref={deleteButton}
          type="button"
          className="button-quiet cramp-delete"
          onClick={() => setConfirming(true)}
        >
          {t('cramp.delete')}
          <span className="visually-hidden">
            {' '}
            {t('cramp.deleteWhich', { when: formatStartedAt(entry.startedAtMs) })}
          </span>
        </button>
      )}
    </li>
  )
}

/** "Recent cramps": the last 30 days, newest first, each one deletable (a cramp logged by mistake). */
export function RecentCramps({ cramps }: { readonly cramps: readonly CrampEntry[] }): ReactNode {
  const tr = useTranslation()
  const { perform } = useAppActions()
  const [message, setMessage] = useState<LiveMessageValue>()
  const heading = useRef<HTMLHeadingElement>(null)
  // A second click before the answer would ask to delete a cramp that is already gone.
  const deleting = useRef(false)
  const newestFirst = [...cramps].sort((a, b) => b.startedAtMs - a.startedAtMs)

  const deleteCramp = async (id: string): Promise<void> => {
    if (deleting.current) return
    deleting.current = true
    setMessage(undefined)
    const outcome = await perform('deleteCramp', { id })
    deleting.current = false
    if (!outcome.ok) {
      setMessage({ kind: 'error', text: tr('cramp.deleteFailed') })
      return
    }
    setMessage({ kind: 'status', text: tr('cramp.deleted') })
    // The focused button has gone with its cramp; the list's heading is the nearest place to carry on from.
    heading.current?.focus()
  }

  return (
    <section className="recent-cramps" aria-labelledby="recent-cramps-title">
      <h2 id="recent-cramps-title" ref={heading} tabIndex={-1}>
        {tr('cramp.recentTitle')}
      </h2>
      {newestFirst.length === 0 ? (
        <p className="muted">{tr('cramp.noneRecent')}</p>
      ) : (
        <ul className="cramp-list">
          {newestFirst.map((entry) => (
            <CrampLine key={entry.id} entry={entry} onDelete={() => void deleteCramp(entry.id)} />
          ))}
        </ul>
      )}
      <LiveMessage message={message} />
    </section>
  )
}
