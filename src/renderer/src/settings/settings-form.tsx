import type { ReactNode } from 'react'
import type { AppState } from '../../../contract/state'
import type { Settings } from '../../../core/settings/settings'
import { settingsLimits } from '../../../core/settings/settings-limits'
import { stateOutcome, useAppActions } from '../api/app-state'
import { FormProblems } from '../shell/field-error'
import { useServiceForm } from '../shell/use-service-form'
import { displayBounds } from '../format/volume'
import { useTranslation } from '../i18n/use-translation'
import { ActiveHoursFieldset } from './active-hours-fieldset'
import { DesktopFieldset } from './desktop-fieldset'
import { NumberField } from './number-field'
import {
  checkDraft,
  fieldKeyOfIssue,
  focusSettingsField,
  settingsErrorMessage,
  settingsFieldId,
  settingsFieldKeys,
  shortcutKeysTouchedBy
} from './settings-check'
import {
  draftFromSettings,
  settingsToSend,
  volumesSwitchedToDefaults,
  volumeFields,
  withActiveDay,
  withMondayEverywhere,
  withShortcuts,
  withVolumeText,
  withVolumeUnit,
  type SettingsDraft,
  type VolumeField
} from './settings-draft'
import { UnitsFieldset } from './units-fieldset'

const volumeLabels = {
  dailyGoalMl: 'settings.dailyGoal',
  glassMl: 'settings.glass',
  bottleMl: 'settings.bottle'
} as const satisfies Record<VolumeField, string>

const unitDefaultLabels = {
  dailyGoalMl: 'settings.unitDefaultGoal',
  glassMl: 'settings.unitDefaultGlass',
  bottleMl: 'settings.unitDefaultBottle'
} as const satisfies Record<VolumeField, string>

/** The settings form: edits a draft, saves everything with one button, shows the service's verdict per field. */
export function SettingsForm({ settings }: { readonly settings: Settings }): ReactNode {
  const t = useTranslation()
  const { perform } = useAppActions()
  const { draft, invalidKeys, status, setStatus, summary, failure, edit, save } = useServiceForm({
    initial: () => draftFromSettings(settings),
    fieldOrder: () => settingsFieldKeys,
    precheck: checkDraft,
    keyOfIssue: fieldKeyOfIssue,
    submit: (sent: SettingsDraft) => perform('updateSettings', settingsToSend(sent)).then(stateOutcome),
    onSaved: (saved: AppState) => draftFromSettings(saved.settings),
    focusField: focusSettingsField,
    strings: { saved: t('settings.saved'), notSaved: t('settings.notSaved'), saveFailed: t('settings.saveFailed') },
    unsavedName: t('leave.forms.settings')
  })
  const errorOf = (key: string): string | undefined =>
    invalidKeys.includes(key) ? settingsErrorMessage(key, draft) : undefined

  const unit = draft.volumeUnit
  const unitSymbol = t(`units.${unit}`)
  return (
    <form className="card-form settings-form" noValidate onSubmit={(event) => void save(event)}>
      <UnitsFieldset
        unit={unit}
        error={errorOf('volumeUnit')}
        onChange={(next) => {
          const switched = withVolumeUnit(draft, next)
          edit(switched, 'volumeUnit', ...volumeFields)
          const changes = volumesSwitchedToDefaults(draft, switched).map((field) =>
            t(unitDefaultLabels[field], { amount: switched.volumes[field].text, unit: t(`units.${next}`) })
          )
          if (changes.length > 0) setStatus(t('settings.unitDefaults', { changes: changes.join(', ') }))
        }}
      />
      <fieldset className="water">
        <legend>{t('settings.water')}</legend>
        {volumeFields.map((field) => {
          const bounds = displayBounds(settingsLimits[field], unit)
          return (
            <NumberField
              key={field}
              id={settingsFieldId(field)}
              label={t(volumeLabels[field], { unit: unitSymbol })}
              value={draft.volumes[field].text}
              error={errorOf(field)}
              min={bounds.min}
              max={bounds.max}
              step={unit === 'ml' ? 1 : 0.1}
              onChange={(text) => edit(withVolumeText(draft, field, text), field)}
            />
          )
        })}
        <NumberField
          id={settingsFieldId('bodyWeightKg')}
          label={t('settings.bodyWeight')}
          hint={t('settings.bodyWeightHint')}
          value={draft.bodyWeightText}
          error={errorOf('bodyWeightKg')}
          min={settingsLimits.bodyWeightKg.min}
          max={settingsLimits.bodyWeightKg.max}
          step={0.1}
          onChange={(text) => edit({ ...draft, bodyWeightText: text }, 'bodyWeightKg')}
        />
      </fieldset>
      <ActiveHoursFieldset
        activeHours={draft.activeHours}
        errorOf={errorOf}
        onDayChange={(day, change) =>
          edit(
            withActiveDay(draft, day, change),
            ...['enabled', 'start', 'end'].map((part) => `activeHours.${day}.${part}`)
          )
        }
        onCopyMonday={() => {
          edit(withMondayEverywhere(draft), ...settingsFieldKeys.filter((key) => key.startsWith('activeHours.')))
          setStatus(t('settings.copiedMonday'))
        }}
      />
      <DesktopFieldset
        startAtLogin={draft.startAtLogin}
        shortcuts={draft.shortcuts}
        errorOf={errorOf}
        onStartAtLoginChange={(on) => edit({ ...draft, startAtLogin: on }, 'startAtLogin')}
        onShortcutsChange={(change) => edit(withShortcuts(draft, change), ...shortcutKeysTouchedBy(change))}
      />
      <div className="form-actions">
        <button type="submit" className="button-primary">
          {t('settings.save')}
        </button>
        <p role="status" className="form-status">
          {status}
        </p>
      </div>
      <FormProblems summary={summary} failure={failure} />
    </form>
  )
}
