import { useEffect, useEffectEvent, useRef, type ReactNode } from 'react'
import { useAppSelector } from '../api/app-state'
import { formatPercent } from '../format/number-format'
import { useTranslation } from '../i18n/use-translation'
import { onDroppedFiles, takeDroppedFiles } from '../shell/dropped-files'
import { acceptedActivityFiles } from './file-encoding'
import type { ImportReportText } from './import-report'
import { useActivityImport, type ImportPhase } from './use-activity-import'

/** The import under way: reading the files, then the service's progress through them (a bar with its percent). */
function ImportProgress({ phase }: { readonly phase: ImportPhase }): ReactNode {
  const t = useTranslation()
  const importing = useAppSelector((state) => state.activities.importing)
  if (phase.step === 'reading') return <p className="muted">{t('activities.import.reading', { count: phase.files })}</p>
  if (phase.step !== 'sending' && importing === null) return null
  const share = importing && importing.totalBytes > 0 ? Math.min(1, importing.doneBytes / importing.totalBytes) : 0
  const percent = formatPercent(share)
  return (
    <div className="import-progress">
      <progress
        aria-label={t('activities.import.progressLabel')}
        max={100}
        value={Math.round(share * 100)}
        aria-valuetext={percent}
      />
      <span>{t('activities.import.progress', { percent })}</span>
    </div>
  )
}

/** What the import did: the added activities one per line, files already there, and refused files with why. */
function ReportView({ report }: { readonly report: ImportReportText }): ReactNode {
  return (
    <>
      <p className="import-headline">{report.headline}</p>
      {report.added.length > 0 && (
        <ul className="import-added">
          {report.added.map((line, index) => (
            <li key={index}>{line}</li>
          ))}
        </ul>
      )}
      {report.duplicates.map((line, index) => (
        <p key={index}>{line}</p>
      ))}
    </>
  )
}

/**
 * "Import from your watch": a file picker and a drop zone (files dropped anywhere on the window arrive here too),
 * the progress while it runs, then a report in plain words.
 */
export function ImportArea(): ReactNode {
  const t = useTranslation()
  const { phase, importFiles } = useActivityImport()
  const input = useRef<HTMLInputElement>(null)
  const takeDropped = useEffectEvent((): void => {
    const files = takeDroppedFiles()
    if (files.length > 0) void importFiles(files)
  })

  // Files dropped on the window (maybe on another screen, just before this one opened) are imported here.
  useEffect(() => {
    takeDropped()
    return onDroppedFiles(takeDropped)
  }, [])

  const refused =
    phase.step === 'failed' ? [phase.message] : phase.step === 'reported' ? phase.report.refused : ([] as string[])
  return (
    <section className="activities-card import-area" aria-labelledby="activities-import-title">
      <h2 id="activities-import-title">{t('activities.import.title')}</h2>
      <p className="muted">{t('activities.import.hint')}</p>
      <div className="drop-zone">
        <p>{t('activities.import.dropHere')}</p>
        <button
          type="button"
          className="button-primary"
          disabled={phase.step === 'reading' || phase.step === 'sending'}
          onClick={() => input.current?.click()}
        >
          {t('activities.import.choose')}
        </button>
        <input
          ref={input}
          type="file"
          hidden
          multiple
          accept={acceptedActivityFiles}
          aria-label={t('activities.import.choose')}
          onChange={(event) => {
            const files = [...(event.target.files ?? [])]
            event.target.value = ''
            void importFiles(files)
          }}
        />
      </div>
      <ImportProgress phase={phase} />
      <div role="status" className="import-report">
        {phase.step === 'reported' && <ReportView report={phase.report} />}
      </div>
      <div role="alert" className="import-refused">
        {refused.map((line, index) => (
          <p key={index}>{line}</p>
        ))}
      </div>
    </section>
  )
}
