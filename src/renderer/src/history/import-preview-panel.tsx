import type { ReactNode } from 'react'
import type { ImportReport } from '../../../core/transfer/data-transfer'
import type { VolumeUnit } from '../../../core/settings/units'
import { useTranslation } from '../i18n/use-translation'
import { importPreviewSummary, settingsChangeLines, settingsPreviewLead } from './import-preview'

/** The checked file's report before anything changes, with Import and Cancel. */
export function ImportPreviewPanel({
  report,
  restoreSettings,
  unit,
  onConfirm,
  onCancel
}: {
  readonly report: ImportReport
  readonly restoreSettings: boolean
  readonly unit: VolumeUnit
  readonly onConfirm: () => void
  readonly onCancel: () => void
}): ReactNode {
  const t = useTranslation()
  const lines = settingsChangeLines(report.settingsChanges, unit)
  return (
    <section className="import-preview" aria-labelledby="history-import-preview-title">
      <h4 id="history-import-preview-title" tabIndex={-1}>
        {t('history.data.previewTitle')}
      </h4>
      <p>{importPreviewSummary(report)}</p>
      <p>{settingsPreviewLead(report, restoreSettings)}</p>
      {lines.length > 0 && (
        <ul aria-label={t('history.importPreview.settingsListLabel')}>
          {lines.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
      <div className="button-row">
        <button type="button" className="button-primary" onClick={onConfirm}>
          {t('history.data.confirmImport')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('history.data.cancelImport')}
        </button>
      </div>
    </section>
  )
}
