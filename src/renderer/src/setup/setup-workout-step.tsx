import type { ReactNode } from 'react'
import type { Settings } from '../../../core/settings/settings'
import { useLoadedSelector } from '../api/app-state'
import { useTranslation } from '../i18n/use-translation'
import { workoutFieldKeys, type WorkoutDraft } from '../reminders/workout-draft'
import { WorkoutKindField, WorkoutTimeAndDuration, WorkoutWeekdays } from '../reminders/workout-fields'
import { describedBy, FieldError } from '../shell/field-error'
import { setupFieldId } from './setup-check'
import { setupToSend, type SetupDraft } from './setup-draft'
import { workoutFit, workoutFitText } from './setup-fit'
import { CheckboxField } from '../reminders/reminder-fields'
import { wallClockMs } from '../reminders/held-reminders-note'
import type { SetupWizard } from './use-setup-wizard'
import '../i18n/reminder-strings'
import '../i18n/setup-strings'

const previewId = 'workout-preview'

/** The settings Finish would save: the note on held-back reminders then follows this setup's hours and choices. */
function settingsAfterSetup(draft: SetupDraft, saved: Settings, nowMs: number): Settings {
  // The mode only decides whether start-at-login is sent, which the note does not use.
  const sent = setupToSend(draft, saved, 'browser', previewId, nowMs)
  return {
    ...saved,
    activeHours: sent.activeHours ?? saved.activeHours,
    reminders: { ...saved.reminders, ...sent.reminders },
    workouts: sent.workouts ?? saved.workouts
  }
}

/** The offer to fit the reminder hours to the workout being planned, when its reminders would be held back. */
function FitHoursField({ wizard, saved }: { readonly wizard: SetupWizard; readonly saved: Settings }): ReactNode {
  const t = useTranslation()
  const { draft, edit } = wizard
  const nowMs = wallClockMs()
  const unfitted = settingsAfterSetup({ ...draft, fitHours: false }, saved, nowMs)
  const workout = unfitted.workouts.find((each) => each.id === previewId)
  const fit = workout ? workoutFit(unfitted, workout, nowMs) : null
  if (fit === null) return null
  return (
    <CheckboxField
      id={setupFieldId('fitHours')}
      label={t(fit.kind === 'allow' ? 'setup.workout.fitAllow' : 'setup.workout.fit')}
      hint={draft.fitHours ? workoutFitText(unfitted, fit) : t('setup.workout.fitOff')}
      checked={draft.fitHours}
      onChange={(fitHours) => edit((previous) => ({ ...previous, fitHours }))}
    />
  )
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
  const { draft, edit, errorOf } = wizard
  const saved = useLoadedSelector((state) => state.settings)
  const plannerSettings = saved ? settingsAfterSetup(draft, saved, wallClockMs()) : undefined
  const previewAllowed = plannerSettings?.workouts.some((each) => each.id === previewId && each.allowInQuietHours)
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
          {/* Allowed in quiet hours, nothing is held back: no note then (fitted hours leave none either). */}
          <WorkoutTimeAndDuration {...fields} plannerSettings={previewAllowed ? undefined : plannerSettings} />
          {saved && <FitHoursField wizard={wizard} saved={saved} />}
        </div>
      )}
    </>
  )
}
