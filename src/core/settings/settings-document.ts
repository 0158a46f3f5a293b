import type { DocumentDefinition, Migration } from '../journal/document'
import { ActiveDay, defaultSettings, defaultShortcuts, settingsFields, type Settings } from './settings'
import { weekdays } from '../time/weekdays'

/**
 * Numbered settings migrations. Version 1 (the first prototype) kept one active-hours window for
 * every day; version 2 keeps one per weekday so reminders can follow a working week.
 */
export const settingsMigrations: readonly Migration[] = [
  {
    to: 2,
    migrate: (previous) => {
      const window = previous.activeHours as { start?: unknown; end?: unknown } | undefined
      if (!window || typeof window !== 'object' || !('start' in window)) return previous
      const day = { enabled: true, start: window.start, end: window.end }
      return { ...previous, activeHours: Object.fromEntries(weekdays.map((weekday) => [weekday, { ...day }])) }
    }
  },
  {
    // Version 3 added first-run setup, start at login, the widget and global shortcuts. Someone with a
    // settings file has used Limber already, so setup counts as done; the rest start as a new user's.
    to: 3,
    migrate: (previous) => ({
      setupCompleted: true,
      startAtLogin: false,
      widget: { enabled: false },
      shortcuts: defaultShortcuts(),
      ...previous
    })
  },
  {
    // Version 4 added the player's get-ready countdown, cue volume and visual flash.
    to: 4,
    migrate: (previous) => ({ getReadySeconds: 5, cueVolumePercent: 80, flashCues: true, ...previous })
  },
  {
    // Version 5 records when each planned workout was added. Nothing said so before: existing workouts count
    // from the upgrade on, so History does not report workouts "planned" for weeks before the plan existed.
    to: 5,
    migrate: (previous, { nowMs }) => {
      const workouts = previous.workouts
      if (!Array.isArray(workouts) || nowMs === undefined) return previous
      return {
        ...previous,
        workouts: workouts.map((workout: unknown) =>
          typeof workout === 'object' && workout !== null && !('addedAtMs' in workout)
            ? { ...workout, addedAtMs: nowMs }
            : workout
        )
      }
    }
  },
  {
    // Version 6 lets the window's language be chosen; older files follow the system's, as the window did before.
    to: 6,
    migrate: (previous) => ({ language: 'system', ...previous })
  }
]

/** Keeps each valid settings field (and each valid weekday of the active hours); defaults fill the rest. */
function salvageSettings(candidate: Record<string, unknown>): { value: Settings; dropped: string[] } {
  const value = defaultSettings()
  const dropped: string[] = []
  for (const key of Object.keys(settingsFields) as (keyof Settings)[]) {
    if (!(key in candidate)) continue
    const parsed = settingsFields[key].safeParse(candidate[key])
    if (parsed.success) {
      Object.assign(value, { [key]: parsed.data })
    } else if (key === 'activeHours') {
      const days = candidate.activeHours
      for (const weekday of weekdays) {
        const day = ActiveDay.safeParse(
          typeof days === 'object' && days ? (days as Record<string, unknown>)[weekday] : undefined
        )
        if (day.success) value.activeHours[weekday] = day.data
        else dropped.push(`activeHours.${weekday}`)
      }
    } else {
      dropped.push(key)
    }
  }
  return { value, dropped }
}

/** The settings document: schema version 6. */
export const settingsDocument: DocumentDefinition<Settings> = {
  name: 'settings',
  currentVersion: 6,
  migrations: settingsMigrations,
  defaults: defaultSettings,
  salvage: salvageSettings
}
