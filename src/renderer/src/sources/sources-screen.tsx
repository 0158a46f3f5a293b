import type { ReactNode } from 'react'
import type { Routine } from '../../../core/routine'
import { factSources, notMedicalAdvice } from '../../../core/sources'
import { useTranslation } from '../i18n/use-translation'
import { ScreenHeading } from '../shell/screen-heading'
import { StateGate } from '../shell/state-gate'
import './sources.css'
import '../i18n/routine-strings'

/** The routines citing a source, each with the names of its steps that cite it. */
export function citationsOf(
  sourceId: string,
  routines: readonly Routine[]
): { readonly routine: Routine; readonly steps: readonly string[] }[] {
  return routines.flatMap((routine) => {
    const steps = routine.steps.filter((step) => step.sourceIds.includes(sourceId)).map((step) => step.name)
    return routine.sourceIds.includes(sourceId) || steps.length > 0 ? [{ routine, steps }] : []
  })
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
                      {source.url ? (
                        <a href={source.url} target="_blank" rel="noreferrer">
                          {source.title}
                        </a>
                      ) : (
                        source.title
                      )}
                    </h2>
                    <p className="source-organisation">{source.organisation}</p>
                    <Citations sourceId={source.id} routines={state.routines} />
                  </article>
                </li>
              ))}
            </ul>
          )}
        </StateGate>
      </div>
    </>
  )
}
