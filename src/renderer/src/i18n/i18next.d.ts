import type en from './en.json'

declare module 'i18next' {
  /** Types every `t()` key against the English catalogue. */
  interface CustomTypeOptions {
    defaultNS: 'translation'
    resources: { translation: typeof en }
  }
}
