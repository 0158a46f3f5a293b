import { useState, type ReactNode } from 'react'
import { crampContexts, crampLegs, crampLimits, crampLocations, crampSymptoms } from '../../../core/journal/cramps'
import { useAppActions } from '../api/app-state'
import { useTranslation } from '../i18n/use-translation'
import { NumberField } from '../settings/number-field'
import { describedBy, FieldError, FormProblems } from '../shell/field-error'
import { useServiceForm, type SaveOutcome } from '../shell/use-service-form'
import {
  checkCrampDraft,
  crampErrorMessage,
  crampFieldId,
  crampFieldKeys,
  crampKeyOfIssue,
  crampToReport,
  emptyCrampDraft,
  withSymptom,
  type CrampDraft,
  type CrampFieldKey
} from './cramp-draft'
import '../i18n/cramp-strings'

/** Moves focus to a field; for a choice group, to its first input. */
function focusCrampField(key: CrampFieldKey): void {
  const element = document.getElementById(crampFieldId(key))
  const target = element instanceof HTMLFieldSetElement ? element.querySelector<HTMLElement>('input') : element
  target?.focus()
}

/** One radio group of the form: a legend, one radio per option, and its error below. */
function ChoiceGroup<O extends string | number>({
  fieldKey,
  legend,
  options,
  value,
  labelOf,
  error,
  onChange
}: {
  readonly fieldKey: CrampFieldKey
  readonly legend: string
  readonly options: readonly O[]
  readonly value: O | '' | null
  readonly labelOf: (option: O) => string
  readonly error: string | undefined
  readonly onChange: (option: O) => void
}): ReactNode {
  const id = crampFieldId(fieldKey)
  return (
    <fieldset
      id={id}
      className="choice-group"
      role="radiogroup"
      aria-invalid={error ? true : undefined}
      aria-describedby={describedBy(id, Boolean(error))}
    >
      <legend>{legend}</legend>
      {options.map((option) => (
        <label key={option} className="choice">
          <input type="radio" name={id} value={option} checked={value === option} onChange={() => onChange(option)} />
          {labelOf(option)}
        </label>
      ))}
      <FieldError fieldId={id} message={error} />
    </fieldset>
  )
}

const severities = Array.from(
  { length: crampLimits.severity.max - crampLimits.severity.min + 1 },
  (_, index) => crampLimits.severity.min + index
)

/** Seconds held as minutes for the duration field: one decimal, at least the field's 0.1 minimum. */
const heldMinutesText = (seconds: number): string => String(Math.max(0.1, Math.round(seconds / 6) / 10))

