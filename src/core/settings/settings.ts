import { z } from 'zod'
import { clockTimePattern, settingsLimits } from './settings-limits'
import { clockTimeToMinutes } from '../time/local-date'
import { volumeUnits } from './units'
import { volumeDefaults } from './volume-defaults'
import { weekdays, type Weekday } from '../time/weekdays'
import { defaultReminderSettings, ReminderSettingsSchema, WorkoutPlanSchema } from '../reminders/reminder-schema'
import { reminderLimits } from '../reminders/reminders'

const intBetween = ({ min, max }: { readonly min: number; readonly max: number }) => z.number().int().min(min).max(max)

/** A `HH:MM` clock time. */
export const ClockTime = z.string().regex(clockTimePattern, 'Use a 24-hour time such as 08:30')

/** The hours of one weekday in which Limber may remind; an end before the start runs past midnight (a night shift). */
export const ActiveDay = z
  .object({ enabled: z.boolean(), start: ClockTime, end: ClockTime })
  .strict()
  .refine((day) => clockTimeToMinutes(day.start) !== clockTimeToMinutes(day.end), {
    message: 'The end must differ from the start (an end before the start runs past midnight)',
    path: ['end']
  })
/** Active hours of one weekday. */
export type ActiveDay = z.infer<typeof ActiveDay>

/** Active hours for every weekday. */
export const ActiveHours = z
  .object(Object.fromEntries(weekdays.map((day) => [day, ActiveDay])) as Record<Weekday, typeof ActiveDay>)
  .strict()
/** Active hours keyed by weekday. */
export type ActiveHours = z.infer<typeof ActiveHours>

/**
 * A global shortcut in Electron's accelerator syntax: modifiers and one key joined by "+", such as
 * "CommandOrControl+Alt+W". At least one modifier, so a shortcut never steals plain typing.
 */
export const Accelerator = z
  .string()
  .max(60)
  .regex(
    /^((CommandOrControl|CmdOrCtrl|Command|Cmd|Control|Ctrl|Alt|Option|AltGr|Shift|Super|Meta)\+)+([A-Z0-9]|F([1-9]|1\d|2[0-4])|Plus|Space|Tab|Up|Down|Left|Right|Home|End|PageUp|PageDown|Insert|Delete)$/,
    'Use modifiers and one key, such as CommandOrControl+Alt+W'
  )

/** The window's language: follow the system's, or one chosen in Settings. */
export const languageChoices = ['system', 'en', 'de'] as const
/** A language choice. */
export type LanguageChoice = (typeof languageChoices)[number]

/** Each field of the settings document, validated on its own so a bad field never costs the good ones. */
export const settingsFields = {
  volumeUnit: z.enum(volumeUnits),
  /** The window's language ("system": the system's, when Limber has it; English otherwise). */
  language: z.enum(languageChoices),
  dailyGoalMl: intBetween(settingsLimits.dailyGoalMl),
  glassMl: intBetween(settingsLimits.glassMl),
  bottleMl: intBetween(settingsLimits.bottleMl),
  bodyWeightKg: z.number().min(settingsLimits.bodyWeightKg.min).max(settingsLimits.bodyWeightKg.max).nullable(),
  activeHours: ActiveHours,
  /** Beeps for the last seconds, switch sides and done in the routine player. */
  soundCues: z.boolean(),
  /** Step names spoken aloud (speech synthesis) in the routine player. */
  spokenCues: z.boolean(),
  /** The "get ready" countdown before a routine's first step and after each switch of sides (0: none). */
  getReadySeconds: intBetween(settingsLimits.getReadySeconds),
  /** Loudness of the player's beeps and speech, 0–100 %. */
  cueVolumePercent: intBetween(settingsLimits.cueVolumePercent),
  /** A visual flash at each step change and in the last 3 seconds (never under reduced motion). */
  flashCues: z.boolean(),
  reminders: ReminderSettingsSchema,
  workouts: z.array(WorkoutPlanSchema).max(reminderLimits.workouts.max),
  /** The first-run setup was finished or skipped (it can be run again from Settings). */
  setupCompleted: z.boolean(),
  /** Start Limber in the tray when the user logs in (desktop app only). */
  startAtLogin: z.boolean(),
  /** The small always-on-top widget (desktop app; a compact page in browser mode). */
  widget: z.object({ enabled: z.boolean() }).strict(),
  /** Optional global shortcuts, off by default; accelerators in Electron's syntax. */
  shortcuts: z
    .object({ enabled: z.boolean(), logGlass: Accelerator, crampRelief: Accelerator })
    .strict()
    .refine((shortcuts) => shortcuts.logGlass !== shortcuts.crampRelief, {
      message: 'The two shortcuts must be different',
      path: ['crampRelief']
    })
} as const

/** The whole settings document as the service holds it. */
export const Settings = z.object(settingsFields).strict()
/** The user's settings. */
export type Settings = z.infer<typeof Settings>

/** A change to some settings; unknown keys are refused. */
export const SettingsPatch = Settings.partial().strict()
/** A partial settings update. */
export type SettingsPatch = z.infer<typeof SettingsPatch>

/** Global shortcuts as offered, switched off. */
export const defaultShortcuts = (): Settings['shortcuts'] => ({
  enabled: false,
  logGlass: 'CommandOrControl+Alt+W',
  crampRelief: 'CommandOrControl+Alt+C'
})

const defaultDay: ActiveDay = { enabled: true, start: '08:00', end: '21:00' }

/** Settings for a new user: about two litres a day (the eight-glasses guideline, rounded). */
export function defaultSettings(): Settings {
  return {
    volumeUnit: 'ml',
    language: 'system',
    ...volumeDefaults.ml,
    bodyWeightKg: null,
    activeHours: Object.fromEntries(weekdays.map((day) => [day, { ...defaultDay }])) as ActiveHours,
    soundCues: true,
    spokenCues: false,
    getReadySeconds: 5,
    cueVolumePercent: 80,
    flashCues: true,
    reminders: defaultReminderSettings(),
    workouts: [],
    setupCompleted: false,
    startAtLogin: false,
    widget: { enabled: false },
    shortcuts: defaultShortcuts()
  }
}
