import { startTransition, useOptimistic, useState, type ReactNode } from 'react'
import type { Settings } from '../../../core/settings/settings'
import type { HOT_DAY_EXTRA_ML } from '../../../core/reminders/planner-hydration'
import type { PlannedReminder } from '../../../core/reminders/reminders'
import { useAppActions, useAppSelector } from '../api/app-state'
import { formatClockTime } from '../format/number-format'
import { formatVolume } from '../format/volume'
import { useTranslation } from '../i18n/use-translation'
import { WorkoutsDoneToday } from './activities-today'
import { LiveMessage, type LiveMessageValue } from './live-message'

// A copy, so Today's bundle does not load the planner; the type ties it to the planner's value, so tsc fails if they part.
const hotDayExtraMl: typeof HOT_DAY_EXTRA_ML = 500

type Message = LiveMessageValue

/** "drink about 250 ml", "warm up for your run": the second half of the next-reminder line. */
function nextReminderWhat(reminder: PlannedReminder, settings: Settings, t: ReturnType<typeof useTranslation>): string {
  const kind = settings.workouts.find((workout) => workout.id === reminder.workoutId)?.kind ?? 'other'
  const workout = t(`workouts.noun.${kind}`)
  const amount = reminder.amountMl === undefined ? undefined : formatVolume(reminder.amountMl, settings.volumeUnit)
  switch (reminder.kind) {
    case 'hydration':
      return amount ? t('today.nextWhat.hydration', { amount }) : t('today.nextWhat.hydrationAny')
    case 'pre-workout-drink':
      return amount
        ? t('today.nextWhat.pre-workout-drink', { amount, workout })
        : t('today.nextWhat.pre-workout-drinkAny', { workout })
    case 'warm-up':
    case 'cool-down':
    case 'electrolytes':
      return t(`today.nextWhat.${reminder.kind}`, { workout })
  }
}

/** Today's next reminder (or that reminders are paused), and the hot-day switch that raises today's goal. */
export function RemindersToday(): ReactNode {
  const settings = useAppSelector((state) => state.settings)
  const reminders = useAppSelector((state) => state.reminders)
  const t = useTranslation()
  const { perform } = useAppActions()
  const [message, setMessage] = useState<Message>()
  const unit = settings.volumeUnit
  const next = reminders.upcoming[0]
  // The box shows the new value while the service answers, instead of flicking back until it does.
  const [hotDay, showHotDay] = useOptimistic(reminders.hotDay)

  const setHotDay = (on: boolean): void =>
    startTransition(async () => {
      showHotDay(on)
      const outcome = await perform('setHotDay', { on })
      setMessage(
        outcome.ok
          ? { kind: 'status', text: t('today.hotDayGoal', { goal: formatVolume(outcome.state.today.goalMl, unit) }) }
          : { kind: 'error', text: t('today.hotDayFailed') }
      )
    })

  return (
    <section className="today-card today-reminders" aria-labelledby="today-reminders-title">
      <h2 id="today-reminders-title">{t('today.remindersTitle')}</h2>
      <p className="next-reminder">
        {reminders.paused
          ? t('today.remindersPaused')
          : next
            ? t('today.nextReminder', {
                time: formatClockTime(next.dueAtMs),
                what: nextReminderWhat(next, settings, t)
              })
            : t('today.noMoreReminders')}
      </p>
      <WorkoutsDoneToday />
      <div className="hot-day">
        <label>
          <input
            type="checkbox"
            checked={hotDay}
            aria-describedby="hot-day-hint"
            onChange={(event) => setHotDay(event.target.checked)}
          />
          {t('today.hotDay')}
        </label>
        <p id="hot-day-hint" className="field-hint">
          {t('today.hotDayHint', { amount: formatVolume(hotDayExtraMl, unit) })}
        </p>
      </div>
      <LiveMessage message={message} />
    </section>
  )
}
