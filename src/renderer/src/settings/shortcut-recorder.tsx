import { useState, type KeyboardEvent, type ReactNode } from 'react'
import { useTranslation } from '../i18n/use-translation'
import { describedBy, FieldError } from '../shell/field-error'
import { describeAccelerator, recordKeys, runsOnMac } from './shortcut-keys'

/**
 * A global shortcut recorded by pressing it: "Record", then the keys (Esc cancels). Shows the keys as this
 * keyboard names them; hands the accelerator on in Electron's syntax, the stored format.
 */
export function ShortcutRecorder({
  id,
  label,
  accelerator,
  error,
  onRecorded
}: {
  readonly id: string
  readonly label: string
  readonly accelerator: string
  readonly error?: string | undefined
  readonly onRecorded: (accelerator: string) => void
}): ReactNode {
  const t = useTranslation()
  const [recording, setRecording] = useState(false)
  const [refusal, setRefusal] = useState('')
  const isMac = runsOnMac()

  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>): void => {
    if (!recording) return
    // Tab without a modifier still moves on, so the keyboard is never trapped here.
    if (event.code === 'Tab' && !event.ctrlKey && !event.altKey && !event.metaKey) {
      setRecording(false)
      return
    }
    event.preventDefault()
    const step = recordKeys(event, isMac)
    if (step.kind === 'waiting') return
    if (step.kind === 'needsModifier') return setRefusal(t('settings.shortcutNeedsModifier'))
    if (step.kind === 'unsupportedKey') return setRefusal(t('settings.shortcutUnsupportedKey'))
    setRecording(false)
    setRefusal('')
    if (step.kind === 'accelerator') onRecorded(step.accelerator)
  }

  const labelId = `${id}-label`
  const keysId = `${id}-keys`
  const message = refusal || error
  return (
    <div className="field shortcut-field" role="group" aria-labelledby={labelId}>
      <span id={labelId} className="field-label">
        {label}
      </span>
      <div className="shortcut-row">
        <kbd id={keysId} className="shortcut-keys" aria-live="polite">
          {recording ? t('settings.shortcutPressKeys') : describeAccelerator(accelerator, isMac)}
        </kbd>
        <button
          id={id}
          type="button"
          aria-labelledby={`${id} ${labelId}`}
          aria-pressed={recording}
          aria-invalid={message ? true : undefined}
          aria-describedby={describedBy(id, Boolean(message), keysId)}
          onClick={() => {
            setRefusal('')
            setRecording((on) => !on)
          }}
          onKeyDown={onKeyDown}
          onBlur={() => setRecording(false)}
        >
          {t('settings.recordShortcut')}
        </button>
      </div>
      <FieldError fieldId={id} message={message} />
    </div>
  )
}
