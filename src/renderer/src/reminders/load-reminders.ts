/**
 * Loads the reminders chunk: the Reminders screen, the reminder banner and the cramp log together. One
 * dynamic import for all three, because each extra one past eight makes rolldown move React and i18n out of index.js.
 */
export const loadReminders = () => import('./reminders-chunk')
