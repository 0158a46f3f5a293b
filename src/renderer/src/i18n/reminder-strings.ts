import strings from './reminders.en.json'
import german from './reminders.de.json'
import { i18next } from './i18n'

// The reminder screens' and banner's strings (English and German) load with their code, not with Today's first paint; every module using them imports this file.
i18next.addResourceBundle('en', 'translation', strings, true, false)
i18next.addResourceBundle('de', 'translation', german, true, false)
