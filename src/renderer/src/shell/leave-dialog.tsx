import { useEffect, useRef, useState, useSyncExternalStore, type ReactNode } from 'react'
import { useTranslation } from '../i18n/use-translation'
import { pendingLeave, settleLeave, subscribeToPendingLeave } from './leave-guard'
import './leave-dialog.css'

/** Asks before a navigation would drop unsaved changes: save and leave, leave without saving, or keep editing. */
export function LeaveDialog(): ReactNode {
  const t = useTranslation()
  const pending = useSyncExternalStore(subscribeToPendingLeave, pendingLeave)
  const dialog = useRef<HTMLDialogElement>(null)
  const [saving, setSaving] = useState(false)

  useEffect(() => {
    const element = dialog.current
    if (!element) return
    if (pending && !element.open) element.showModal()
    if (!pending && element.open) element.close()
  }, [pending])

  const saveAndLeave = async (): Promise<void> => {
    if (!pending || saving) return
    setSaving(true)
    let saved = true
    for (const form of pending.forms) {
      saved = await form.save()
      if (!saved) break
    }
    setSaving(false)
    // A save that fails keeps the screen open, with its errors next to the fields and the first one focused
    // once the dialog has closed (a modal dialog keeps focus out of the page while it is open).
    settleLeave(saved)
    if (!saved) requestAnimationFrame(() => document.querySelector<HTMLElement>('main [aria-invalid="true"]')?.focus())
  }

  const names = pending?.forms.map((form) => form.name) ?? []
  return (
    <dialog
      ref={dialog}
      className="leave-dialog"
      aria-labelledby="leave-dialog-title"
      aria-describedby="leave-dialog-text"
      onCancel={(event) => {
        event.preventDefault()
        settleLeave(false)
      }}
    >
      <h2 id="leave-dialog-title">{t('leave.title')}</h2>
      <p id="leave-dialog-text">{t('leave.text', { forms: names.join(', ') })}</p>
      <div className="leave-dialog-actions">
        <button type="button" className="button-primary" disabled={saving} onClick={() => void saveAndLeave()}>
          {t('leave.save')}
        </button>
        <button type="button" disabled={saving} onClick={() => settleLeave(true)}>
          {t('leave.discard')}
        </button>
        <button type="button" className="button-quiet" disabled={saving} onClick={() => settleLeave(false)}>
          {t('leave.stay')}
        </button>
      </div>
    </dialog>
  )
}
