import type en from './en.json'
import type routineStrings from './routines.en.json'

declare module 'i18next' {
  /** Types every `t()` key against the English catalogue: the core one and the routine screens' one. */
  interface CustomTypeOptions {
    defaultNS: 'translation'
    resources: { translation: typeof en & typeof routineStrings }
  }
}
