import type { InputIssue } from '../../../contract/contract'
import { clockTimePattern, settingsLimits } from '../../../core/settings/settings-limits'
import { clockTimeToMinutes } from '../../../core/time/local-date'
import { formatKilograms, formatTimeOfDay, numberFormat } from '../format/number-format'
import { formatVolumeRange, hasTooManyDecimals, parseNumberInput, tooManyDecimalsMessage } from '../format/volume'
import { t } from '../i18n/i18n'
import { displayWeekdays, volumeFields, type SettingsDraft } from './settings-draft'

/** The Desktop fieldset's fields, in the order it shows them. */
export const desktopFieldKeys = ['startAtLogin', 'shortcuts.enabled', 'shortcuts.logGlass', 'shortcuts.crampRelief']

/** Every place a settings error can be shown, in the order the form shows them (the first gets focus). */
export const settingsFieldKeys: readonly string[] = [
  'volumeUnit',
  ...volumeFields,
  'bodyWeightKg',
  ...displayWeekdays.flatMap((day) => [
    `activeHours.${day}.enabled`,
    `activeHours.${day}.start`,
    `activeHours.${day}.end`
  ]),
  ...desktopFieldKeys
]

/** The DOM id of a settings field, such as "settings-activeHours-mon-end". */
export const settingsFieldId = (key: string): string => `settings-${key.replaceAll('.', '-')}`

const isClockTime = (text: string): boolean => clockTimePattern.test(text)

// Modifiers and a key joined by "+". Looser than the service's Accelerator schema on purpose: it must never
// refuse what the service accepts, and checking the key names is left to the service (and keeps zod out of
// this chunk).
const looksLikeAccelerator = (text: string): boolean => /^[^\s+]+(\+[^\s+]+)+$/.test(text.trim())
const sameShortcuts = ({ logGlass, crampRelief }: SettingsDraft['shortcuts']): boolean =>
  logGlass.trim() === crampRelief.trim()

/** The UX pre-check against settingsLimits; the service still checks everything on save. */
export function checkDraft(draft: SettingsDraft): string[] {
  const invalid = new Set<string>()
  for (const field of volumeFields) {
    const { amountMl } = draft.volumes[field]
    const { min, max } = settingsLimits[field]
    if (amountMl === null || amountMl < min || amountMl > max) invalid.add(field)
  }
  if (draft.bodyWeightText.trim() !== '') {
    const weightKg = parseNumberInput(draft.bodyWeightText)
    const { min, max } = settingsLimits.bodyWeightKg
    if (weightKg === null || weightKg < min || weightKg > max) invalid.add('bodyWeightKg')
  }
  for (const day of displayWeekdays) {
    const { start, end } = draft.activeHours[day]
    if (!isClockTime(start)) invalid.add(`activeHours.${day}.start`)
    // An end before the start runs past midnight (a night shift); only an end equal to the start is no window.
    if (!isClockTime(end) || (isClockTime(start) && clockTimeToMinutes(end) === clockTimeToMinutes(start))) {
      invalid.add(`activeHours.${day}.end`)
    }
  }
  // Checked even while shortcuts are off: the service stores (and so validates) them either way.
  if (!looksLikeAccelerator(draft.shortcuts.logGlass)) invalid.add('shortcuts.logGlass')
  if (!looksLikeAccelerator(draft.shortcuts.crampRelief) || sameShortcuts(draft.shortcuts)) {
    invalid.add('shortcuts.crampRelief')
  }
  return settingsFieldKeys.filter((key) => invalid.has(key))
}

/** The shortcut fields whose errors a change may fix; cramp relief must differ from log a glass, so both go. */
export function shortcutKeysTouchedBy(change: Partial<SettingsDraft['shortcuts']>): string[] {
  const touched = Object.keys(change).map((part) => `shortcuts.${part}`)
  return 'logGlass' in change ? [...touched, 'shortcuts.crampRelief'] : touched
}

/** Where a service issue belongs in the form, or null when no field matches (it is then shown for the whole form). */
export function fieldKeyOfIssue(issue: InputIssue): string | null {
  const dayMatch = /^activeHours\.(\w+)(?:\.(\w+))?$/.exec(issue.field)
  if (dayMatch) {
    const [, day, part] = dayMatch
    const key = part === 'start' || part === 'end' ? `activeHours.${day}.${part}` : `activeHours.${day}.enabled`
    return settingsFieldKeys.includes(key) ? key : null
  }
  // An issue with the shortcuts as a whole (not one accelerator) goes on their on/off switch.
  if (issue.field === 'shortcuts') return 'shortcuts.enabled'
  return settingsFieldKeys.includes(issue.field) ? issue.field : null
}

/** The range a volume field must be in, in the unit the form shows. */
function volumeRangeMessage(key: (typeof volumeFields)[number], draft: SettingsDraft): string {
  switch (key) {
    case 'dailyGoalMl':
      return t('settings.errors.dailyGoal', formatVolumeRange(settingsLimits.dailyGoalMl, draft.volumeUnit))
    case 'glassMl':
      return t('settings.errors.glass', formatVolumeRange(settingsLimits.glassMl, draft.volumeUnit))
    case 'bottleMl':
      return t('settings.errors.bottle', formatVolumeRange(settingsLimits.bottleMl, draft.volumeUnit))
  }
}

/** Our own words for what is wrong with a field, in the unit the form shows. */
export function settingsErrorMessage(key: string, draft: SettingsDraft): string {
  switch (key) {
    case 'volumeUnit':
      return t('settings.errors.volumeUnit')
    case 'dailyGoalMl':
    case 'glassMl':
    case 'bottleMl':
      return hasTooManyDecimals(draft.volumes[key].text, draft.volumeUnit)
        ? tooManyDecimalsMessage(draft.volumeUnit)
        : volumeRangeMessage(key, draft)
    case 'bodyWeightKg': {
      const { min, max } = settingsLimits.bodyWeightKg
      return t('settings.errors.bodyWeight', { min: numberFormat({}).format(min), max: formatKilograms(max) })
    }
    case 'startAtLogin':
    case 'shortcuts.enabled':
      return t('settings.errors.desktopChoice')
    case 'shortcuts.logGlass':
      return t('settings.errors.shortcut')
    case 'shortcuts.crampRelief':
      return looksLikeAccelerator(draft.shortcuts.crampRelief) && sameShortcuts(draft.shortcuts)
        ? t('settings.errors.shortcutsSame')
        : t('settings.errors.shortcut')
  }
  const [, day = 'mon', part] = key.split('.') as [string, (typeof displayWeekdays)[number], string]
  const dayName = t(`weekdays.${day}`)
  const { start, end } = draft.activeHours[day]
  if (part === 'enabled') return t('settings.errors.day', { day: dayName })
  if (part === 'end' && isClockTime(start) && isClockTime(end))
    return t('settings.errors.endAfterStart', { day: dayName })
  return t('settings.errors.time', { example: formatTimeOfDay('08:30') })
}

/** Moves focus to a field; for the units radio group, to its checked radio. */
export function focusSettingsField(key: string): void {
  const element = document.getElementById(settingsFieldId(key))
  const target =
    element instanceof HTMLFieldSetElement ? element.querySelector<HTMLElement>('input:checked, input') : element
  target?.focus()
}
