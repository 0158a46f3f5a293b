import strings from './pictures.en.json'
import german from './pictures.de.json'
import { i18next } from './i18n'

// The step pictures' strings (English and German) load with the pictures (the routine screens and the player), not with Today's first paint.
i18next.addResourceBundle('en', 'translation', strings, true, false)
i18next.addResourceBundle('de', 'translation', german, true, false)
