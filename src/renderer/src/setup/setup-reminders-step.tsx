import type { ReactNode } from 'react'
import type { AppState } from '../../../contract/state'
import { useTranslation } from '../i18n/use-translation'
import { CheckboxField } from '../reminders/reminder-fields'
import { setupFieldId } from './setup-check'
import { setupReminderKinds, withReminder } from './setup-draft'
import type { SetupWizard } from './use-setup-wizard'
import '../i18n/setup-strings'

/** Step 5: which kinds of reminder to send, and (desktop app only) starting Limber at login. */
export function SetupRemindersStep({
  wizard,
  mode
}: {
  readonly wizard: SetupWizard
  readonly mode: AppState['mode']
}): ReactNode {
  const t = useTranslation()
  const { draft, edit, errorOf } = wizard
  return (
    <>
      <p className="muted">{t('setup.reminders.intro')}</p>
      <fieldset className="choice-group setup-reminders">
        <legend>{t('setup.reminders.legend')}</legend>
        {setupReminderKinds.map((kind) => {
          const key = `reminders.${kind}`
          return (
            <CheckboxField
              key={kind}
              id={setupFieldId(key)}
              label={t(`setup.reminders.${kind}`)}
              checked={draft.reminders[kind]}
              error={errorOf(key)}
              onChange={(enabled) => edit((previous) => withReminder(previous, kind, enabled), key)}
            />
          )
        })}
      </fieldset>
      {mode === 'desktop' ? (
        <CheckboxField
          id={setupFieldId('startAtLogin')}
          label={t('setup.reminders.startAtLogin')}
          hint={t('setup.reminders.startAtLoginHint')}
          checked={draft.startAtLogin}
          error={errorOf('startAtLogin')}
          onChange={(startAtLogin) => edit((previous) => ({ ...previous, startAtLogin }), 'startAtLogin')}
        />
      ) : (
        <p className="field-hint">{t('setup.reminders.desktopOnly')}</p>
      )}
    </>
  )
}
