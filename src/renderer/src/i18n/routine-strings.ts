import strings from './routines.en.json'
import german from './routines.de.json'
import { i18next } from './i18n'

// The routine screens' strings (English and German) load with their code, not with Today's first paint; every module using them imports this file.
i18next.addResourceBundle('en', 'translation', strings, true, false)
i18next.addResourceBundle('de', 'translation', german, true, false)
