import strings from './setup.en.json'
import german from './setup.de.json'
import { addCatalogue } from './i18n'

// The first-run setup's strings (English and German) load with its code (the settings chunk), not with Today's first paint; every module using them imports this file.
addCatalogue('en', strings)
addCatalogue('de', german)
