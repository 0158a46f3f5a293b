import type { ReactNode } from 'react'
import type { AppState } from '../../../contract/state'
import { formatClockTime } from '../format/number-format'
import { formatVolume } from '../format/volume'
import { useTranslation } from '../i18n/use-translation'
import { reminderLabel, responseText, type WordingContext } from './reminder-wording'
import { noUpcomingReason } from './reminder-status'
import { usePauseStatus } from './use-pause-status'
import '../i18n/reminder-strings'

const wordingOf = (state: AppState): WordingContext => ({
  unit: state.settings.volumeUnit,
  workouts: state.settings.workouts
})

/** A reminder's time as a `<time>` element. */
const TimeOf = ({ atMs }: { readonly atMs: number }): ReactNode => (
  <time dateTime={new Date(atMs).toISOString()}>{formatClockTime(atMs)}</time>
)

/** What is still coming today, soonest first; or why nothing is. */
export function UpcomingReminders({ state }: { readonly state: AppState }): ReactNode {
  const t = useTranslation()
  const context = wordingOf(state)
  const { upcoming } = state.reminders
  const { status, nowMs } = usePauseStatus(state)
  return (
    <section className="reminder-section" aria-labelledby="upcoming-title">
      <h2 id="upcoming-title">{t('reminders.upcomingTitle')}</h2>
      {upcoming.length === 0 ? (
        <p className="muted">{noUpcomingReason(state, status, nowMs)}</p>
      ) : (
        <ol className="reminder-list">
          {upcoming.map((reminder) => (
            <li key={reminder.id}>
              <TimeOf atMs={reminder.dueAtMs} />
              <span>{reminderLabel(reminder, context)}</span>
              <span className="reminder-amount">
                {reminder.amountMl === undefined ? '' : formatVolume(reminder.amountMl, context.unit)}
              </span>
            </li>
          ))}
        </ol>
      )}
    </section>
  )
}

/** What fired today, newest first, and what the user did with each. */
export function FiredReminders({ state }: { readonly state: AppState }): ReactNode {
  const t = useTranslation()
  const context = wordingOf(state)
  const newestFirst = [...state.reminders.firedToday].sort((a, b) => b.firedAtMs - a.firedAtMs)
  return (
    <section className="reminder-section" aria-labelledby="fired-title">
      <h2 id="fired-title">{t('reminders.firedTitle')}</h2>
      {newestFirst.length === 0 ? (
        <p className="muted">{t('reminders.noneFired')}</p>
      ) : (
        <ol className="reminder-list">
          {newestFirst.map((fired) => (
            <li key={fired.id}>
              <TimeOf atMs={fired.firedAtMs} />
              <span>
                {reminderLabel(fired, context)}
                {fired.amountMl === undefined ? '' : ` · ${formatVolume(fired.amountMl, context.unit)}`}
              </span>
              <span className="reminder-response">{responseText(fired, context.unit)}</span>
            </li>
          ))}
        </ol>
      )}
    </section>
  )
}