/** "Log a cramp": when, which leg, where, how bad, how long, what the person was doing and any signs; one logCramp call. */
export function CrampForm({
  startedAtMs,
  heldSeconds
}: {
  readonly startedAtMs?: number
  /** From the relief routine: how long its stretch was held, the cramp's duration. */
  readonly heldSeconds?: number
}): ReactNode {
  const t = useTranslation()
  const { perform } = useAppActions()
  // The service's own words for a start time it refuses (in the future, or too long ago).
  const [serviceMessages, setServiceMessages] = useState<Partial<Record<CrampFieldKey, string>>>({})
  const form = useServiceForm({
    initial: () => ({
      ...emptyCrampDraft(startedAtMs ?? Date.now()),
      ...(heldSeconds === undefined ? {} : { durationText: heldMinutesText(heldSeconds) })
    }),
    fieldOrder: () => crampFieldKeys,
    precheck: checkCrampDraft,
    keyOfIssue: crampKeyOfIssue,
    submit: async (sent: CrampDraft): Promise<SaveOutcome<null>> => {
      const outcome = await perform('logCramp', { cramp: crampToReport(sent) })
      const messages: Partial<Record<CrampFieldKey, string>> = {}
      // Only for a start time the form could read: otherwise the issue is the schema's, and our own words say more.
      if (!outcome.ok && !checkCrampDraft(sent).includes('startedAtMs')) {
        for (const issue of outcome.error.issues) {
          if (crampKeyOfIssue(issue) === 'startedAtMs' && issue.message) messages.startedAtMs = issue.message
        }
      }
      setServiceMessages(messages)
      return outcome.ok ? { ok: true, value: null } : outcome
    },
    onSaved: () => emptyCrampDraft(Date.now()),
    focusField: focusCrampField,
    strings: { saved: t('cramp.logged'), notSaved: t('cramp.notLogged'), saveFailed: t('cramp.logFailed') }
  })
  const { draft, invalidKeys, status, summary, failure } = form
  const edit = (change: Partial<CrampDraft>, touched: CrampFieldKey): void => {
    if (touched === 'startedAtMs') setServiceMessages({})
    form.edit((previous) => ({ ...previous, ...change }), touched)
  }
  const errorOf = (key: CrampFieldKey): string | undefined =>
    invalidKeys.includes(key) ? (serviceMessages[key] ?? crampErrorMessage(key)) : undefined

  const startedId = crampFieldId('startedAtMs')
  const startedError = errorOf('startedAtMs')
  const symptomsId = crampFieldId('symptoms')
  const symptomsError = errorOf('symptoms')
  return (
    <form
      className="card-form cramp-form"
      aria-labelledby="cramp-form-title"
      noValidate
      onSubmit={(event) => void form.save(event)}
    >
      <h2 id="cramp-form-title">{t('cramp.formTitle')}</h2>
      <div className="field">
        <label htmlFor={startedId}>{t('cramp.startedAt')}</label>
        <input
          id={startedId}
          type="datetime-local"
          value={draft.startedAt}
          aria-invalid={startedError ? true : undefined}
          aria-describedby={describedBy(startedId, Boolean(startedError))}
          onChange={(event) => edit({ startedAt: event.target.value }, 'startedAtMs')}
        />
        <FieldError fieldId={startedId} message={startedError} />
      </div>
      <ChoiceGroup
        fieldKey="leg"
        legend={t('cramp.leg')}
        options={crampLegs}
        value={draft.leg}
        labelOf={(leg) => t(`cramp.legs.${leg}`)}
        error={errorOf('leg')}
        onChange={(leg) => edit({ leg }, 'leg')}
      />
      <ChoiceGroup
        fieldKey="location"
        legend={t('cramp.location')}
        options={crampLocations}
        value={draft.location}
        labelOf={(location) => t(`cramp.locations.${location}`)}
        error={errorOf('location')}
        onChange={(location) => edit({ location }, 'location')}
      />
      <ChoiceGroup
        fieldKey="severity"
        legend={t('cramp.severity')}
        options={severities}
        value={draft.severity}
        labelOf={String}
        error={errorOf('severity')}
        onChange={(severity) => edit({ severity }, 'severity')}
      />
      <NumberField
        id={crampFieldId('durationMinutes')}
        label={t('cramp.duration')}
        value={draft.durationText}
        error={errorOf('durationMinutes')}
        min={crampLimits.durationMinutes.min}
        max={crampLimits.durationMinutes.max}
        step={0.5}
        onChange={(durationText) => edit({ durationText }, 'durationMinutes')}
      />
      <ChoiceGroup
        fieldKey="context"
        legend={t('cramp.context')}
        options={crampContexts}
        value={draft.context}
        labelOf={(context) => t(`cramp.contexts.${context}`)}
        error={errorOf('context')}
        onChange={(context) => edit({ context }, 'context')}
      />
      <fieldset
        id={symptomsId}
        className="choice-group symptom-choices"
        aria-describedby={describedBy(symptomsId, Boolean(symptomsError))}
      >
        <legend>{t('cramp.symptoms')}</legend>
        {crampSymptoms.map((symptom) => (
          <label key={symptom} className="choice">
            <input
              type="checkbox"
              checked={draft.symptoms.includes(symptom)}
              aria-invalid={symptomsError ? true : undefined}
              onChange={(event) =>
                edit({ symptoms: withSymptom(draft, symptom, event.target.checked).symptoms }, 'symptoms')
              }
            />
            {t(`cramp.symptom.${symptom}`)}
          </label>
        ))}
        <FieldError fieldId={symptomsId} message={symptomsError} />
      </fieldset>
      <label className="choice">
        <input
          type="checkbox"
          checked={draft.disturbedSleep}
          onChange={(event) => edit({ disturbedSleep: event.target.checked }, 'symptoms')}
        />
        {t('cramp.disturbedSleep')}
      </label>
      <div className="form-actions">
        <button type="submit" className="button-primary">
          {t('cramp.submit')}
        </button>
      </div>
      <p role="status" className="form-status">
        {status}
      </p>
      <FormProblems summary={summary} failure={failure} />
    </form>
  )
}
