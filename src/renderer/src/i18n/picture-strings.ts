import strings from './pictures.en.json'
import german from './pictures.de.json'
import { addCatalogue } from './i18n'

// The step pictures' strings (English and German) load with the pictures (the routine screens and the player), not with Today's first paint.
addCatalogue('en', strings)
addCatalogue('de', german)
