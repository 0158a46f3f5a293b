import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react'
import type { CallInput } from '../../../contract/contract'
import { useAppActions } from '../api/app-state'
import { useTranslation } from '../i18n/use-translation'
import type { DataActionProps } from './export-panel'
import { confirmsDeletion } from './history-data'
import '../i18n/history-strings'

/** The word the person types (contract.ts's `deleteAllConfirmation`; spelled here so zod stays out of the window). */
const confirmationWord: CallInput<'deleteAllData'>['confirm'] = 'delete'

const panelId = 'history-delete-panel'
const fieldId = 'history-delete-confirm'

/**
 * Delete all my data: a button that opens an inline confirmation. Deleting needs the word typed;
 * the field takes focus when the panel opens, and focus returns to the button when it closes.
 */
export function DeleteAllPanel({ isLatest, onBegin }: DataActionProps): ReactNode {
  const t = useTranslation()
  const { perform } = useAppActions()
  const trigger = useRef<HTMLButtonElement>(null)
  const field = useRef<HTMLInputElement>(null)
  const busy = useRef(false)
  const [open, setOpen] = useState(false)
  const [typed, setTyped] = useState('')
  const [status, setStatus] = useState('')
  const [failure, setFailure] = useState('')
  const confirmed = confirmsDeletion(typed, confirmationWord)

  useEffect(() => {
    if (open) field.current?.focus()
  }, [open])

  const close = (): void => {
    setOpen(false)
    setTyped('')
    setFailure('')
    trigger.current?.focus()
  }

  const toggle = (): void => {
    if (open) return close()
    setStatus('')
    setOpen(true)
  }

  const remove = async (event: FormEvent<HTMLFormElement>): Promise<void> => {
    event.preventDefault()
    if (!confirmed || busy.current) return
    busy.current = true
    onBegin()
    setFailure('')
    const outcome = await perform('deleteAllData', { confirm: confirmationWord })
    busy.current = false
    if (!outcome.ok) {
      setFailure(t('history.data.deleteFailed'))
      return
    }
    close()
    setStatus(t('history.data.deleted'))
  }

  return (
    <div className="data-block">
      <h3 id="history-delete-title">{t('history.data.deleteTitle')}</h3>
      <div className="button-row">
        <button
          ref={trigger}
          type="button"
          className="button-danger-quiet"
          aria-expanded={open}
          aria-controls={open ? panelId : undefined}
          onClick={toggle}
        >
          {t('history.data.deleteAll')}
        </button>
      </div>
      {open && (
        <form
          id={panelId}
          className="delete-panel"
          aria-labelledby="history-delete-confirm-title"
          noValidate
          onSubmit={(event) => void remove(event)}
          onKeyDown={(event) => {
            if (event.key === 'Escape') {
              event.preventDefault()
              close()
            }
          }}
        >
          <h4 id="history-delete-confirm-title">{t('history.data.deleteConfirmTitle')}</h4>
          <p>{t('history.data.deleteExplain')}</p>
          <p>{t('history.data.deleteExportFirst')}</p>
          <div className="field">
            <label htmlFor={fieldId}>{t('history.data.deleteType')}</label>
            <input
              ref={field}
              id={fieldId}
              type="text"
              autoComplete="off"
              autoCapitalize="off"
              spellCheck={false}
              value={typed}
              onChange={(event) => setTyped(event.target.value)}
            />
          </div>
          <div className="button-row">
            <button type="submit" className="button-danger" disabled={!confirmed}>
              {t('history.data.deleteConfirm')}
            </button>
            <button type="button" onClick={close}>
              {t('history.data.cancel')}
            </button>
          </div>
          <p role="alert" className="data-alert">
            {failure}
          </p>
        </form>
      )}
      <p role="status" className="data-status">
        {isLatest && status}
      </p>
    </div>
  )
}
