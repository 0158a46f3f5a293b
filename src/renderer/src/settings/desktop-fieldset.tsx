import type { ReactNode } from 'react'
import type { ShortcutName } from '../../../contract/state'
import type { Settings } from '../../../core/settings/settings'
import { useLoadedSelector } from '../api/app-state'
import { useTranslation } from '../i18n/use-translation'
import { describedBy, FieldError } from '../shell/field-error'
import { settingsFieldId } from './settings-check'
import { ShortcutRecorder } from './shortcut-recorder'

type Shortcuts = Settings['shortcuts']

const shortcutLabels = {
  logGlass: 'settings.logGlassShortcut',
  crampRelief: 'settings.crampReliefShortcut'
} as const satisfies Record<ShortcutName, string>

/** Desktop-only choices: start at login, and the optional global shortcuts with their conflicts. */
export function DesktopFieldset({
  startAtLogin,
  shortcuts,
  errorOf,
  onStartAtLoginChange,
  onShortcutsChange
}: {
  readonly startAtLogin: boolean
  readonly shortcuts: Shortcuts
  readonly errorOf: (key: string) => string | undefined
  readonly onStartAtLoginChange: (on: boolean) => void
  readonly onShortcutsChange: (change: Partial<Shortcuts>) => void
}): ReactNode {
  const t = useTranslation()
  const mode = useLoadedSelector((state) => state.mode)
  const shell = useLoadedSelector((state) => state.shell)
  const saved = useLoadedSelector((state) => state.settings.shortcuts)
  // Only the installed app can register itself; a browser tab or a development run cannot.
  const canStartAtLogin = mode === 'desktop' && shell?.startAtLoginSupported === true
  // A conflict belongs to the saved accelerator: once the field is edited, the message no longer applies.
  const conflictOf = (name: ShortcutName): string | undefined =>
    saved?.enabled && saved[name] === shortcuts[name] && shell?.shortcutConflicts.includes(name)
      ? t('settings.shortcutConflict')
      : undefined

  const loginId = settingsFieldId('startAtLogin')
  const loginError = errorOf('startAtLogin')
  const enabledId = settingsFieldId('shortcuts.enabled')
  const enabledError = errorOf('shortcuts.enabled')
  return (
    <fieldset className="desktop">
      <legend>{t('settings.desktop')}</legend>
      <div className="field">
        <label className="choice">
          <input
            id={loginId}
            type="checkbox"
            checked={startAtLogin}
            disabled={!canStartAtLogin}
            aria-invalid={loginError ? true : undefined}
            aria-describedby={describedBy(loginId, Boolean(loginError), `${loginId}-hint`)}
            onChange={(event) => onStartAtLoginChange(event.target.checked)}
          />
          {t('settings.startAtLogin')}
        </label>
        <p id={`${loginId}-hint`} className="field-hint">
          {canStartAtLogin ? t('settings.startAtLoginHint') : t('settings.startAtLoginUnavailable')}
        </p>
        <FieldError fieldId={loginId} message={loginError} />
      </div>
      <div className="field">
        <label className="choice">
          <input
            id={enabledId}
            type="checkbox"
            checked={shortcuts.enabled}
            aria-invalid={enabledError ? true : undefined}
            aria-describedby={describedBy(enabledId, Boolean(enabledError), `${enabledId}-hint`)}
            onChange={(event) => onShortcutsChange({ enabled: event.target.checked })}
          />
          {t('settings.shortcutsEnabled')}
        </label>
        <p id={`${enabledId}-hint`} className="field-hint">
          {t('settings.shortcutsHint')}
        </p>
        <FieldError fieldId={enabledId} message={enabledError} />
      </div>
      <p className="field-hint">{t('settings.shortcutRecordHint')}</p>
      {(['logGlass', 'crampRelief'] as const).map((name) => {
        const id = settingsFieldId(`shortcuts.${name}`)
        return (
          <ShortcutRecorder
            key={name}
            id={id}
            label={t(shortcutLabels[name])}
            accelerator={shortcuts[name]}
            error={errorOf(`shortcuts.${name}`) ?? conflictOf(name)}
            onRecorded={(accelerator) => onShortcutsChange({ [name]: accelerator })}
          />
        )
      })}
    </fieldset>
  )
}
