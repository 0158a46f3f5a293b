import strings from './routines.en.json'
import german from './routines.de.json'
import { addCatalogue } from './i18n'

// The routine screens' strings (English and German) load with their code, not with Today's first paint; every module using them imports this file.
addCatalogue('en', strings)
addCatalogue('de', german)
