import strings from './activities.en.json'
import german from './activities.de.json'
import { addCatalogue } from './i18n'

// The Activities screen's strings (English and German) load with its code, not with Today's first paint; every module using them imports this file.
addCatalogue('en', strings)
addCatalogue('de', german)
