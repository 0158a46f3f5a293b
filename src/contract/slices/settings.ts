import { SettingsPatch, type Settings } from '../../core/settings/settings'
import { command, slice, type Done } from '../call'

/** The person's settings (workouts and reminder hours included). */
export interface SettingsState {
  readonly settings: Settings
}

export const settingsSlice = slice({
  state: ['settings'] satisfies (keyof SettingsState)[],
  calls: {
    /** Changes some settings; refused whole when any field is wrong. */
    updateSettings: command<Done>()(SettingsPatch)
  }
})
