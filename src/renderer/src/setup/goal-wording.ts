import type { GoalSuggestion } from '../../../core/settings/goal-suggestion'
import type { VolumeUnit } from '../../../core/settings/units'
import { formatKilograms } from '../format/number-format'
import { formatVolume } from '../format/volume'
import { t } from '../i18n/i18n'
import '../i18n/setup-strings'

/** An approximate amount: millilitres to the nearest 100 (about 1,900 ml), fluid ounces as usual (64 fl oz). */
const formatAbout = (amountMl: number, unit: VolumeUnit): string =>
  formatVolume(unit === 'ml' ? Math.round(amountMl / 100) * 100 : amountMl, unit)

/** Why the suggested goal is what it is, in words and in the chosen unit. */
export function goalReasoning(suggestion: GoalSuggestion, unit: VolumeUnit): string {
  const goal = formatVolume(suggestion.goalMl, unit)
  if (suggestion.basis === 'guideline') {
    return t('setup.goal.guideline', { guideline: formatAbout(suggestion.guidelineMl, unit), goal })
  }
  const values = {
    weight: formatKilograms(suggestion.bodyWeightKg),
    raw: formatVolume(Math.round(suggestion.rawMl), unit),
    goal
  }
  if (suggestion.clamped === 'min') return t('setup.goal.bodyWeightMin', values)
  if (suggestion.clamped === 'max') return t('setup.goal.bodyWeightMax', values)
  return t('setup.goal.bodyWeight', values)
}
