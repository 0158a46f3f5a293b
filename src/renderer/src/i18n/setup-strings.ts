import strings from './setup.en.json'
import { i18next } from './i18n'

// The first-run setup's strings load with its code (the settings chunk), not with Today's first paint; every module using them imports this file.
i18next.addResourceBundle('en', 'translation', strings, true, false)
