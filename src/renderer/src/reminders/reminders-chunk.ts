// The reminders chunk's ways in (see load-reminders.ts for why they share one chunk).
export { default as RemindersScreen } from './reminders-screen'
export { default as ReminderBanner } from './reminder-banner'
export { default as CrampScreen } from '../cramps/cramp-screen'
export { default as PreventionScreen } from '../prevention/prevention-screen'
export { default as WarningPanel } from '../cramps/warning-panel'
