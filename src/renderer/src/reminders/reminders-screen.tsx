import type { ReactNode } from 'react'
import { useTranslation } from '../i18n/use-translation'
import { ScreenHeading } from '../shell/screen-heading'
import { StateGate } from '../shell/state-gate'
import { PauseControls } from './pause-controls'
import { FiredReminders } from './reminder-lists'
import { UpcomingReminders } from './upcoming-reminders'
import { ReminderSettingsForm } from './reminder-settings-form'
import { WorkoutPlanSection } from './workout-plan'
import './reminders.css'
import '../i18n/reminder-strings'

/** Reminders (#/reminders): today's reminders, pause and Do not disturb, reminder settings and the workout plan. */
export default function RemindersScreen(): ReactNode {
  const t = useTranslation()
  return (
    <div className="reminders-page">
      <ScreenHeading>{t('reminders.title')}</ScreenHeading>
      <p className="muted reminders-intro">{t('reminders.intro')}</p>
      <StateGate>
        {(state) => (
          <div className="reminders-sections">
            <UpcomingReminders state={state} />
            <FiredReminders state={state} />
            <PauseControls state={state} />
            <ReminderSettingsForm reminders={state.settings.reminders} unit={state.settings.volumeUnit} />
            <WorkoutPlanSection workouts={state.settings.workouts} />
          </div>
        )}
      </StateGate>
    </div>
  )
}
