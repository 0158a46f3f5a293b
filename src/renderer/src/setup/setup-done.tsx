import { useEffect, useRef, type ReactNode } from 'react'
import type { AppState } from '../../../contract/state'
import { workoutOccurrences } from '../../../core/reminders/planner-workouts'
import type { WorkoutPlan } from '../../../core/reminders/reminders'
import { formatClockTime, userLocale } from '../format/number-format'
import { formatVolume } from '../format/volume'
import { useTranslation } from '../i18n/use-translation'
import { wallClockMs } from '../reminders/held-reminders-note'
import { formatMinutes } from '../reminders/plan-format'
import { reminderLabel } from '../reminders/reminder-wording'
import { navigateTo } from '../shell/navigation'
import '../i18n/reminder-strings'
import '../i18n/setup-strings'

const dayMs = 24 * 60 * 60_000

/** The next start of any planned workout within a week, with its plan. */
function nextWorkout(
  workouts: readonly WorkoutPlan[],
  nowMs: number
): { workout: WorkoutPlan; startMs: number } | null {
  const starts = workouts.flatMap((workout) =>
    workoutOccurrences(workout, nowMs, nowMs + 8 * dayMs).map(({ startMs }) => ({ workout, startMs }))
  )
  return starts.sort((a, b) => a.startMs - b.startMs)[0] ?? null
}

/** "Mon, Dec 8, 6:30 AM" in the user's locale and 12/24-hour clock. */
const formatDayAndTime = (atMs: number): string =>
  `${new Intl.DateTimeFormat(userLocale, { weekday: 'short', month: 'short', day: 'numeric' }).format(atMs)}, ${formatClockTime(atMs)}`

/** The end of setup: "You're set", with the daily goal, the next reminder and the next workout, and the way on to Today. */
export function SetupDone({ state }: { readonly state: AppState }): ReactNode {
  const t = useTranslation()
  const headingRef = useRef<HTMLHeadingElement>(null)
  useEffect(() => headingRef.current?.focus(), [])
  const unit = state.settings.volumeUnit
  const context = { unit, workouts: state.settings.workouts }
  const reminder = state.reminders.upcoming[0]
  const workout = nextWorkout(state.settings.workouts, wallClockMs())
  return (
    <section className="card-form setup-done" aria-labelledby="setup-done-heading">
      <h2 id="setup-done-heading" ref={headingRef} tabIndex={-1}>
        {t('setup.done.title')}
      </h2>
      <dl className="setup-done-facts">
        <dt>{t('setup.done.goal')}</dt>
        <dd>{formatVolume(state.today.goalMl, unit)}</dd>
        <dt>{t('setup.done.reminder')}</dt>
        <dd>
          {reminder
            ? t('setup.done.reminderAt', {
                time: formatClockTime(reminder.dueAtMs),
                what: reminderLabel(reminder, context),
                amount: reminder.amountMl === undefined ? '' : ` · ${formatVolume(reminder.amountMl, unit)}`
              })
            : t('setup.done.noReminder')}
        </dd>
        <dt>{t('setup.done.workout')}</dt>
        <dd>
          {workout
            ? t('setup.done.workoutAt', {
                when: formatDayAndTime(workout.startMs),
                kind: t(`workoutPlan.kind.${workout.workout.kind}`),
                duration: formatMinutes(workout.workout.durationMinutes)
              })
            : t('setup.done.noWorkout')}
        </dd>
      </dl>
      <p className="muted">{t('setup.done.later')}</p>
      <div className="form-actions">
        <button type="button" className="button-primary" onClick={() => navigateTo('today')}>
          {t('setup.done.toToday')}
        </button>
        <button type="button" onClick={() => navigateTo('reminders')}>
          {t('setup.done.toReminders')}
        </button>
      </div>
    </section>
  )
}
