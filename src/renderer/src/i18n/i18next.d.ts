import type en from './en.json'
import type routineStrings from './routines.en.json'
import type reminderStrings from './reminders.en.json'
import type crampStrings from './cramps.en.json'
import type historyStrings from './history.en.json'

declare module 'i18next' {
  /** Types every `t()` key against the English catalogue: the core one, the routine screens' one, the reminders' one, the cramp log's one and the History screen's one. */
  interface CustomTypeOptions {
    defaultNS: 'translation'
    resources: {
      translation: typeof en &
        typeof routineStrings &
        typeof reminderStrings &
        typeof crampStrings &
        typeof historyStrings
    }
  }
}
