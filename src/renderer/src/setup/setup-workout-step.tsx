import type { ReactNode } from 'react'
import { reminderLimits, workoutKinds, type WorkoutKind } from '../../../core/reminders'
import { useTranslation } from '../i18n/use-translation'
import { mondayFirst } from '../reminders/plan-format'
import { TimeField } from '../reminders/reminder-fields'
import { withWeekday, workoutFieldKeys, type WorkoutDraft } from '../reminders/workout-draft'
import { NumberField } from '../settings/number-field'
import { describedBy, FieldError } from '../shell/field-error'
import { setupFieldId } from './setup-check'
import type { SetupWizard } from './use-setup-wizard'
import '../i18n/reminder-strings'
import '../i18n/setup-strings'

/** Step 4: plan a first weekly workout (kind, days, start time, duration), or none yet. */
export function SetupWorkoutStep({
  wizard,
  plannedCount
}: {
  readonly wizard: SetupWizard
  /** Workouts already planned (when setup runs again); they are kept. */
  readonly plannedCount: number
}): ReactNode {
  const t = useTranslation()
  const { draft, edit, errorOf } = wizard
  const workout = draft.workout
  const change = (next: Partial<WorkoutDraft>, ...touched: string[]): void =>
    edit((previous) => ({ ...previous, workout: { ...previous.workout, ...next } }), ...touched)

  const choiceId = setupFieldId('workouts')
  const choiceError = errorOf('workouts')
  const kindId = setupFieldId('kind')
  const kindError = errorOf('kind')
  const daysId = setupFieldId('weekdays')
  const daysError = errorOf('weekdays')
  return (
    <>
      <p className="muted">{t('setup.workout.intro')}</p>
      {plannedCount > 0 && <p>{t('setup.workout.already', { count: plannedCount })}</p>}
      <fieldset id={choiceId} className="choice-group" aria-describedby={describedBy(choiceId, Boolean(choiceError))}>
        <legend>{t('setup.workout.choice')}</legend>
        {([true, false] as const).map((plan) => (
          <label key={String(plan)} className="choice">
            <input
              type="radio"
              name="setup-plan-workout"
              checked={draft.planWorkout === plan}
              aria-invalid={choiceError ? true : undefined}
              onChange={() => edit((previous) => ({ ...previous, planWorkout: plan }), ...workoutFieldKeys)}
            />
            {t(plan ? 'setup.workout.plan' : 'setup.workout.none')}
          </label>
        ))}
        <FieldError fieldId={choiceId} message={choiceError} />
      </fieldset>
      {draft.planWorkout && (
        <div className="setup-workout">
          <div className="field">
            <label htmlFor={kindId}>{t('workoutPlan.kindLabel')}</label>
            <select
              id={kindId}
              value={workout.kind}
              aria-invalid={kindError ? true : undefined}
              aria-describedby={describedBy(kindId, Boolean(kindError))}
              onChange={(event) => change({ kind: event.target.value as WorkoutKind }, 'kind')}
            >
              {workoutKinds.map((kind) => (
                <option key={kind} value={kind}>
                  {t(`workoutPlan.kind.${kind}`)}
                </option>
              ))}
            </select>
            <FieldError fieldId={kindId} message={kindError} />
          </div>
          <fieldset
            id={daysId}
            className="choice-group weekday-choices"
            aria-describedby={describedBy(daysId, Boolean(daysError))}
          >
            <legend>{t('workoutPlan.days')}</legend>
            {mondayFirst.map((day) => (
              <label key={day} className="choice">
                <input
                  type="checkbox"
                  checked={workout.weekdays.includes(day)}
                  aria-invalid={daysError ? true : undefined}
                  onChange={(event) =>
                    change({ weekdays: withWeekday(workout, day, event.target.checked).weekdays }, 'weekdays')
                  }
                />
                {t(`weekdays.${day}`)}
              </label>
            ))}
            <FieldError fieldId={daysId} message={daysError} />
          </fieldset>
          <TimeField
            id={setupFieldId('time')}
            label={t('workoutPlan.time')}
            value={workout.time}
            error={errorOf('time')}
            onChange={(time) => change({ time }, 'time')}
          />
          <NumberField
            id={setupFieldId('durationMinutes')}
            label={t('workoutPlan.duration')}
            value={workout.durationText}
            error={errorOf('durationMinutes')}
            min={reminderLimits.workoutMinutes.min}
            max={reminderLimits.workoutMinutes.max}
            step={1}
            onChange={(durationText) => change({ durationText }, 'durationMinutes')}
          />
        </div>
      )}
    </>
  )
}
