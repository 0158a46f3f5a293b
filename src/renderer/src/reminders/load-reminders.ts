/**
 * Loads the reminders chunk: the Reminders screen and the reminder banner together. One dynamic import
 * for both, because each extra one past eight makes rolldown move React and i18n out of index.js.
 */
export const loadReminders = () => import('./reminders-chunk')
