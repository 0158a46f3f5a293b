import type { ReminderSettings } from '../../../core/reminders/reminders'
import { toMillilitres, type VolumeUnit } from '../../../core/settings/units'
import { hasTooManyDecimals, parseNumberInput, volumeInputValue } from '../format/volume'

/**
 * The reminder settings form while it is being edited: numbers as typed, plus the pre-workout amount's
 * exact millilitres (so an untouched fluid-ounce field saves its stored value unchanged).
 */
export interface ReminderDraft {
  readonly volumeUnit: VolumeUnit
  readonly hydrationEnabled: boolean
  /** Empty means automatic. */
  readonly intervalText: string
  readonly preWorkoutEnabled: boolean
  readonly preWorkoutLeadText: string
  readonly preWorkoutAmount: { readonly text: string; readonly amountMl: number | null }
  readonly electrolytesEnabled: boolean
  readonly electrolytesLeadText: string
  readonly electrolytesMinWorkoutText: string
  readonly warmUpEnabled: boolean
  readonly warmUpLeadText: string
  readonly coolDownEnabled: boolean
  readonly coolDownDelayText: string
  readonly quietEnabled: boolean
  readonly quietStart: string
  readonly quietEnd: string
}

/** A draft showing the stored reminder settings, volumes in the display unit. */
export function reminderDraftFromSettings(reminders: ReminderSettings, unit: VolumeUnit): ReminderDraft {
  return {
    volumeUnit: unit,
    hydrationEnabled: reminders.hydration.enabled,
    intervalText: reminders.hydration.intervalMinutes === null ? '' : String(reminders.hydration.intervalMinutes),
    preWorkoutEnabled: reminders.preWorkoutDrink.enabled,
    preWorkoutLeadText: String(reminders.preWorkoutDrink.leadMinutes),
    preWorkoutAmount: {
      text: volumeInputValue(reminders.preWorkoutDrink.amountMl, unit),
      amountMl: reminders.preWorkoutDrink.amountMl
    },
    electrolytesEnabled: reminders.electrolytes.enabled,
    electrolytesLeadText: String(reminders.electrolytes.leadMinutes),
    electrolytesMinWorkoutText: String(reminders.electrolytes.minWorkoutMinutes),
    warmUpEnabled: reminders.warmUp.enabled,
    warmUpLeadText: String(reminders.warmUp.leadMinutes),
    coolDownEnabled: reminders.coolDown.enabled,
    coolDownDelayText: String(reminders.coolDown.delayMinutes),
    quietEnabled: reminders.quietHours.enabled,
    quietStart: reminders.quietHours.start,
    quietEnd: reminders.quietHours.end
  }
}

/** Records the pre-workout amount as typed in the display unit. */
export function withPreWorkoutAmountText(draft: ReminderDraft, text: string): ReminderDraft {
  const value = parseNumberInput(text)
  // Too many decimals stays as typed, so the service refuses it instead of a rounded amount being saved.
  const usable = value !== null && !hasTooManyDecimals(text, draft.volumeUnit)
  return {
    ...draft,
    preWorkoutAmount: { text, amountMl: usable ? toMillilitres(value, draft.volumeUnit) : null }
  }
}

/** A typed number, or the text itself when it is not one (the service then names the field). */
const numberOrText = (text: string): number | string => parseNumberInput(text) ?? text

/**
 * The full reminder settings to send. Do not disturb is not on this form (it has its own checkbox that
 * saves at once), so the caller passes the stored value and a save never undoes it.
 */
export function remindersToSend(draft: ReminderDraft, doNotDisturb: boolean): ReminderSettings {
  const interval = draft.intervalText.trim()
  return {
    hydration: { enabled: draft.hydrationEnabled, intervalMinutes: interval === '' ? null : numberOrText(interval) },
    preWorkoutDrink: {
      enabled: draft.preWorkoutEnabled,
      leadMinutes: numberOrText(draft.preWorkoutLeadText),
      amountMl: draft.preWorkoutAmount.amountMl ?? draft.preWorkoutAmount.text
    },
    electrolytes: {
      enabled: draft.electrolytesEnabled,
      leadMinutes: numberOrText(draft.electrolytesLeadText),
      minWorkoutMinutes: numberOrText(draft.electrolytesMinWorkoutText)
    },
    warmUp: { enabled: draft.warmUpEnabled, leadMinutes: numberOrText(draft.warmUpLeadText) },
    coolDown: { enabled: draft.coolDownEnabled, delayMinutes: numberOrText(draft.coolDownDelayText) },
    quietHours: { enabled: draft.quietEnabled, start: draft.quietStart, end: draft.quietEnd },
    doNotDisturb
  } as ReminderSettings
}
