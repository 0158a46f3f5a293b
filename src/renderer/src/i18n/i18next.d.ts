import type en from './en.json'
import type routineStrings from './routines.en.json'
import type reminderStrings from './reminders.en.json'
import type crampStrings from './cramps.en.json'
import type historyStrings from './history.en.json'
import type setupStrings from './setup.en.json'
import type widgetStrings from './widget.en.json'
import type pictureStrings from './pictures.en.json'
import type activityStrings from './activities.en.json'

declare module 'i18next' {
  /** Types every `t()` key against the English catalogue: the core one, the routine screens' one, the reminders' one, the cramp log's one, the History screen's one, the first-run setup's one, the widget's one, the step pictures' one and the Activities screen's one. */
  interface CustomTypeOptions {
    defaultNS: 'translation'
    resources: {
      translation: typeof en &
        typeof routineStrings &
        typeof reminderStrings &
        typeof crampStrings &
        typeof historyStrings &
        typeof setupStrings &
        typeof widgetStrings &
        typeof pictureStrings &
        typeof activityStrings
    }
  }
}
