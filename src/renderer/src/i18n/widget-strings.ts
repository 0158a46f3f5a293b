import strings from './widget.en.json'
import german from './widget.de.json'
import { i18next } from './i18n'

// The widget's strings (English and German) load with the widget and its Settings switch, not with Today's first paint; both import this file.
i18next.addResourceBundle('en', 'translation', strings, true, false)
i18next.addResourceBundle('de', 'translation', german, true, false)
