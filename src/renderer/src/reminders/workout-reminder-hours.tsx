import type { ReactNode } from 'react'
import type { Settings } from '../../../core/settings/settings'
import { useAppActions } from '../api/app-state'
import { useTranslation } from '../i18n/use-translation'
import { NamedButton } from '../routines/named-button'
import { plannedWorkoutNote } from './held-reminders'
import { HeldRemindersNote } from './held-reminders-note'
import type { PlannedWorkout } from './workout-draft'
import '../i18n/reminder-strings'

/**
 * Under a planned workout: what quiet or active hours hold back, with one click to allow this workout's reminders
 * at any hour; or, once allowed, a line saying so with one click to hold them back again.
 */
export function WorkoutReminderHours({
  workout,
  workouts,
  summary,
  plannerSettings,
  nowMs,
  onChanged
}: {
  readonly workout: PlannedWorkout
  readonly workouts: readonly PlannedWorkout[]
  /** The workout's one-line summary, naming the buttons. */
  readonly summary: string
  readonly plannerSettings: Settings | undefined
  readonly nowMs: number
  /** Says what happened: a status line on success, a failure otherwise. */
  readonly onChanged: (outcome: { readonly ok: boolean; readonly status: string }) => void
}): ReactNode {
  const t = useTranslation()
  const { perform } = useAppActions()
  const noteId = `held-reminders-${workout.id}`
  const allowed = workout.allowInQuietHours === true
  const note = plannerSettings && !allowed ? plannedWorkoutNote(plannerSettings, workout, nowMs) : ''

  const setAllowed = async (allow: boolean): Promise<void> => {
    const changed = workouts.map((each) => (each.id === workout.id ? { ...each, allowInQuietHours: allow } : each))
    const outcome = await perform('updateSettings', { workouts: changed })
    onChanged({
      ok: outcome.ok,
      status: t(allow ? 'workoutPlan.allowed' : 'workoutPlan.heldAgain', { summary })
    })
  }

  if (allowed) {
    return (
      <p className="field-hint held-reminders-note">
        {t('workoutPlan.allowedNote')}{' '}
        <NamedButton before={t('workoutPlan.holdBackAgain')} name={summary} onClick={() => void setAllowed(false)} />
      </p>
    )
  }
  if (note === '') return null
  return (
    <>
      <HeldRemindersNote id={noteId} text={note} />
      <NamedButton before={t('workoutPlan.allow')} name={summary} onClick={() => void setAllowed(true)} />
    </>
  )
}
