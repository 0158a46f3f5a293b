import { useRef, useState, type FormEvent, type ReactNode } from 'react'
import { importLimits } from '../../../core/data-transfer'
import { useAppState } from '../api/app-state'
import { useTranslation } from '../i18n/use-translation'
import { FieldError, describedBy } from '../shell/field-error'
import type { DataActionProps } from './export-panel'
import { importSummary } from './history-wording'
import '../i18n/history-strings'

/** Why the last import did not happen: a headline and, when the service named them, the file's problems. */
interface Refusal {
  readonly headline: string
  readonly problems: readonly string[]
}

const fileFieldId = 'history-import-file'

/**
 * Import: reads a chosen export in the window, sends its text to the service and reports what was added,
 * or, if the service refused it, that nothing changed and what is wrong with the file.
 */
export function ImportForm({ isLatest, onBegin }: DataActionProps): ReactNode {
  const t = useTranslation()
  const { perform } = useAppState()
  const fileInput = useRef<HTMLInputElement>(null)
  const [restoreSettings, setRestoreSettings] = useState(true)
  const [noFile, setNoFile] = useState(false)
  const busy = useRef(false)
  const [status, setStatus] = useState('')
  const [refusal, setRefusal] = useState<Refusal | null>(null)

  const refuse = (problems: readonly string[], headline = t('history.data.notImported')): void =>
    setRefusal({ headline, problems })

  const submit = async (event: FormEvent<HTMLFormElement>): Promise<void> => {
    event.preventDefault()
    if (busy.current) return
    setStatus('')
    setRefusal(null)
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
      const outcome = await perform('importData', { text, restoreSettings })
      if (outcome.ok) {
        setStatus(importSummary(outcome.value.report))
        return
      }
      const { error } = outcome
      if (error.code === 'invalid_input' || error.code === 'refused') {
        const problems = error.issues.map((issue) => issue.message)
        refuse(problems.length > 0 ? problems : [error.message])
      } else {
        refuse([], t('history.data.importFailed'))
      }
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
            setStatus('')
            setRefusal(null)
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
      <div className="button-row">
        <button type="submit" className="button-primary">
          {t('history.data.import')}
        </button>
      </div>
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
