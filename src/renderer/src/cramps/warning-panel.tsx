import { useEffect, useRef, useState, type ReactNode } from 'react'
import { sourceById } from '../../../core/health/sources'
import type { WarningSign } from '../../../core/health/warning-signs'
import { useAppActions, useLoadedSelector } from '../api/app-state'
import { useTranslation } from '../i18n/use-translation'
import { SourceCitation } from '../shell/source-citation'
import { warningReason, warningSourceIds } from './warning-text'
import './warning-panel.css'
import '../i18n/cramp-strings'

const noWarnings: readonly WarningSign[] = []

/**
 * "Time to talk to a professional": shown above every screen when the cramp log raises a warning sign
 * the person has not seen, with each reason and its sources; "I understand" marks them seen, so each
 * trigger is shown once. Every sign stays listed under History.
 */
export default function WarningPanel(): ReactNode {
  const t = useTranslation()
  const { perform } = useAppActions()
  const heading = useRef<HTMLHeadingElement>(null)
  const [failure, setFailure] = useState('')
  const pending = useLoadedSelector((state) => state.pendingWarnings) ?? noWarnings
  const shownIds = pending.map((sign) => sign.id).join(' ')

  useEffect(() => {
    // A new reason appeared (usually right after logging a cramp): take the reader to it.
    if (shownIds !== '') heading.current?.focus()
  }, [shownIds])

  if (pending.length === 0) return null
  const acknowledge = async (): Promise<void> => {
    const outcome = await perform('acknowledgeWarnings', { ids: pending.map((sign) => sign.id) })
    setFailure(outcome.ok ? '' : t('warning.acknowledgeFailed'))
    if (outcome.ok) document.querySelector<HTMLElement>('#main h1')?.focus()
  }
  const urgent = pending.some((sign) => sign.kind === 'long')
  return (
    <section className="warning-panel" aria-labelledby="warning-panel-title">
      <h2 id="warning-panel-title" ref={heading} tabIndex={-1}>
        {t('warning.title')}
      </h2>
      <p>{t('warning.intro')}</p>
      <h3>{t('warning.why')}</h3>
      <ul className="warning-reasons">
        {pending.map((sign) => (
          <li key={sign.id}>{warningReason(sign)}</li>
        ))}
      </ul>
      {urgent && <p className="warning-urgent">{t('warning.urgent')}</p>}
      <details>
        <summary>{t('warning.sources')}</summary>
        <ul>
          {warningSourceIds(pending).map((id) => {
            const source = sourceById(id)
            return source ? (
              <li key={id}>
                <SourceCitation source={source} />
              </li>
            ) : null
          })}
        </ul>
      </details>
      <p className="muted">{t('warning.notAdvice')}</p>
      <div className="warning-actions">
        <button type="button" className="button-primary" onClick={() => void acknowledge()}>
          {t('warning.acknowledge')}
        </button>
        <a href="#/history">{t('warning.seeAll')}</a>
      </div>
      <p role="alert" className="form-failure">
        {failure}
      </p>
    </section>
  )
}
