// The reminders chunk's way in (see load-reminders.ts for why it is one module).
export { default as RemindersScreen } from './reminders-screen'
