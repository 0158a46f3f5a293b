import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react'
import { importLimits, type ImportReport } from '../../../core/transfer/data-transfer'
import { useAppActions, useLoadedSelector } from '../api/app-state'
import { useTranslation } from '../i18n/use-translation'
import { FieldError, describedBy } from '../shell/field-error'
import type { DataActionProps } from './export-panel'
import { importSummary } from './history-wording'
import { ImportPreviewPanel } from './import-preview-panel'
import '../i18n/history-strings'

/** Why the last import did not happen: a headline and, when the service named them, the file's problems. */
interface Refusal {
  readonly headline: string
  readonly problems: readonly string[]
}

const fileFieldId = 'history-import-file'

/** A checked file waiting for the person's go-ahead: its text and what importing it would do. */
interface CheckedFile {
  readonly text: string
  readonly report: ImportReport
}

/**
 * Import in two steps: the chosen export is checked by the service, which says what importing it would add and
 * which settings differ (nothing changes yet); Import then merges it and reports what was added. A refused file
 * says that nothing changed and what is wrong with it. Settings are replaced only when asked (unticked at first).
 */
export function ImportForm({ isLatest, onBegin }: DataActionProps): ReactNode {
  const t = useTranslation()
  const { perform } = useAppActions()
  const unit = useLoadedSelector((state) => state.settings.volumeUnit) ?? 'ml'
  const fileInput = useRef<HTMLInputElement>(null)
  const [restoreSettings, setRestoreSettings] = useState(false)
  const [checked, setChecked] = useState<CheckedFile | null>(null)
  const [noFile, setNoFile] = useState(false)
  const busy = useRef(false)
  const [status, setStatus] = useState('')
  const [refusal, setRefusal] = useState<Refusal | null>(null)

  const refuse = (problems: readonly string[], headline = t('history.data.notImported')): void =>
    setRefusal({ headline, problems })

  useEffect(() => {
    if (checked) document.getElementById('history-import-preview-title')?.focus()
  }, [checked])

  /** Sends the text to the service (a preview changes nothing); returns the report, or null once refused. */
  const send = async (text: string, preview: boolean): Promise<ImportReport | null> => {
    const outcome = await perform('importData', { text, restoreSettings, preview })
    if (outcome.ok) return outcome.value
    const { error } = outcome
    if (error.code === 'invalid_input' || error.code === 'refused') {
      const problems = error.issues.map((issue) => issue.message)
      refuse(problems.length > 0 ? problems : [error.message])
    } else {
      refuse([], t('history.data.importFailed'))
    }
    return null
  }

  const forget = (): void => {
    setChecked(null)
    setStatus('')
    setRefusal(null)
  }

  const confirm = async (): Promise<void> => {
    if (busy.current || !checked) return
    busy.current = true
    onBegin()
    setStatus('')
    setRefusal(null)
    try {
      const report = await send(checked.text, false)
      setChecked(null)
      if (report) setStatus(importSummary(report))
    } finally {
      busy.current = false
    }
  }

  const submit = async (event: FormEvent<HTMLFormElement>): Promise<void> => {
    event.preventDefault()
    if (busy.current) return
    forget()
    const file = fileInput.current?.files?.[0]
    if (!file) {
      setNoFile(true)
      fileInput.current?.focus()
      return
    }
    busy.current = true
    onBegin()
    try {
      let text: string
      try {
        text = await file.text()
      } catch {
        refuse([], t('history.data.unreadable'))
        return
      }
      if (text.trim() === '') return refuse([t('history.data.emptyFile')])
      if (text.length > importLimits.maxChars) return refuse([t('history.data.tooLarge')])
      const report = await send(text, true)
      if (report) setChecked({ text, report })
    } finally {
      busy.current = false
    }
  }

  return (
    <form
      className="data-block"
      aria-labelledby="history-import-title"
      noValidate
      onSubmit={(event) => void submit(event)}
    >
      <h3 id="history-import-title">{t('history.data.importTitle')}</h3>
      <p className="muted">{t('history.data.importIntro')}</p>
      <div className="field">
        <label htmlFor={fileFieldId}>{t('history.data.chooseFile')}</label>
        <input
          ref={fileInput}
          id={fileFieldId}
          type="file"
          accept=".json,application/json"
          aria-invalid={noFile ? true : undefined}
          aria-describedby={describedBy(fileFieldId, noFile)}
          onChange={() => {
            setNoFile(false)
            forget()
          }}
        />
        <FieldError fieldId={fileFieldId} message={noFile ? t('history.data.noFile') : undefined} />
      </div>
      <label className="choice">
        <input
          type="checkbox"
          checked={restoreSettings}
          onChange={(event) => setRestoreSettings(event.target.checked)}
        />
        {t('history.data.restoreSettings')}
      </label>
      {checked === null ? (
        <div className="button-row">
          <button type="submit" className="button-primary">
            {t('history.data.checkFile')}
          </button>
        </div>
      ) : (
        <ImportPreviewPanel
          report={checked.report}
          restoreSettings={restoreSettings}
          unit={unit}
          onConfirm={() => void confirm()}
          onCancel={() => {
            forget()
            setStatus(t('history.data.importCancelled'))
          }}
        />
      )}
      <p role="status" className="data-status">
        {isLatest && status}
      </p>
      <div role="alert" className="data-alert">
        {isLatest && refusal && (
          <>
            <p>{refusal.headline}</p>
            {refusal.problems.length > 0 && (
              <ul>
                {refusal.problems.map((problem, index) => (
                  <li key={index}>{problem}</li>
                ))}
              </ul>
            )}
          </>
        )}
      </div>
    </form>
  )
}
