import strings from './activities.en.json'
import german from './activities.de.json'
import { i18next } from './i18n'

// The Activities screen's strings (English and German) load with its code, not with Today's first paint; every module using them imports this file.
i18next.addResourceBundle('en', 'translation', strings, true, false)
i18next.addResourceBundle('de', 'translation', german, true, false)
