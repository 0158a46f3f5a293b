import { useRef, useState, type ReactNode } from 'react'
import { call } from '../api/companion'
import { useTranslation } from '../i18n/use-translation'
import { LiveMessage, type LiveMessageValue } from '../today/live-message'
import { downloadFile } from './download'
import { exportFiles, type ExportFile } from './history-data'
import '../i18n/history-strings'

/** What each part of Your data is told: whether its message is the latest one, and how to say it has begun. */
export interface DataActionProps {
  /** False once another part of Your data acted: this part's message (and offer) then gives way. */
  readonly isLatest: boolean
  readonly onBegin: () => void
}

/** Export: asks the service for the files, then offers each one as a download (a save dialog in Electron). */
export function ExportPanel({ isLatest, onBegin }: DataActionProps): ReactNode {
  const t = useTranslation()
  const [files, setFiles] = useState<ReturnType<typeof exportFiles> | null>(null)
  const busy = useRef(false)
  const [message, setMessage] = useState<LiveMessageValue>()

  const prepare = async (): Promise<void> => {
    if (busy.current) return
    busy.current = true
    onBegin()
    setMessage(undefined)
    const outcome = await call('exportData', {})
    busy.current = false
    if (outcome.ok) {
      setFiles(exportFiles(outcome.value))
      setMessage({ kind: 'status', text: t('history.data.exportReady') })
    } else {
      setMessage({ kind: 'error', text: t('history.data.exportFailed') })
    }
  }

  const offers: readonly { readonly file: ExportFile | undefined; readonly label: string }[] = [
    { file: files?.json, label: t('history.data.exportJson') },
    { file: files?.water, label: t('history.data.exportWater') },
    { file: files?.cramps, label: t('history.data.exportCramps') },
    { file: files?.activities, label: t('history.data.exportActivities') }
  ]

  return (
    <div className="data-block" role="group" aria-labelledby="history-export-title">
      <h3 id="history-export-title">{t('history.data.exportTitle')}</h3>
      <p className="muted">{t('history.data.exportIntro')}</p>
      <div className="button-row">
        <button type="button" className="button-primary" onClick={() => void prepare()}>
          {t('history.data.export')}
        </button>
      </div>
      <LiveMessage message={isLatest ? message : undefined} />
      {files && isLatest && (
        <ul className="download-list">
          {offers.map(({ file, label }) =>
            file ? (
              <li key={file.name}>
                <button type="button" onClick={() => downloadFile(file)}>
                  {label}
                </button>
                <span className="file-name">{file.name}</span>
              </li>
            ) : null
          )}
        </ul>
      )}
    </div>
  )
}
