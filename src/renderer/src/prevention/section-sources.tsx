import type { ReactNode } from 'react'
import type { FactSource } from '../../../core/routines/routine'
import { preventionSources, type PreventionSection } from '../../../core/health/prevention'
import { sourceById } from '../../../core/health/sources'
import { usePreventionTranslation } from '../i18n/prevention-strings'
import { SourceCitation } from '../shell/source-citation'

/** The sources a section cites, in the order it lists them. */
export function sectionSources(section: PreventionSection): FactSource[] {
  return preventionSources[section].flatMap((id) => sourceById(id) ?? [])
}

/** A section's sources: each source's title, linked to its page, and its publisher. */
export function SectionSources({ section }: { readonly section: PreventionSection }): ReactNode {
  const t = usePreventionTranslation()
  const labelId = `prevention-${section}-sources`
  return (
    <div className="prevention-sources">
      <p id={labelId}>{t('prevention.sourcesLabel')}</p>
      <ul aria-labelledby={labelId}>
        {sectionSources(section).map((source) => (
          <li key={source.id}>
            <SourceCitation source={source} />
          </li>
        ))}
      </ul>
    </div>
  )
}
