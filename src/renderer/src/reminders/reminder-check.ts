import type { InputIssue } from '../../../contract/contract'
import { reminderLimits } from '../../../core/reminders/reminders'
import { clockTimePattern } from '../../../core/settings/settings-limits'
import { numberFormat } from '../format/number-format'
import { formatVolumeRange, hasTooManyDecimals, tooManyDecimalsMessage } from '../format/volume'
import { t } from '../i18n/i18n'
import { formatPlanTime } from './plan-format'
import type { ReminderDraft } from './reminder-draft'
import '../i18n/reminder-strings'

/** Every place a reminder-settings error can be shown, in form order (the first gets focus); named like the issue paths. */
export const reminderFieldKeys = [
  'hydration.enabled',
  'hydration.intervalMinutes',
  'preWorkoutDrink.enabled',
  'preWorkoutDrink.leadMinutes',
  'preWorkoutDrink.amountMl',
  'electrolytes.enabled',
  'electrolytes.leadMinutes',
  'electrolytes.minWorkoutMinutes',
  'warmUp.enabled',
  'warmUp.leadMinutes',
  'coolDown.enabled',
  'coolDown.delayMinutes',
  'quietHours.enabled',
  'quietHours.start',
  'quietHours.end'
] as const
/** One reminder-settings field. */
export type ReminderFieldKey = (typeof reminderFieldKeys)[number]

/** The DOM id of a field, such as "reminder-warmUp-leadMinutes". */
export const reminderFieldId = (key: ReminderFieldKey): string => `reminder-${key.replace('.', '-')}`

/** The minute fields with their limits (shared with the form's input bounds). */
export const minuteLimits = {
  'hydration.intervalMinutes': reminderLimits.intervalMinutes,
  'preWorkoutDrink.leadMinutes': reminderLimits.preWorkoutLeadMinutes,
  'electrolytes.leadMinutes': reminderLimits.electrolytesLeadMinutes,
  'electrolytes.minWorkoutMinutes': reminderLimits.electrolytesMinWorkoutMinutes,
  'warmUp.leadMinutes': reminderLimits.warmUpLeadMinutes,
  'coolDown.delayMinutes': reminderLimits.coolDownDelayMinutes
} as const satisfies Partial<Record<ReminderFieldKey, { min: number; max: number }>>

const minuteTexts = (draft: ReminderDraft): Record<keyof typeof minuteLimits, string> => ({
  'hydration.intervalMinutes': draft.intervalText,
  'preWorkoutDrink.leadMinutes': draft.preWorkoutLeadText,
  'electrolytes.leadMinutes': draft.electrolytesLeadText,
  'electrolytes.minWorkoutMinutes': draft.electrolytesMinWorkoutText,
  'warmUp.leadMinutes': draft.warmUpLeadText,
  'coolDown.delayMinutes': draft.coolDownDelayText
})

const wholeMinutesWithin = (text: string, limits: { readonly min: number; readonly max: number }): boolean => {
  if (text.trim() === '') return false
  const value = Number(text)
  return Number.isInteger(value) && value >= limits.min && value <= limits.max
}

/** The UX pre-check against reminderLimits; the service still checks everything on save. */
export function checkReminderDraft(draft: ReminderDraft): ReminderFieldKey[] {
  const invalid = new Set<ReminderFieldKey>()
  const texts = minuteTexts(draft)
  for (const key of Object.keys(minuteLimits) as (keyof typeof minuteLimits)[]) {
    // An empty interval means automatic.
    if (key === 'hydration.intervalMinutes' && texts[key].trim() === '') continue
    if (!wholeMinutesWithin(texts[key], minuteLimits[key])) invalid.add(key)
  }
  const { amountMl } = draft.preWorkoutAmount
  const amountLimits = reminderLimits.preWorkoutAmountMl
  if (amountMl === null || amountMl < amountLimits.min || amountMl > amountLimits.max) {
    invalid.add('preWorkoutDrink.amountMl')
  }
  if (!clockTimePattern.test(draft.quietStart)) invalid.add('quietHours.start')
  if (!clockTimePattern.test(draft.quietEnd)) invalid.add('quietHours.end')
  return reminderFieldKeys.filter((key) => invalid.has(key))
}

/**
 * Where a service issue belongs: "reminders.warmUp.leadMinutes" on its field, "reminders.quietHours"
 * on the group's first field; null for anything else (it is then shown for the whole form).
 */
export function reminderKeyOfIssue(issue: InputIssue): ReminderFieldKey | null {
  const [root, group, field] = issue.field.split('.')
  if (root !== 'reminders' || group === undefined) return null
  const path = field === undefined ? undefined : `${group}.${field}`
  const exact = reminderFieldKeys.find((key) => key === path)
  return exact ?? reminderFieldKeys.find((key) => key.startsWith(`${group}.`)) ?? null
}

/** Our own words for what is wrong with a field, with its limits, in the unit the form shows. */
export function reminderErrorMessage(key: ReminderFieldKey, draft: ReminderDraft): string {
  const count = numberFormat({})
  switch (key) {
    case 'hydration.intervalMinutes': {
      const { min, max } = minuteLimits[key]
      return t('reminderSettings.errors.interval', { min: count.format(min), max: count.format(max) })
    }
    case 'preWorkoutDrink.leadMinutes':
    case 'electrolytes.leadMinutes':
    case 'electrolytes.minWorkoutMinutes':
    case 'warmUp.leadMinutes':
    case 'coolDown.delayMinutes': {
      const { min, max } = minuteLimits[key]
      return t('reminderSettings.errors.minutes', { min: count.format(min), max: count.format(max) })
    }
    case 'preWorkoutDrink.amountMl':
      if (hasTooManyDecimals(draft.preWorkoutAmount.text, draft.volumeUnit)) {
        return tooManyDecimalsMessage(draft.volumeUnit)
      }
      return t('reminderSettings.errors.amount', formatVolumeRange(reminderLimits.preWorkoutAmountMl, draft.volumeUnit))
    case 'quietHours.start':
      return t('reminderSettings.errors.time', { example: formatPlanTime('22:00') })
    case 'quietHours.end':
      return t('reminderSettings.errors.time', { example: formatPlanTime('07:00') })
    default:
      return t('reminderSettings.errors.toggle')
  }
}
