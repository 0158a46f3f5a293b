import { useState, type ReactNode } from 'react'
import { useAppActions, useLoadedSelector } from '../api/app-state'
import { useTranslation } from '../i18n/use-translation'
import { NamedButton } from '../routines/named-button'
import { wallClockMs } from './held-reminders-note'
import { workoutSummary } from './plan-format'
import type { PlannedWorkout } from './workout-draft'
import { WorkoutForm } from './workout-form'
import { WorkoutReminderHours } from './workout-reminder-hours'
import '../i18n/reminder-strings'

const removeButtonId = (workoutId: string): string => `remove-${workoutId}`

/** Each workout's summary; a repeated summary gets its position, so every Remove button has its own name. */
function summariesOf(workouts: readonly PlannedWorkout[]): string[] {
  const seen = new Map<string, number>()
  return workouts.map((workout) => {
    const summary = workoutSummary(workout)
    const count = (seen.get(summary) ?? 0) + 1
    seen.set(summary, count)
    return count === 1 ? summary : `${summary} (${count})`
  })
}

/** The planned workouts, each removable, and the form that adds one. */
export function WorkoutPlanSection({ workouts }: { readonly workouts: readonly PlannedWorkout[] }): ReactNode {
  const t = useTranslation()
  const { perform } = useAppActions()
  const [status, setStatus] = useState('')
  const [failure, setFailure] = useState('')
  const summaries = summariesOf(workouts)
  // The settings the reminders are planned with: the notes on held-back reminders follow their quiet hours.
  const plannerSettings = useLoadedSelector((state) => state.settings)
  const nowMs = wallClockMs()

  const remove = async (index: number): Promise<void> => {
    const workout = workouts[index]
    if (!workout) return
    setStatus('')
    const outcome = await perform('updateSettings', {
      workouts: workouts.filter((each) => each.id !== workout.id)
    })
    setFailure(outcome.ok ? '' : t('workoutPlan.removeFailed'))
    if (!outcome.ok) return
    setStatus(t('workoutPlan.removed', { summary: summaries[index] ?? '' }))
    // The pressed button is gone: move to the next workout's, the previous one's, or the section heading.
    const neighbour = workouts[index + 1] ?? workouts[index - 1]
    const target = neighbour ? document.getElementById(removeButtonId(neighbour.id)) : null
    ;(target ?? document.getElementById('workout-plan-title'))?.focus()
  }

  return (
    <section className="workout-plan" aria-labelledby="workout-plan-title">
      <h2 id="workout-plan-title" tabIndex={-1}>
        {t('workoutPlan.title')}
      </h2>
      <p className="muted">{t('workoutPlan.intro')}</p>
      {workouts.length === 0 ? (
        <p className="muted">{t('workoutPlan.empty')}</p>
      ) : (
        <ul className="workout-list">
          {workouts.map((workout, index) => (
            <li key={workout.id}>
              <span>{summaries[index]}</span>
              <NamedButton
                id={removeButtonId(workout.id)}
                before={t('workoutPlan.remove')}
                name={summaries[index] ?? ''}
                onClick={() => void remove(index)}
              />
              <WorkoutReminderHours
                workout={workout}
                workouts={workouts}
                summary={summaries[index] ?? ''}
                plannerSettings={plannerSettings}
                nowMs={nowMs}
                onChanged={({ ok, status: changed }) => {
                  setFailure(ok ? '' : t('workoutPlan.changeFailed'))
                  setStatus(ok ? changed : '')
                }}
              />
            </li>
          ))}
        </ul>
      )}
      <p role="status" className="form-status">
        {status}
      </p>
      <p role="alert" className="form-failure">
        {failure}
      </p>
      <WorkoutForm
        workouts={workouts}
        plannerSettings={plannerSettings}
        onAdded={(summary) => setStatus(t('workoutPlan.added', { summary }))}
        onAttempt={() => {
          setStatus('')
          setFailure('')
        }}
      />
    </section>
  )
}
