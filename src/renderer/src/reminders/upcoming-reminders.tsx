import { useState, type ReactNode } from 'react'
import type { AppState } from '../../../contract/state'
import type { PlannedReminder } from '../../../core/reminders/reminders'
import { useAppActions } from '../api/app-state'
import { formatClockTime } from '../format/number-format'
import { formatVolume } from '../format/volume'
import { useTranslation } from '../i18n/use-translation'
import { comingTimeline, type TimelineEntry } from './coming-timeline'
import { formatMinutes } from './plan-format'
import { reminderLabel, type WordingContext } from './reminder-wording'
import { noUpcomingReason } from './reminder-status'
import { usePauseStatus } from './use-pause-status'
import '../i18n/reminder-strings'

/** A time as a `<time>` element. */
export const TimeOf = ({ atMs }: { readonly atMs: number }): ReactNode => (
  <time dateTime={new Date(atMs).toISOString()}>{formatClockTime(atMs)}</time>
)

/** The last skip, so it can be taken back. */
interface LastSkip {
  readonly id: string
  readonly what: string
  readonly time: string
}

/** What is still coming today, the workouts themselves included, soonest first, each reminder with Skip; or why nothing is. */
export function UpcomingReminders({ state }: { readonly state: AppState }): ReactNode {
  const t = useTranslation()
  const { perform } = useAppActions()
  const [lastSkip, setLastSkip] = useState<LastSkip | null>(null)
  const [status, setStatus] = useState('')
  const [failure, setFailure] = useState('')
  const context: WordingContext = { unit: state.settings.volumeUnit, workouts: state.settings.workouts }
  const pause = usePauseStatus(state)
  const timeline = comingTimeline(
    state.reminders.upcoming,
    pause.status.kind === 'on' ? state.settings.workouts : [],
    pause.nowMs,
    state.activities
  )

  /** "Run starts · 45 min", or "Run · 45 min — done, recorded 07:02–08:07" once an imported activity fulfilled it. */
  const workoutLine = (entry: Extract<TimelineEntry, { type: 'workout' }>): string => {
    const values = {
      kind: t(`workoutPlan.kind.${entry.workout.kind}`),
      duration: formatMinutes(entry.workout.durationMinutes)
    }
    if (!entry.recorded) return t('reminders.timelineWorkout', values)
    return t('reminders.timelineWorkoutDone', {
      ...values,
      from: formatClockTime(entry.recorded.startMs),
      until: formatClockTime(entry.recorded.endMs)
    })
  }

  const skip = async (reminder: PlannedReminder): Promise<void> => {
    const done = { id: reminder.id, what: reminderLabel(reminder, context), time: formatClockTime(reminder.dueAtMs) }
    const outcome = await perform('skipReminder', { reminderId: reminder.id })
    setFailure(outcome.ok ? '' : t('reminders.skipFailed'))
    setLastSkip(outcome.ok ? done : null)
    setStatus(outcome.ok ? t('reminders.skipped', { what: done.what, time: done.time }) : '')
  }
  const undo = async (skipped: LastSkip): Promise<void> => {
    const outcome = await perform('unskipReminder', { reminderId: skipped.id })
    setFailure(outcome.ok ? '' : t('reminders.unskipFailed'))
    setLastSkip(null)
    setStatus(outcome.ok ? t('reminders.unskipped', { what: skipped.what, time: skipped.time }) : '')
  }

  return (
    <section className="reminder-section" aria-labelledby="upcoming-title">
      <h2 id="upcoming-title">{t('reminders.upcomingTitle')}</h2>
      {timeline.length === 0 ? (
        <p className="muted">{noUpcomingReason(state, pause.status, pause.nowMs)}</p>
      ) : (
        <ol className="reminder-list">
          {timeline.map((entry) =>
            entry.type === 'workout' ? (
              <li key={entry.key} className="timeline-workout">
                <TimeOf atMs={entry.atMs} />
                <span>{workoutLine(entry)}</span>
              </li>
            ) : (
              <li key={entry.reminder.id}>
                <TimeOf atMs={entry.atMs} />
                <span>{reminderLabel(entry.reminder, context)}</span>
                <span className="reminder-amount">
                  {entry.reminder.amountMl === undefined ? '' : formatVolume(entry.reminder.amountMl, context.unit)}
                </span>
                <button
                  type="button"
                  className="button-quiet"
                  aria-label={t('reminders.skipName', {
                    what: reminderLabel(entry.reminder, context),
                    time: formatClockTime(entry.atMs)
                  })}
                  onClick={() => void skip(entry.reminder)}
                >
                  {t('reminders.skip')}
                </button>
              </li>
            )
          )}
        </ol>
      )}
      <p role="status" className="form-status">
        {status}
        {lastSkip && (
          <>
            {' '}
            <button type="button" className="button-quiet" onClick={() => void undo(lastSkip)}>
              {t('reminders.undoSkip')}
            </button>
          </>
        )}
      </p>
      <p role="alert" className="form-failure">
        {failure}
      </p>
    </section>
  )
}
