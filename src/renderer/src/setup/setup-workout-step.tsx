import type { ReactNode } from 'react'
import type { Settings } from '../../../core/settings'
import { useAppState } from '../api/app-state'
import { useTranslation } from '../i18n/use-translation'
import { workoutFieldKeys, type WorkoutDraft } from '../reminders/workout-draft'
import { WorkoutKindField, WorkoutTimeAndDuration, WorkoutWeekdays } from '../reminders/workout-fields'
import { describedBy, FieldError } from '../shell/field-error'
import { setupFieldId } from './setup-check'
import { setupToSend, type SetupDraft } from './setup-draft'
import type { SetupWizard } from './use-setup-wizard'
import '../i18n/reminder-strings'
import '../i18n/setup-strings'

/** The settings Finish would save: the note on held-back reminders then follows this setup's hours and choices. */
function settingsAfterSetup(draft: SetupDraft, saved: Settings): Settings {
  // The mode only decides whether start-at-login is sent, which the note does not use.
  const sent = setupToSend(draft, saved, 'browser', 'workout-preview')
  return {
    ...saved,
    activeHours: sent.activeHours ?? saved.activeHours,
    reminders: { ...saved.reminders, ...sent.reminders }
  }
}

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
  const { view } = useAppState()
  const { draft, edit, errorOf } = wizard
  const plannerSettings = view.status === 'ready' ? settingsAfterSetup(draft, view.state.settings) : undefined
  const workout = draft.workout
  const change = (next: Partial<WorkoutDraft>, ...touched: string[]): void =>
    edit((previous) => ({ ...previous, workout: { ...previous.workout, ...next } }), ...touched)

  const choiceId = setupFieldId('workouts')
  const choiceError = errorOf('workouts')
  const fields = {
    draft: workout,
    fieldId: setupFieldId,
    errorOf,
    onChange: change
  }
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
          <WorkoutKindField {...fields} />
          <WorkoutWeekdays {...fields} />
          <WorkoutTimeAndDuration {...fields} plannerSettings={plannerSettings} />
        </div>
      )}
    </>
  )
}
