import type { ReactNode } from 'react'
import type { FactSource } from '../../../core/routines/routine'

/** Who stands behind a source: the organisation, and for a paper the journal it appeared in. */
export function sourcePublisher(source: FactSource): string {
  return source.journal ? `${source.organisation}; ${source.journal}` : source.organisation
}

/** One source where guidance cites it: its title linked to the page (opened outside Limber), then its publisher. */
export function SourceCitation({ source }: { readonly source: FactSource }): ReactNode {
  return (
    <>
      <a href={source.url} target="_blank" rel="noreferrer">
        {source.title}
      </a>
      {' — '}
      <span className="source-organisation">{sourcePublisher(source)}</span>
    </>
  )
}
