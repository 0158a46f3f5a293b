import type { ReactNode } from 'react'
import type { Routine } from '../../../core/routine'
import { commonPractice, factSources, notMedicalAdvice } from '../../../core/sources'
import { useTranslation } from '../i18n/use-translation'
import { ScreenHeading } from '../shell/screen-heading'
import { sourcePublisher } from '../shell/source-citation'
import { StateGate } from '../shell/state-gate'
import { citationsOf, type Citation } from './citations'
import './sources.css'
import '../i18n/routine-strings'

/** The routines and steps listed under a source. */
function CitationList({ citations }: { readonly citations: readonly Citation[] }): ReactNode {
  const t = useTranslation()
  return (
    <>
      <p className="muted">{t('sources.citedBy')}</p>
      <ul className="citations">
        {citations.map(({ routine, steps }) => (
          <li key={routine.id}>
            <span className="citation-routine">{routine.name}</span>
            {steps.length > 0 && <span>{t('sources.steps', { steps: steps.join(', ') })}</span>}
          </li>
        ))}
      </ul>
    </>
  )
}

/** Where one source's facts are used. */
function Citations({
  sourceId,
  routines
}: {
  readonly sourceId: string
  readonly routines: readonly Routine[]
}): ReactNode {
  const t = useTranslation()
  const citations = citationsOf(sourceId, routines)
  if (citations.length === 0) return <p className="muted">{t('sources.generalGuidance')}</p>
  return <CitationList citations={citations} />
}

/** The moves no source describes, said plainly to be common coaching practice; absent when no routine has one. */
function CommonPractice({ routines }: { readonly routines: readonly Routine[] }): ReactNode {
  const t = useTranslation()
  const citations = citationsOf(commonPractice, routines)
  if (citations.length === 0) return null
  return (
    <li>
      <article aria-labelledby="source-common-practice">
        <h2 id="source-common-practice">{t('sources.commonPractice.title')}</h2>
        <p className="source-organisation">{t('sources.commonPractice.text')}</p>
        <CitationList citations={citations} />
      </article>
    </li>
  )
}

/** Sources (#/sources): every source of the app's facts and the routines and steps that rely on it. */
export default function SourcesScreen(): ReactNode {
  const t = useTranslation()
  return (
    <>
      <ScreenHeading>{t('sources.title')}</ScreenHeading>
      <div className="sources">
        <p className="not-medical-advice">{notMedicalAdvice}</p>
        <p>{t('sources.intro')}</p>
        <StateGate>
          {(state) => (
            <ul className="source-list">
              {factSources.map((source) => (
                <li key={source.id}>
                  <article aria-labelledby={`source-${source.id}`}>
                    <h2 id={`source-${source.id}`}>
                      <a href={source.url} target="_blank" rel="noreferrer">
                        {source.title}
                      </a>
                    </h2>
                    <p className="source-organisation">{sourcePublisher(source)}</p>
                    <Citations sourceId={source.id} routines={state.routines} />
                  </article>
                </li>
              ))}
              <CommonPractice routines={state.routines} />
            </ul>
          )}
        </StateGate>
      </div>
    </>
  )
}
