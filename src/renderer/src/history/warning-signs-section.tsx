import type { ReactNode } from 'react'
import type { HistoryView } from '../../../core/history/history'
import type { WarningSign } from '../../../core/health/warning-signs'
import { useTranslation } from '../i18n/use-translation'
import { newestFirst } from './history-data'
import { sourceById } from '../../../core/health/sources'
import { warningReason } from '../cramps/warning-text'
import { SourceCitation } from '../shell/source-citation'
import '../i18n/history-strings'

/** Where the advice behind a warning sign comes from: each source's title, linked to its page, and its publisher. */
function WarningSources({ sign }: { readonly sign: WarningSign }): ReactNode {
  const t = useTranslation()
  const sources = sign.sourceIds.flatMap((id) => sourceById(id) ?? [])
  if (sources.length === 0) return null
  return (
    <div className="warning-sources">
      <p>{t('history.warnings.sources')}</p>
      <ul>
        {sources.map((source) => (
          <li key={source.id}>
            <SourceCitation source={source} />
          </li>
        ))}
      </ul>
    </div>
  )
}

/** The id other screens link to (after opening #/history). */
export const warningSignsId = 'warning-signs'

/**
 * The Warning signs section: every sign the cramp log raised, newest first, with what was noticed,
 * that it is worth talking to a doctor or physiotherapist about, and where that advice comes from.
 */
export function WarningSignsSection({ warnings }: { readonly warnings: HistoryView['warnings'] }): ReactNode {
  const t = useTranslation()
  return (
    <section id={warningSignsId} className="history-section" aria-labelledby="history-warnings-title" tabIndex={-1}>
      <h2 id="history-warnings-title">{t('history.warnings.title')}</h2>
      {warnings.length === 0 ? (
        <p className="muted empty-state">{t('history.warnings.none')}</p>
      ) : (
        <>
          <p className="muted">{t('history.warnings.intro')}</p>
          <ul className="warning-list">
            {newestFirst(warnings).map((sign) => (
              <li key={sign.id} className="warning-item">
                <p>{warningReason(sign)}</p>
                <p>{t('history.warnings.worthTalking')}</p>
                <WarningSources sign={sign} />
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  )
}
