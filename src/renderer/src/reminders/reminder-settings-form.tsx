import type { ReactNode } from 'react'
import type { AppState } from '../../../contract/state'
import { reminderLimits, type ReminderSettings } from '../../../core/reminders/reminders'
import type { VolumeUnit } from '../../../core/settings/units'
import { stateOutcome, useAppActions } from '../api/app-state'
import { displayBounds, formatVolumeRange } from '../format/volume'
import { useTranslation } from '../i18n/use-translation'
import { NumberField } from '../settings/number-field'
import { FormProblems } from '../shell/field-error'
import { useServiceForm } from '../shell/use-service-form'
import { formatPlanTime } from './plan-format'
import {
  checkReminderDraft,
  minuteLimits,
  reminderErrorMessage,
  reminderFieldId,
  reminderFieldKeys,
  reminderKeyOfIssue,
  type ReminderFieldKey
} from './reminder-check'
import {
  reminderDraftFromSettings,
  remindersToSend,
  withPreWorkoutAmountText,
  type ReminderDraft
} from './reminder-draft'
import { CheckboxField, TimeField } from './reminder-fields'
import '../i18n/reminder-strings'

/** NATA (2000): 500–600 ml two to three hours before exercise; shown as a hint in the user's unit. */
const nataPreExerciseMl = { min: 500, max: 600 } as const

