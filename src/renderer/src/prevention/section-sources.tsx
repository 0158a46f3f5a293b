import type { ReactNode } from 'react'
import type { FactSource } from '../../../core/routine'
import { preventionSources, type PreventionSection } from '../../../core/prevention'
import { sourceById } from '../../../core/sources'
import { usePreventionTranslation } from '../i18n/prevention-strings'

/** The sources a section cites, in the order it lists them. */
export function sectionSources(section: PreventionSection): FactSource[] {
  return preventionSources[section].flatMap((id) => sourceById(id) ?? [])
}

/** A section's sources: each source's title (a link where its address is known) and organisation. */
export function SectionSources({ section }: { readonly section: PreventionSection }): ReactNode {
  const t = usePreventionTranslation()
  const labelId = `prevention-${section}-sources`
  return (
    <div className="prevention-sources">
      <p id={labelId}>{t('prevention.sourcesLabel')}</p>
      <ul aria-labelledby={labelId}>
        {sectionSources(section).map((source) => (
          <li key={source.id}>
            {source.url ? (
              <a href={source.url} target="_blank" rel="noreferrer">
                {source.title}
              </a>
            ) : (
              <cite>{source.title}</cite>
            )}{' '}
            <span className="source-organisation">({source.organisation})</span>
          </li>
        ))}
      </ul>
    </div>
  )
}
