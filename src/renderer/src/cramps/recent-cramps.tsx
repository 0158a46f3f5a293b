import type { ReactNode } from 'react'
import { crampLimits, type CrampEntry } from '../../../core/cramps'
import { numberFormat, userLocale } from '../format/number-format'
import { t } from '../i18n/i18n'
import { useTranslation } from '../i18n/use-translation'
import '../i18n/cramp-strings'

let dateTimeFormat: Intl.DateTimeFormat | undefined
let listFormat: Intl.ListFormat | undefined

/** "3 May 2026, 07:10" in the person's locale. */
const formatStartedAt = (atMs: number): string => {
  dateTimeFormat ??= new Intl.DateTimeFormat(userLocale, { dateStyle: 'medium', timeStyle: 'short' })
  return dateTimeFormat.format(atMs)
}

/** "1.5 minutes". */
const formatMinutes = (minutes: number): string =>
  numberFormat({ style: 'unit', unit: 'minute', unitDisplay: 'long', maximumFractionDigits: 1 }).format(minutes)

/** "Left leg, back of the thigh" or "Both legs, calf". */
function whereText(entry: CrampEntry): string {
  const location = t(`cramp.entryLocation.${entry.location}`)
  if (entry.leg === 'both') return t('cramp.entryWhereBoth', { location })
  return t('cramp.entryWhere', { leg: t(`cramp.legs.${entry.leg}`), location })
}

/** One logged cramp: when, where, how bad, how long, what the person was doing, and the signs if any. */
function CrampLine({ entry }: { readonly entry: CrampEntry }): ReactNode {
  const max = crampLimits.severity.max
  listFormat ??= new Intl.ListFormat(userLocale, { type: 'conjunction' })
  const signs = entry.symptoms.map((symptom) => t(`cramp.symptom.${symptom}`))
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
      {signs.length > 0 && <span className="cramp-signs">{t('cramp.signs', { signs: listFormat.format(signs) })}</span>}
    </li>
  )
}

/** "Recent cramps": the last 30 days, newest first. */
export function RecentCramps({ cramps }: { readonly cramps: readonly CrampEntry[] }): ReactNode {
  const tr = useTranslation()
  const newestFirst = [...cramps].sort((a, b) => b.startedAtMs - a.startedAtMs)
  return (
    <section className="recent-cramps" aria-labelledby="recent-cramps-title">
      <h2 id="recent-cramps-title">{tr('cramp.recentTitle')}</h2>
      {newestFirst.length === 0 ? (
        <p className="muted">{tr('cramp.noneRecent')}</p>
      ) : (
        <ul className="cramp-list">
          {newestFirst.map((entry) => (
            <CrampLine key={entry.id} entry={entry} />
          ))}
        </ul>
      )}
    </section>
  )
}