/** Which reminders to send and when; saved together, with the service's verdict shown per field. */
export function ReminderSettingsForm({
  reminders,
  unit
}: {
  readonly reminders: ReminderSettings
  /** The display unit when the form opens; the draft keeps it while editing. */
  readonly unit: VolumeUnit
}): ReactNode {
  const t = useTranslation()
  const { perform } = useAppActions()
  const form = useServiceForm({
    initial: () => reminderDraftFromSettings(reminders, unit),
    fieldOrder: () => reminderFieldKeys,
    precheck: checkReminderDraft,
    keyOfIssue: reminderKeyOfIssue,
    submit: (sent: ReminderDraft) =>
      perform('updateSettings', { reminders: remindersToSend(sent, reminders.doNotDisturb) }).then(stateOutcome),
    onSaved: (saved: AppState) => reminderDraftFromSettings(saved.settings.reminders, saved.settings.volumeUnit),
    focusField: (key) => document.getElementById(reminderFieldId(key))?.focus(),
    strings: {
      saved: t('reminderSettings.saved'),
      notSaved: t('reminderSettings.notSaved'),
      saveFailed: t('reminderSettings.saveFailed')
    },
    unsavedName: t('leave.forms.reminderSettings')
  })
  const { draft, invalidKeys, status, summary, failure, save } = form
  const edit = (change: Partial<ReminderDraft>, ...touched: ReminderFieldKey[]): void =>
    form.edit((previous) => ({ ...previous, ...change }), ...touched)
  const errorOf = (key: ReminderFieldKey): string | undefined =>
    invalidKeys.includes(key) ? reminderErrorMessage(key, draft) : undefined
  const field = (key: ReminderFieldKey) => ({ id: reminderFieldId(key), error: errorOf(key) })

  const minutes = (key: keyof typeof minuteLimits) => ({
    ...field(key),
    min: minuteLimits[key].min,
    max: minuteLimits[key].max,
    step: 1
  })
  const shownUnit = draft.volumeUnit
  const amountBounds = displayBounds(reminderLimits.preWorkoutAmountMl, shownUnit)
  return (
    <section className="reminder-settings">
      <h2 id="reminder-settings-title">{t('reminderSettings.title')}</h2>
      <form
        className="card-form"
        aria-labelledby="reminder-settings-title"
        noValidate
        onSubmit={(event) => void save(event)}
      >
        <fieldset>
          <legend>{t('reminderSettings.drinks')}</legend>
          <CheckboxField
            {...field('hydration.enabled')}
            label={t('reminderSettings.hydrationEnabled')}
            checked={draft.hydrationEnabled}
            onChange={(hydrationEnabled) => edit({ hydrationEnabled }, 'hydration.enabled')}
          />
          <NumberField
            {...minutes('hydration.intervalMinutes')}
            label={t('reminderSettings.interval')}
            hint={t('reminderSettings.intervalHint')}
            value={draft.intervalText}
            onChange={(intervalText) => edit({ intervalText }, 'hydration.intervalMinutes')}
          />
          <CheckboxField
            {...field('preWorkoutDrink.enabled')}
            label={t('reminderSettings.preWorkoutEnabled')}
            checked={draft.preWorkoutEnabled}
            onChange={(preWorkoutEnabled) => edit({ preWorkoutEnabled }, 'preWorkoutDrink.enabled')}
          />
          <NumberField
            {...minutes('preWorkoutDrink.leadMinutes')}
            label={t('reminderSettings.preWorkoutLead')}
            value={draft.preWorkoutLeadText}
            onChange={(preWorkoutLeadText) => edit({ preWorkoutLeadText }, 'preWorkoutDrink.leadMinutes')}
          />
          <NumberField
            {...field('preWorkoutDrink.amountMl')}
            label={t('reminderSettings.preWorkoutAmount', { unit: t(`units.${shownUnit}`) })}
            hint={t('reminderSettings.preWorkoutHint', formatVolumeRange(nataPreExerciseMl, shownUnit))}
            value={draft.preWorkoutAmount.text}
            min={amountBounds.min}
            max={amountBounds.max}
            step={shownUnit === 'ml' ? 1 : 0.1}
            onChange={(text) => edit(withPreWorkoutAmountText(draft, text), 'preWorkoutDrink.amountMl')}
          />
        </fieldset>
        <fieldset>
          <legend>{t('reminderSettings.electrolytes')}</legend>
          <CheckboxField
            {...field('electrolytes.enabled')}
            label={t('reminderSettings.electrolytesEnabled')}
            checked={draft.electrolytesEnabled}
            onChange={(electrolytesEnabled) => edit({ electrolytesEnabled }, 'electrolytes.enabled')}
          />
          <NumberField
            {...minutes('electrolytes.leadMinutes')}
            label={t('reminderSettings.electrolytesLead')}
            value={draft.electrolytesLeadText}
            onChange={(electrolytesLeadText) => edit({ electrolytesLeadText }, 'electrolytes.leadMinutes')}
          />
          <NumberField
            {...minutes('electrolytes.minWorkoutMinutes')}
            label={t('reminderSettings.electrolytesMinWorkout')}
            hint={t('reminderSettings.electrolytesHint')}
            value={draft.electrolytesMinWorkoutText}
            onChange={(electrolytesMinWorkoutText) =>
              edit({ electrolytesMinWorkoutText }, 'electrolytes.minWorkoutMinutes')
            }
          />
        </fieldset>
        <fieldset>
          <legend>{t('reminderSettings.routines')}</legend>
          <CheckboxField
            {...field('warmUp.enabled')}
            label={t('reminderSettings.warmUpEnabled')}
            checked={draft.warmUpEnabled}
            onChange={(warmUpEnabled) => edit({ warmUpEnabled }, 'warmUp.enabled')}
          />
          <NumberField
            {...minutes('warmUp.leadMinutes')}
            label={t('reminderSettings.warmUpLead')}
            value={draft.warmUpLeadText}
            onChange={(warmUpLeadText) => edit({ warmUpLeadText }, 'warmUp.leadMinutes')}
          />
          <CheckboxField
            {...field('coolDown.enabled')}
            label={t('reminderSettings.coolDownEnabled')}
            checked={draft.coolDownEnabled}
            onChange={(coolDownEnabled) => edit({ coolDownEnabled }, 'coolDown.enabled')}
          />
          <NumberField
            {...minutes('coolDown.delayMinutes')}
            label={t('reminderSettings.coolDownDelay')}
            value={draft.coolDownDelayText}
            onChange={(coolDownDelayText) => edit({ coolDownDelayText }, 'coolDown.delayMinutes')}
          />
        </fieldset>
        <fieldset>
          <legend>{t('reminderSettings.quiet')}</legend>
          <CheckboxField
            {...field('quietHours.enabled')}
            label={t('reminderSettings.quietEnabled')}
            hint={t('reminderSettings.quietHint', { start: formatPlanTime('22:00'), end: formatPlanTime('07:00') })}
            checked={draft.quietEnabled}
            onChange={(quietEnabled) => edit({ quietEnabled }, 'quietHours.enabled')}
          />
          <div className="time-pair">
            <TimeField
              {...field('quietHours.start')}
              label={t('reminderSettings.quietFrom')}
              value={draft.quietStart}
              onChange={(quietStart) => edit({ quietStart }, 'quietHours.start')}
            />
            <TimeField
              {...field('quietHours.end')}
              label={t('reminderSettings.quietUntil')}
              value={draft.quietEnd}
              onChange={(quietEnd) => edit({ quietEnd }, 'quietHours.end')}
            />
          </div>
        </fieldset>
        <div className="form-actions">
          <button type="submit" className="button-primary">
            {t('reminderSettings.save')}
          </button>
          <p role="status" className="form-status">
            {status}
          </p>
        </div>
        <FormProblems summary={summary} failure={failure} />
      </form>
    </section>
  )
}
