import strings from './history.en.json'
import german from './history.de.json'
import { i18next } from './i18n'

// The History screen's strings (English and German) load with its code, not with Today's first paint; every module using them imports this file.
i18next.addResourceBundle('en', 'translation', strings, true, false)
i18next.addResourceBundle('de', 'translation', german, true, false)
