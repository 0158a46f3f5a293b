import type en from './en.json'
import type routineStrings from './routines.en.json'
import type reminderStrings from './reminders.en.json'

declare module 'i18next' {
  /** Types every `t()` key against the English catalogue: the core one, the routine screens' one and the reminders' one. */
  interface CustomTypeOptions {
    defaultNS: 'translation'
    resources: { translation: typeof en & typeof routineStrings & typeof reminderStrings }
  }
}
