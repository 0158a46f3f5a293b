import type { ReactNode } from 'react'
import { localDateKey } from '../../../core/time/local-date'
import type { Settings } from '../../../core/settings/settings'
import { useAppActions } from '../api/app-state'
import { useTranslation } from '../i18n/use-translation'
import { describedBy, FieldError, FormProblems } from '../shell/field-error'
import { useServiceForm, type SaveOutcome } from '../shell/use-service-form'
import { workoutSummary } from './plan-format'
import {
  checkWorkoutDraft,
  emptyWorkoutDraft,
  newWorkoutId,
  workoutErrorMessage,
  workoutFieldId,
  workoutFieldKeys,
  workoutKeyOfIssue,
  workoutToAdd,
  type PlannedWorkout,
  type WorkoutDraft,
  type WorkoutFieldKey
} from './workout-draft'
import { WorkoutKindField, WorkoutTimeAndDuration, WorkoutWeekdays } from './workout-fields'
import '../i18n/reminder-strings'

/** Moves focus to a field; for the weekday group, to its first checkbox. */
function focusWorkoutField(key: WorkoutFieldKey): void {
  const element = document.getElementById(workoutFieldId(key))
  const target = element instanceof HTMLFieldSetElement ? element.querySelector<HTMLElement>('input') : element
  target?.focus()
}

/**
 * "Add a workout": kind, weekly days or a date, start time and duration; adds it to the plan with one call.
 * `plannerSettings` words the note on reminders that quiet hours would hold back.
 */
export function WorkoutForm({
  workouts,
  plannerSettings,
  onAdded,
  onAttempt
}: {
  readonly workouts: readonly PlannedWorkout[]
  readonly plannerSettings?: Settings | undefined
  readonly onAdded: (summary: string) => void
  /** Each try to add: the section's last message gives way to what this try says. */
  readonly onAttempt?: () => void
}): ReactNode {
  const t = useTranslation()
  const { perform } = useAppActions()
  const form = useServiceForm({
    initial: () => emptyWorkoutDraft(localDateKey(new Date())),
    fieldOrder: () => workoutFieldKeys,
    precheck: (sent: WorkoutDraft) => checkWorkoutDraft(sent, workouts.length),
    keyOfIssue: (issue, sent) => workoutKeyOfIssue(issue, workouts.length, sent),
    submit: async (sent): Promise<SaveOutcome<PlannedWorkout>> => {
      const workout = workoutToAdd(sent, newWorkoutId())
      const outcome = await perform('updateSettings', { workouts: [...workouts, workout] })
      if (!outcome.ok) return outcome
      return { ok: true, value: outcome.state.settings.workouts.find((each) => each.id === workout.id) ?? workout }
    },
    onSaved: (added) => {
      onAdded(workoutSummary(added))
      return emptyWorkoutDraft(localDateKey(new Date()))
    },
    focusField: focusWorkoutField,
    strings: { notSaved: t('workoutPlan.notAdded'), saveFailed: t('workoutPlan.addFailed') },
    unsavedName: t('leave.forms.workout')
  })
  const { draft, invalidKeys, summary, failure } = form
  const add = form.save
  const edit = (change: Partial<WorkoutDraft>, ...touched: WorkoutFieldKey[]): void =>
    form.edit((previous) => ({ ...previous, ...change }), ...touched)
  const errorOf = (key: WorkoutFieldKey): string | undefined =>
    invalidKeys.includes(key) ? workoutErrorMessage(key, draft) : undefined

  const fields = {
    draft,
    fieldId: workoutFieldId,
    errorOf,
    onChange: edit
  }
  const dateId = workoutFieldId('date')
  const dateError = errorOf('date')
  const addId = workoutFieldId('workouts')
  const planError = errorOf('workouts')
  return (
    <form
      className="card-form workout-form"
      aria-labelledby="workout-form-title"
      noValidate
      onSubmit={(event) => {
        onAttempt?.()
        void add(event)
      }}
    >
      <h3 id="workout-form-title">{t('workoutPlan.addTitle')}</h3>
      <WorkoutKindField {...fields} />
      <fieldset className="choice-group">
        <legend>{t('workoutPlan.repeats')}</legend>
        {(['weekly', 'once'] as const).map((repeats) => (
          <label key={repeats} className="choice">
            <input
              type="radio"
              name="workout-repeats"
              value={repeats}
              checked={draft.repeats === repeats}
              onChange={() => edit({ repeats }, 'weekdays', 'date')}
            />
            {t(`workoutPlan.${repeats}`)}
          </label>
        ))}
      </fieldset>
      {draft.repeats === 'weekly' ? (
        <WorkoutWeekdays {...fields} />
      ) : (
        <div className="field">
          <label htmlFor={dateId}>{t('workoutPlan.date')}</label>
          <input
            id={dateId}
            type="date"
            value={draft.date}
            aria-invalid={dateError ? true : undefined}
            aria-describedby={describedBy(dateId, Boolean(dateError))}
            onChange={(event) => edit({ date: event.target.value }, 'date')}
          />
          <FieldError fieldId={dateId} message={dateError} />
        </div>
      )}
      <WorkoutTimeAndDuration {...fields} plannerSettings={plannerSettings} />
      <div className="form-actions">
        <button
          type="submit"
          id={addId}
          className="button-primary"
          aria-invalid={planError ? true : undefined}
          aria-describedby={describedBy(addId, Boolean(planError))}
        >
          {t('workoutPlan.add')}
        </button>
      </div>
      <FieldError fieldId={addId} message={planError} />
      <FormProblems summary={summary} failure={failure} />
    </form>
  )
}
