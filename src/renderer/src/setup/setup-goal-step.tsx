import { useState, type ReactNode } from 'react'
import { suggestDailyGoal } from '../../../core/settings/goal-suggestion'
import { settingsLimits } from '../../../core/settings/settings-limits'
import { displayBounds, formatVolume } from '../format/volume'
import { useTranslation } from '../i18n/use-translation'
import { NumberField } from '../settings/number-field'
import { withVolumeText } from '../settings/settings-draft'
import { goalReasoning } from './goal-wording'
import { setupErrorMessage, setupFieldId } from './setup-check'
import { bodyWeightOf, withDailyGoalMl } from './setup-draft'
import type { SetupWizard } from './use-setup-wizard'
import '../i18n/setup-strings'

/** Step 3: an optional body weight, the goal it suggests with the reasoning, and the goal itself. */
export function SetupGoalStep({ wizard }: { readonly wizard: SetupWizard }): ReactNode {
  const t = useTranslation()
  const { draft, edit, errorOf, setStatus } = wizard
  const unit = draft.settings.volumeUnit
  const suggestion = suggestDailyGoal(bodyWeightOf(draft), unit)
  const suggested = formatVolume(suggestion.goalMl, unit)
  const bounds = displayBounds(settingsLimits.dailyGoalMl, unit)
  // A weight the suggestion cannot use is said at once (on leaving the field), not only at Next.
  const [weightLeft, setWeightLeft] = useState(false)
  const unusableWeight = weightLeft && draft.settings.bodyWeightText.trim() !== '' && bodyWeightOf(draft) === null
  const weightError = errorOf('bodyWeightKg') ?? (unusableWeight ? setupErrorMessage('bodyWeightKg', draft) : undefined)

  const useSuggestion = (): void => {
    edit((previous) => withDailyGoalMl(previous, suggestion.goalMl), 'dailyGoalMl')
    setStatus(t('setup.goal.used', { goal: suggested }))
  }

  return (
    <>
      <p className="muted">{t('setup.goal.intro')}</p>
      <NumberField
        id={setupFieldId('bodyWeightKg')}
        label={t('settings.bodyWeight')}
        hint={t('setup.goal.bodyWeightHint')}
        value={draft.settings.bodyWeightText}
        error={weightError}
        min={settingsLimits.bodyWeightKg.min}
        max={settingsLimits.bodyWeightKg.max}
        step={0.1}
        onChange={(text) => {
          setWeightLeft(false)
          edit(
            (previous) => ({ ...previous, settings: { ...previous.settings, bodyWeightText: text } }),
            'bodyWeightKg'
          )
        }}
        onBlur={() => setWeightLeft(true)}
      />
      <section className="goal-suggestion" aria-labelledby="goal-suggestion-title">
        <h3 id="goal-suggestion-title" className="visually-hidden">
          {t('setup.goal.suggestionTitle')}
        </h3>
        <p className="goal-suggestion-value">{t('setup.goal.suggestion', { goal: suggested })}</p>
        <p>{goalReasoning(suggestion, unit)}</p>
        {suggestion.basis === 'body-weight' && <p className="field-hint">{t('setup.goal.ruleNote')}</p>}
        <button type="button" onClick={useSuggestion}>
          {t('setup.goal.use')}
        </button>
      </section>
      <NumberField
        id={setupFieldId('dailyGoalMl')}
        label={t('settings.dailyGoal', { unit: t(`units.${unit}`) })}
        value={draft.settings.volumes.dailyGoalMl.text}
        error={errorOf('dailyGoalMl')}
        min={bounds.min}
        max={bounds.max}
        step={unit === 'ml' ? 1 : 0.1}
        onChange={(text) =>
          edit(
            (previous) => ({ ...previous, settings: withVolumeText(previous.settings, 'dailyGoalMl', text) }),
            'dailyGoalMl'
          )
        }
      />
      <p className="field-hint">{t('setup.goal.notAdvice')}</p>
    </>
  )
}
