// The reminders chunk's two ways in (see load-reminders.ts for why they share one chunk).
export { default as RemindersScreen } from './reminders-screen'
export { default as ReminderBanner } from './reminder-banner'
