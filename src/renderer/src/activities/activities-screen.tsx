import type { ReactNode } from 'react'
import { useTranslation } from '../i18n/use-translation'
import type { ScreenProps } from '../shell/routes'
import { ScreenHeading } from '../shell/screen-heading'
import { StateGate } from '../shell/state-gate'
import { ImportArea } from './import-area'
import { RecentActivities } from './recent-activities'
import './activities.css'
import '../i18n/activity-strings'

/** Activities (#/activities): import from the watch, then the recent activities with their sweat-loss estimates. */
export default function ActivitiesScreen({ param }: ScreenProps): ReactNode {
  const t = useTranslation()
  return (
    <div className="activities-page">
      <ScreenHeading>{t('activities.title')}</ScreenHeading>
      <p className="muted">{t('activities.intro')}</p>
      <StateGate>
        <ImportArea />
        <RecentActivities openActivityId={param} />
      </StateGate>
    </div>
  )
}
