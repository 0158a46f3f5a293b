import { startTransition, useOptimistic, useRef, useState, type ReactNode } from 'react'
import type { AppState } from '../../../contract/state'
import { useAppActions } from '../api/app-state'
import { useTranslation } from '../i18n/use-translation'
import { CheckboxField } from './reminder-fields'
import { pauseStatusText } from './reminder-status'
import { usePauseStatus } from './use-pause-status'
import '../i18n/reminder-strings'

/** The pause lengths offered, with their buttons' labels. */
const pauseChoices = [
  { until: 'one-hour', labelKey: 'reminders.pauseOneHour' },
  { until: 'tomorrow', labelKey: 'reminders.pauseTomorrow' },
  { until: 'turned-on', labelKey: 'reminders.pauseTurnedOn' }
] as const

/** Whether reminders are on, and buttons to pause or turn them back on; Do not disturb, saved at once. */
export function PauseControls({ state }: { readonly state: AppState }): ReactNode {
  const t = useTranslation()
  const { perform } = useAppActions()
  const [failure, setFailure] = useState('')
  const firstPause = useRef<HTMLButtonElement>(null)
  const reminderSettings = state.settings.reminders
  const { status, nowMs } = usePauseStatus(state)
  // The box shows the new value while the service answers, instead of flicking back until it does.
  const [doNotDisturb, showDoNotDisturb] = useOptimistic(reminderSettings.doNotDisturb)

  const report = (ok: boolean): void => setFailure(ok ? '' : t('reminders.changeFailed'))
  const resume = async (): Promise<void> => {
    const outcome = await perform('resumeReminders', {})
    report(outcome.ok)
    // The pressed button goes away with the pause.
    if (outcome.ok) firstPause.current?.focus()
  }

  return (
    <section className="reminder-section pause-controls" aria-labelledby="pause-title">
      <h2 id="pause-title">{t('reminders.pauseTitle')}</h2>
      <p role="status" className="pause-status">
        {pauseStatusText(status, nowMs)}
      </p>
      {status.kind !== 'on' && (
        <button type="button" className="button-primary" onClick={() => void resume()}>
          {t('reminders.resume')}
        </button>
      )}
      <div className="button-row">
        {pauseChoices.map(({ until, labelKey }, index) => (
          <button
            key={until}
            ref={index === 0 ? firstPause : undefined}
            type="button"
            onClick={() => void perform('pauseReminders', { until }).then((outcome) => report(outcome.ok))}
          >
            {t(labelKey)}
          </button>
        ))}
      </div>
      <CheckboxField
        id="reminder-doNotDisturb"
        label={t('reminders.doNotDisturb')}
        hint={t('reminders.doNotDisturbHint')}
        checked={doNotDisturb}
        onChange={(on) =>
          startTransition(async () => {
            showDoNotDisturb(on)
            const outcome = await perform('updateSettings', { reminders: { ...reminderSettings, doNotDisturb: on } })
            report(outcome.ok)
          })
        }
      />
      <p role="alert" className="form-failure">
        {failure}
      </p>
    </section>
  )
}
