import strings from './reminders.en.json'
import german from './reminders.de.json'
import { addCatalogue } from './i18n'

// The reminder screens' and banner's strings (English and German) load with their code, not with Today's first paint; every module using them imports this file.
addCatalogue('en', strings)
addCatalogue('de', german)
