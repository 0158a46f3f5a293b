import strings from './widget.en.json'
import german from './widget.de.json'
import { addCatalogue } from './i18n'

// The widget's strings (English and German) load with the widget and its Settings switch, not with Today's first paint; both import this file.
addCatalogue('en', strings)
addCatalogue('de', german)
