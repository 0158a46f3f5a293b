import type { ReactNode } from 'react'
import type { AppState } from '../../../contract/state'
import { formatVolume } from '../format/volume'
import { useTranslation } from '../i18n/use-translation'
import { reminderLabel, responseText, type WordingContext } from './reminder-wording'
import { TimeOf } from './upcoming-reminders'
import '../i18n/reminder-strings'

const wordingOf = (state: AppState): WordingContext => ({
  unit: state.settings.volumeUnit,
  workouts: state.settings.workouts
})

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
