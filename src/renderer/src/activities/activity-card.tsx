import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react'
import type { ActivityView } from '../../../contract/slices/activities'
import type { WorkoutPlan } from '../../../core/reminders/reminders'
import type { VolumeUnit } from '../../../core/settings/units'
import { dateTimeFormat, formatClockTime } from '../format/number-format'
import { formatVolume } from '../format/volume'
import { useTranslation } from '../i18n/use-translation'
import {
  formatActivityMinutes,
  formatDistance,
  formatTemperature,
  lossText,
  reasoningLines,
  sportName
} from './activity-wording'
import { SportIcon } from './sport-icon'
import { WeighInForm } from './weigh-in-form'

/** "Tue, 3 Dec, 07:02–08:07". */
const formatSpan = (activity: ActivityView): string =>
  `${dateTimeFormat({ weekday: 'short', day: 'numeric', month: 'short' }).format(activity.startMs)}, ${formatClockTime(
    activity.startMs
  )}–${formatClockTime(activity.startMs + activity.durationMs)}`

/** The facts the file gave: duration, distance, heart rate and temperature where present. */
function factsOf(activity: ActivityView, unit: VolumeUnit, t: ReturnType<typeof useTranslation>): string[] {
  const facts = [formatActivityMinutes(activity.durationMs)]
  if (activity.distanceM !== undefined && activity.distanceM > 0) facts.push(formatDistance(activity.distanceM, unit))
  if (activity.avgHeartRate !== undefined) {
    facts.push(
      activity.maxHeartRate === undefined
        ? t('activities.card.heartRateAvg', { avg: activity.avgHeartRate })
        : t('activities.card.heartRate', { avg: activity.avgHeartRate, max: activity.maxHeartRate })
    )
  }
  if (activity.avgTemperatureC !== undefined) facts.push(formatTemperature(activity.avgTemperatureC))
  return facts
}

/** Remove, asked first in the line: the question takes focus; "Keep it" (or Escape) goes back. */
function RemoveControl({ label, onRemove }: { readonly label: string; readonly onRemove: () => void }): ReactNode {
  const t = useTranslation()
  const [confirming, setConfirming] = useState(false)
  const question = useRef<HTMLParagraphElement>(null)
  const questionId = useId()
  useEffect(() => {
    if (confirming) question.current?.focus()
  }, [confirming])
  const keepOnEscape = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape') return
    event.preventDefault()
    setConfirming(false)
  }
  if (!confirming) {
    return (
      <button type="button" className="button-quiet" onClick={() => setConfirming(true)}>
        {t('activities.card.remove')}
        <span className="visually-hidden"> {label}</span>
      </button>
    )
  }
  return (
    <div className="activity-remove-confirm" role="group" aria-labelledby={questionId} onKeyDown={keepOnEscape}>
      <p id={questionId} ref={question} tabIndex={-1}>
        {t('activities.card.removeQuestion')}
      </p>
      <button type="button" className="button-danger" onClick={onRemove}>
        {t('activities.card.removeConfirm')}
      </button>{' '}
      <button type="button" onClick={() => setConfirming(false)}>
        {t('activities.card.removeKeep')}
      </button>
    </div>
  )
}

/** What one activity card needs besides the activity. */
export interface ActivityCardProps {
  readonly activity: ActivityView
  readonly unit: VolumeUnit
  readonly workouts: readonly WorkoutPlan[]
  /** Whether it ended today (its raise is on today's goal). */
  readonly endedToday: boolean
  /** Open its "Why?" at once (from Today's link). */
  readonly whyOpen: boolean
  readonly startOfActivity: (id: string) => number | undefined
  readonly onRemove: () => void
}

/**
 * One recorded activity: the sport, when, how long, how far, heart rate and temperature; whether it was the planned
 * workout; the sweat it likely cost as a range, with a "Why?" disclosure; a weigh-in; and Remove.
 */
export function ActivityCard(props: ActivityCardProps): ReactNode {
  const { activity, unit, workouts, endedToday } = props
  const t = useTranslation()
  const titleId = useId()
  const sport = sportName(activity.sport)
  const kind = workouts.find((workout) => workout.id === activity.matched?.workoutId)?.kind ?? 'other'
  const whyRef = useRef<HTMLDetailsElement>(null)
  useEffect(() => {
    if (props.whyOpen) whyRef.current?.scrollIntoView({ block: 'center' })
  }, [props.whyOpen])
  const raise = formatVolume(activity.goalRaiseMl, unit)
  return (
    <li className="activity-card" aria-labelledby={titleId}>
      <div className="activity-head">
        <SportIcon sport={activity.sport} />
        <h3 id={titleId}>
          {sport} <time dateTime={new Date(activity.startMs).toISOString()}>{formatSpan(activity)}</time>
        </h3>
      </div>
      <p className="activity-facts">{factsOf(activity, unit, t).join(' · ')}</p>
      <p className={activity.matched ? 'activity-planned' : 'muted'}>
        {activity.matched
          ? t('activities.card.plannedDone', { workout: t(`workouts.noun.${kind}`) })
          : t('activities.card.extra')}
      </p>
      <p className="activity-loss">
        {lossText(activity.estimate, unit)}
        {activity.goalRaiseMl > 0 && (
          <>
            {' '}
            ·{' '}
            {endedToday
              ? t('activities.card.goalRaiseToday', { amount: raise })
              : t('activities.card.goalRaise', { amount: raise })}
          </>
        )}
      </p>
      <details ref={whyRef} className="activity-why" open={props.whyOpen || undefined}>
        <summary>{t('activities.card.why')}</summary>
        <ul>
          {reasoningLines(activity, unit, props.startOfActivity).map((line, index) => (
            <li key={index}>{line}</li>
          ))}
        </ul>
      </details>
      <WeighInForm activity={activity} unit={unit} />
      <RemoveControl
        label={t('activities.card.removeWhich', { sport, when: formatSpan(activity) })}
        onRemove={props.onRemove}
      />
    </li>
  )
}
