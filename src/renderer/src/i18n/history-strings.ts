import strings from './history.en.json'
import german from './history.de.json'
import { addCatalogue } from './i18n'

// The History screen's strings (English and German) load with its code, not with Today's first paint; every module using them imports this file.
addCatalogue('en', strings)
addCatalogue('de', german)
