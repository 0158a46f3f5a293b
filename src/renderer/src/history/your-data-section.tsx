import { useState, type ReactNode } from 'react'
import { useTranslation } from '../i18n/use-translation'
import { DeleteAllPanel } from './delete-all-panel'
import { ExportPanel } from './export-panel'
import { ImportForm } from './import-form'
import '../i18n/history-strings'

/** The Your data section: export, import an earlier export, delete everything. */
export function YourDataSection(): ReactNode {
  const t = useTranslation()
  // Only the part that acted last keeps its message, so an old import report does not outlive a deletion.
  const [latest, setLatest] = useState<'export' | 'import' | 'delete' | null>(null)
  return (
    <section className="history-section your-data" aria-labelledby="history-data-title">
      <h2 id="history-data-title">{t('history.data.title')}</h2>
      <p className="muted">{t('history.data.intro')}</p>
      <ExportPanel isLatest={latest === 'export'} onBegin={() => setLatest('export')} />
      <ImportForm isLatest={latest === 'import'} onBegin={() => setLatest('import')} />
      <DeleteAllPanel isLatest={latest === 'delete'} onBegin={() => setLatest('delete')} />
    </section>
  )
}
