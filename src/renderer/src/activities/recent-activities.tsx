import { useRef, useState, type ReactNode } from 'react'
import { activityEndMs } from '../../../core/activities/activity-model'
import { localDateKey } from '../../../core/time/local-date'
import { useAppActions, useAppSelector } from '../api/app-state'
import { useTranslation } from '../i18n/use-translation'
import { LiveMessage, type LiveMessageValue } from '../today/live-message'
import { ActivityCard } from './activity-card'

/** "Recent activities": the last 14 days, newest first, each with its estimate, weigh-in and Remove. */
export function RecentActivities({ openActivityId }: { readonly openActivityId?: string }): ReactNode {
  const t = useTranslation()
  const { perform } = useAppActions()
  const activities = useAppSelector((state) => state.activities)
  const unit = useAppSelector((state) => state.settings.volumeUnit)
  const workouts = useAppSelector((state) => state.settings.workouts)
  const today = useAppSelector((state) => state.today.date)
  const [message, setMessage] = useState<LiveMessageValue>()
  const heading = useRef<HTMLHeadingElement>(null)
  const removing = useRef(false)
  const startOf = (id: string): number | undefined => activities.recent.find((activity) => activity.id === id)?.startMs

  const remove = async (id: string): Promise<void> => {
    if (removing.current) return
    removing.current = true
    const outcome = await perform('removeActivity', { id })
    removing.current = false
    setMessage(
      outcome.ok
        ? { kind: 'status', text: t('activities.card.removed') }
        : { kind: 'error', text: t('activities.card.removeFailed') }
    )
    // The focused button has gone with its activity; the list's heading is the nearest place to carry on from.
    if (outcome.ok) heading.current?.focus()
  }

  return (
    <section className="recent-activities" aria-labelledby="recent-activities-title">
      <h2 id="recent-activities-title" ref={heading} tabIndex={-1}>
        {t('activities.recent.title')}
      </h2>
      {activities.recent.length === 0 ? (
        <p className="muted">{t('activities.recent.none')}</p>
      ) : (
        <ul className="activity-list">
          {activities.recent.map((activity) => (
            <ActivityCard
              key={activity.id}
              activity={activity}
              unit={unit}
              workouts={workouts}
              endedToday={localDateKey(new Date(activityEndMs(activity))) === today}
              whyOpen={activity.id === openActivityId}
              startOfActivity={startOf}
              onRemove={() => void remove(activity.id)}
            />
          ))}
        </ul>
      )}
      {activities.total > activities.recent.length && (
        <p className="muted">{t('activities.recent.older', { count: activities.total })}</p>
      )}
      <LiveMessage message={message} />
    </section>
  )
}
