import { startTransition, useOptimistic, useState, type ReactNode } from 'react'
import { languageChoices, type LanguageChoice } from '../../../core/settings/settings'
import { useAppActions, useLoadedSelector } from '../api/app-state'
import { FieldFrame } from '../shell/field-frame'
import { languageFor, systemLocale } from '../i18n/locale-choice'
import { useTranslation } from '../i18n/use-translation'

// Each language is named in itself ("Deutsch" in the English window too), so it can be found in either.
const choiceLabels = {
  system: 'settings.languageSystem',
  en: 'settings.languageEnglish',
  de: 'settings.languageGerman'
} as const satisfies Record<LanguageChoice, string>
const choiceLang = { system: undefined, en: 'en', de: 'de' } as const satisfies Record<
  LanguageChoice,
  string | undefined
>

/**
 * The window's language: the system's, English or German. Saved the moment it is chosen (not with the form's
 * Save), so the window switches language at once.
 */
export function LanguageField(): ReactNode {
  const t = useTranslation()
  const { perform } = useAppActions()
  const loaded = useLoadedSelector((state) => state.settings.language)
  const saved = loaded ?? 'system'
  // The list shows the new choice while the service answers, instead of flicking back until it does.
  const [choice, showChoice] = useOptimistic(saved)
  const [failed, setFailed] = useState(false)
  if (loaded === undefined) return null
  // "System language (Deutsch)": what following the system means on this computer.
  const systemName = t(choiceLabels[languageFor('system', systemLocale())])

  const change = (next: LanguageChoice): void =>
    startTransition(async () => {
      showChoice(next)
      const outcome = await perform('updateSettings', { language: next })
      setFailed(!outcome.ok)
    })

  return (
    <div className="language-field">
      <FieldFrame
        id="settings-language"
        label={t('settings.language')}
        hint={t('settings.languageHint')}
        error={failed ? t('settings.languageSaveFailed') : undefined}
      >
        {(control) => (
          <select {...control} value={choice} onChange={(event) => change(event.target.value as LanguageChoice)}>
            {languageChoices.map((option) => (
              <option key={option} value={option} lang={choiceLang[option]}>
                {t(choiceLabels[option], { language: systemName })}
              </option>
            ))}
          </select>
        )}
      </FieldFrame>
    </div>
  )
}
