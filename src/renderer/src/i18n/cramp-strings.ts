import strings from './cramps.en.json'
import german from './cramps.de.json'
import { addCatalogue } from './i18n'

// The cramp log's strings (English and German) load with its code (the reminders chunk), not with Today's first paint; every module using them imports this file.
addCatalogue('en', strings)
addCatalogue('de', german)
