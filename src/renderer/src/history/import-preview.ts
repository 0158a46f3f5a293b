/** What importing a file would do, worded before anything changes: what it adds, and what it does to settings. */
import type { ImportReport, SettingsChange } from '../../../core/transfer/data-transfer'
import type { Settings } from '../../../core/settings/settings'
import type { VolumeUnit } from '../../../core/settings/units'
import { formatKilograms } from '../format/number-format'
import { formatVolume } from '../format/volume'
import { t } from '../i18n/i18n'
import { addedItems, joinList } from './history-wording'
import '../i18n/history-strings'

type SettingsField = keyof Settings

// Settings told as one thing (the player's cues), and the name each setting goes by.
type FieldName =
  | 'units'
  | 'language'
  | 'dailyGoal'
  | 'glass'
  | 'bottle'
  | 'bodyWeight'
  | 'activeHours'
  | 'cues'
  | 'reminders'
  | 'workouts'
  | 'setup'
  | 'startAtLogin'
  | 'widget'
  | 'shortcuts'
const fieldNames: Readonly<Record<SettingsField, FieldName>> = {
  volumeUnit: 'units',
  language: 'language',
  dailyGoalMl: 'dailyGoal',
  glassMl: 'glass',
  bottleMl: 'bottle',
  bodyWeightKg: 'bodyWeight',
  activeHours: 'activeHours',
  soundCues: 'cues',
  spokenCues: 'cues',
  getReadySeconds: 'cues',
  cueVolumePercent: 'cues',
  flashCues: 'cues',
  reminders: 'reminders',
  workouts: 'workouts',
  setupCompleted: 'setup',
  startAtLogin: 'startAtLogin',
  widget: 'widget',
  shortcuts: 'shortcuts'
}

const weight = (weightKg: number | null): string =>
  weightKg === null ? t('history.importPreview.notGiven') : formatKilograms(weightKg)

const unitName = (unit: VolumeUnit): string => (unit === 'ml' ? t('settings.unitMl') : t('settings.unitFloz'))

/** One changed setting: "Daily goal: 2,000 ml → 2,500 ml", or just its name for settings with many parts. */
function changeLine(change: SettingsChange, unit: VolumeUnit): string {
  const name = t(`history.importPreview.field.${fieldNames[change.field]}`)
  const fromTo = (from: string, to: string): string => t('history.importPreview.fromTo', { name, from, to })
  switch (change.field) {
    case 'volumeUnit':
      return fromTo(unitName(change.current), unitName(change.incoming))
    case 'dailyGoalMl':
    case 'glassMl':
    case 'bottleMl':
      return fromTo(formatVolume(change.current, unit), formatVolume(change.incoming, unit))
    case 'bodyWeightKg':
      return fromTo(weight(change.current), weight(change.incoming))
    default:
      return name
  }
}

/** The changed settings, one line each (settings told as one thing appear once). */
export function settingsChangeLines(changes: readonly SettingsChange[], unit: VolumeUnit): string[] {
  return [...new Set(changes.map((change) => changeLine(change, unit)))]
}

/** "Importing this file would add 13 drinks and 3 cramps. Nothing already in your journal would change." */
export function importPreviewSummary(report: ImportReport): string {
  const added = addedItems(report)
  return [
    added.length > 0
      ? t('history.importPreview.wouldAdd', { items: joinList(added) })
      : t('history.importPreview.nothingToAdd'),
    t('history.importPreview.journalKept')
  ].join(' ')
}

/** The sentence before the list of settings changes, or the whole story when the list would be empty. */
export function settingsPreviewLead(report: ImportReport, restoreSettings: boolean): string {
  if (report.settingsChanges.length === 0) return t('history.importPreview.settingsSame')
  return restoreSettings ? t('history.importPreview.settingsWouldChange') : t('history.importPreview.settingsKept')
}
