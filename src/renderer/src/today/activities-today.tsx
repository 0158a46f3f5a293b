import type { ReactNode } from 'react'
import { activityEndMs } from '../../../core/activities/activity-model'
import { localDateKey } from '../../../core/time/local-date'
import { useAppSelector } from '../api/app-state'
import { formatClockTime, formatTimeOfDay, numberFormat } from '../format/number-format'
import { formatVolume } from '../format/volume'
import { useTranslation } from '../i18n/use-translation'
import { routeHref } from '../shell/navigation'

/**
 * Under the goal, when today's activities raised it: "Goal raised by 1.6 L for today's 65-minute run", with a
 * "Why?" link to that activity's reasoning on the Activities screen (the goal shown already includes the raise).
 */
export function GoalRaiseNote(): ReactNode {
  const t = useTranslation()
  const raiseMl = useAppSelector((state) => state.activities.todayRaiseMl)
  const recent = useAppSelector((state) => state.activities.recent)
  const today = useAppSelector((state) => state.today.date)
  const unit = useAppSelector((state) => state.settings.volumeUnit)
  if (raiseMl <= 0) return null
  const raising = recent.filter(
    (activity) => activity.goalRaiseMl > 0 && localDateKey(new Date(activityEndMs(activity))) === today
  )
  const amount = formatVolume(raiseMl, unit)
  const only = raising.length === 1 ? raising[0] : undefined
  return (
    <p className="goal-raise">
      {only
        ? t('today.goalRaisedOne', {
            amount,
            minutes: numberFormat({}).format(Math.round(only.durationMs / 60_000)),
            workout: t(`activityNoun.${only.sport}`)
          })
        : t('today.goalRaisedMany', { amount, number: numberFormat({}).format(raising.length) })}{' '}
      <a
        href={only ? routeHref('activities/why', only.id) : routeHref('activities')}
        aria-label={t('today.goalRaisedWhyLabel')}
      >
        {t('today.goalRaisedWhy')}
      </a>
    </p>
  )
}

/** Today's planned workouts that a recorded activity fulfilled: "Planned run at 07:00 — done, recorded 07:02–08:07". */
export function WorkoutsDoneToday(): ReactNode {
  const t = useTranslation()
  const done = useAppSelector((state) => state.activities.doneToday)
  const recent = useAppSelector((state) => state.activities.recent)
  const workouts = useAppSelector((state) => state.settings.workouts)
  const lines = done.flatMap((occurrence) => {
    const workout = workouts.find((plan) => plan.id === occurrence.workoutId)
    const activity = recent.find((entry) => entry.id === occurrence.activityId)
    if (!workout || !activity) return []
    const text = t('today.workoutDone', {
      workout: t(`workouts.noun.${workout.kind}`),
      time: formatTimeOfDay(workout.time),
      from: formatClockTime(activity.startMs),
      until: formatClockTime(activityEndMs(activity))
    })
    return [{ key: `${occurrence.workoutId}:${occurrence.date}`, text }]
  })
  if (lines.length === 0) return null
  return (
    <ul className="workouts-done">
      {lines.map((line) => (
        <li key={line.key}>{line.text}</li>
      ))}
    </ul>
  )
}
