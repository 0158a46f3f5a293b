import { useState, type ReactNode } from 'react'
import type { CrampPatterns } from '../../../core/activities/cramp-patterns'
import { sourceById } from '../../../core/health/sources'
import type { VolumeUnit } from '../../../core/settings/units'
import type { PatternsView } from '../../../contract/slices/activities'
import { useTranslation } from '../i18n/use-translation'
import { SourceCitation } from '../shell/source-citation'
import { formatCount } from './history-wording'
import {
  contextSentences,
  factorSentence,
  formatCrampTime,
  notEnoughCramps,
  orderedCounts,
  type PatternThresholds
} from './pattern-wording'
import { TrainingLoadSection } from './training-load-chart'
import { useRefreshingQuery } from './use-refreshing-query'
import '../i18n/history-strings'
import '../i18n/cramp-strings'
import './patterns.css'

/** The study the research note retells (core/health/sources.ts). */
const researchSourceId = 'schwellnus-cramps-2011'
/** Cramps listed before "Show all". */
const FIRST_CONTEXTS = 10

/** The counts, or how many cramps there are while there are too few for counts. */
function FactorCounts({
  patterns,
  thresholds
}: {
  readonly patterns: CrampPatterns
  readonly thresholds: PatternThresholds
}): ReactNode {
  const t = useTranslation()
  if (patterns.counts === null) return <p className="patterns-not-enough">{notEnoughCramps(patterns)}</p>
  return (
    <ul className="pattern-counts" aria-label={t('history.patterns.countsLabel')}>
      {orderedCounts(patterns.counts, thresholds).map((count) => (
        <li key={count.factor}>{factorSentence(count, thresholds)}</li>
      ))}
    </ul>
  )
}

/** What research found, that counts are not a cause, when to see a professional, and the study linked. */
function ResearchNote(): ReactNode {
  const t = useTranslation()
  const source = sourceById(researchSourceId)
  return (
    <aside className="research-note" aria-labelledby="patterns-note-title">
      <h3 id="patterns-note-title">{t('history.patterns.noteTitle')}</h3>
      <p>{t('history.patterns.note')}</p>
      <p>{t('history.patterns.noteCounts')}</p>
      <p>{t('cramp.note')}</p>
      {source && (
        <p className="research-source">
          {t('history.patterns.source')} <SourceCitation source={source} />
        </p>
      )}
    </aside>
  )
}

/** Every cramp, newest first, with what came before it. */
function CrampContexts({ patterns, unit }: { readonly patterns: CrampPatterns; readonly unit: VolumeUnit }): ReactNode {
  const t = useTranslation()
  const [showAll, setShowAll] = useState(false)
  const newest = [...patterns.contexts].reverse()
  if (newest.length === 0) return null
  const shown = showAll ? newest : newest.slice(0, FIRST_CONTEXTS)
  return (
    <div className="cramp-contexts">
      <h3 id="patterns-contexts-title">{t('history.patterns.contextsTitle')}</h3>
      <p className="muted">{t('history.patterns.contextsIntro')}</p>
      <ol aria-labelledby="patterns-contexts-title">
        {shown.map((context) => (
          <li key={context.crampId}>
            <p className="cramp-context-time">{formatCrampTime(context.startedAtMs)}</p>
            <p>{contextSentences(context, unit).join(' ')}</p>
          </li>
        ))}
      </ol>
      {shown.length < newest.length && (
        <button type="button" onClick={() => setShowAll(true)}>
          {t('history.patterns.showAll', { n: formatCount(newest.length) })}
        </button>
      )}
    </div>
  )
}

/** The Patterns section: counts against the person's own base rate, the research note, and each cramp's context. */
function PatternsSection({ view, unit }: { readonly view: PatternsView; readonly unit: VolumeUnit }): ReactNode {
  const t = useTranslation()
  return (
    <section className="history-section patterns-section" aria-labelledby="history-patterns-title">
      <h2 id="history-patterns-title">{t('history.patterns.title')}</h2>
      <p className="muted">{t('history.patterns.intro')}</p>
      <FactorCounts patterns={view.patterns} thresholds={view.thresholds} />
      <ResearchNote />
      <CrampContexts patterns={view.patterns} unit={unit} />
    </section>
  )
}

/** History's training-load chart and Patterns, from the getPatterns query (asked when History opens). */
export function PatternsFigures({ unit }: { readonly unit: VolumeUnit }): ReactNode {
  const t = useTranslation()
  const { load, retry } = useRefreshingQuery('getPatterns')
  if (load.status === 'loading') return <p className="muted">{t('history.patterns.loading')}</p>
  if (load.status === 'failed') {
    return (
      <div role="alert" className="load-failed">
        <p>{t('history.patterns.loadFailed')}</p>
        <button type="button" onClick={retry}>
          {t('history.retry')}
        </button>
      </div>
    )
  }
  return (
    <>
      <TrainingLoadSection weeks={load.value.trainingLoad} unit={unit} />
      <PatternsSection view={load.value} unit={unit} />
    </>
  )
}
