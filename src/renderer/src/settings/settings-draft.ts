import type { CallInput } from '../../../contract/contract'
import type { ActiveDay, ActiveHours, Settings } from '../../../core/settings/settings'
import { toMillilitres, type VolumeUnit } from '../../../core/settings/units'
import { volumeAfterUnitSwitch } from '../../../core/settings/volume-defaults'
import type { Weekday } from '../../../core/time/weekdays'
import { hasTooManyDecimals, parseNumberInput, volumeInputValue } from '../format/volume'

/** The settings kept in millilitres, shown in the chosen unit. */
export const volumeFields = ['dailyGoalMl', 'glassMl', 'bottleMl'] as const
/** One volume setting's key. */
export type VolumeField = (typeof volumeFields)[number]

/** Weekdays in display order: Monday first. */
export const displayWeekdays = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const satisfies readonly Weekday[]

/**
 * A volume as typed, plus the millilitres it stands for. Keeping the exact millilitres means an untouched
 * field saves its stored value unchanged, and ml → fl oz → ml gives back the same number.
 */
export interface VolumeDraft {
  readonly text: string
  readonly amountMl: number | null
}

/** The settings form while it is being edited. */
export interface SettingsDraft {
  readonly volumeUnit: VolumeUnit
  readonly volumes: Readonly<Record<VolumeField, VolumeDraft>>
  readonly bodyWeightText: string
  readonly activeHours: ActiveHours
  readonly startAtLogin: boolean
  /** Accelerators as typed. */
  readonly shortcuts: Settings['shortcuts']
}

const volumeDraft = (amountMl: number, unit: VolumeUnit): VolumeDraft => ({
  text: volumeInputValue(amountMl, unit),
  amountMl
})

const mapVolumes = (
  volumes: SettingsDraft['volumes'],
  change: (draft: VolumeDraft, field: VolumeField) => VolumeDraft
): SettingsDraft['volumes'] =>
  Object.fromEntries(volumeFields.map((field) => [field, change(volumes[field], field)])) as SettingsDraft['volumes']

/** A draft showing the stored settings. */
export function draftFromSettings(settings: Settings): SettingsDraft {
  const unit = settings.volumeUnit
  return {
    volumeUnit: unit,
    volumes: {
      dailyGoalMl: volumeDraft(settings.dailyGoalMl, unit),
      glassMl: volumeDraft(settings.glassMl, unit),
      bottleMl: volumeDraft(settings.bottleMl, unit)
    },
    bodyWeightText: settings.bodyWeightKg === null ? '' : String(settings.bodyWeightKg),
    activeHours: settings.activeHours,
    startAtLogin: settings.startAtLogin,
    shortcuts: settings.shortcuts
  }
}

/**
 * Switches the display unit and converts every volume the form shows (text that is not a number stays as typed).
 * A volume still at the old unit's default takes the new unit's (250 ml → an 8 fl oz glass, not 8.5 fl oz).
 */
export function withVolumeUnit(draft: SettingsDraft, unit: VolumeUnit): SettingsDraft {
  const volumes = mapVolumes(draft.volumes, (volume, field) =>
    volume.amountMl === null
      ? volume
      : volumeDraft(volumeAfterUnitSwitch(field, volume.amountMl, draft.volumeUnit, unit), unit)
  )
  return { ...draft, volumeUnit: unit, volumes }
}

/** The volumes a unit switch moved from one unit's default to the other's (a plain conversion keeps the millilitres). */
export const volumesSwitchedToDefaults = (before: SettingsDraft, after: SettingsDraft): VolumeField[] =>
  volumeFields.filter((field) => before.volumes[field].amountMl !== after.volumes[field].amountMl)

/** Records what was typed into a volume field, in the display unit. */
export function withVolumeText(draft: SettingsDraft, field: VolumeField, text: string): SettingsDraft {
  const value = parseNumberInput(text)
  // Too many decimals stays as typed, so the service refuses it instead of a rounded amount being saved.
  const amountMl =
    value === null || hasTooManyDecimals(text, draft.volumeUnit) ? null : toMillilitres(value, draft.volumeUnit)
  return { ...draft, volumes: { ...draft.volumes, [field]: { text, amountMl } } }
}

/** Changes part of one weekday's active hours. */
export function withActiveDay(draft: SettingsDraft, day: Weekday, change: Partial<ActiveDay>): SettingsDraft {
  return { ...draft, activeHours: { ...draft.activeHours, [day]: { ...draft.activeHours[day], ...change } } }
}

/** Gives every weekday Monday's active hours (and whether it is on). */
export function withMondayEverywhere(draft: SettingsDraft): SettingsDraft {
  const monday = draft.activeHours.mon
  const activeHours = Object.fromEntries(displayWeekdays.map((day) => [day, { ...monday }])) as ActiveHours
  return { ...draft, activeHours }
}

/** Changes the global shortcuts: switched on or off, or an accelerator as typed. */
export function withShortcuts(draft: SettingsDraft, change: Partial<Settings['shortcuts']>): SettingsDraft {
  return { ...draft, shortcuts: { ...draft.shortcuts, ...change } }
}

/**
 * The full settings to send. A field that is not a number goes as typed, so the service refuses the
 * whole update with an issue naming that field instead of quietly saving something else.
 */
export function settingsToSend(draft: SettingsDraft): CallInput<'updateSettings'> {
  const volume = (field: VolumeField): number | string => draft.volumes[field].amountMl ?? draft.volumes[field].text
  const weightText = draft.bodyWeightText.trim()
  return {
    volumeUnit: draft.volumeUnit,
    dailyGoalMl: volume('dailyGoalMl'),
    glassMl: volume('glassMl'),
    bottleMl: volume('bottleMl'),
    bodyWeightKg: weightText === '' ? null : (parseNumberInput(weightText) ?? weightText),
    activeHours: draft.activeHours,
    startAtLogin: draft.startAtLogin,
    // Spaces around an accelerator are never meant; anything else goes as typed for the service to judge.
    shortcuts: {
      ...draft.shortcuts,
      logGlass: draft.shortcuts.logGlass.trim(),
      crampRelief: draft.shortcuts.crampRelief.trim()
    }
  } as CallInput<'updateSettings'>
}
