import type { CallInput } from '../../../contract/contract'
import type { AppState } from '../../../contract/state'
import type { ReminderSettings } from '../../../core/reminders/reminders'
import type { Settings } from '../../../core/settings/settings'
import { settingsLimits } from '../../../core/settings/settings-limits'
import { parseNumberInput, volumeInputValue } from '../format/volume'
import { emptyWorkoutDraft, workoutToAdd, type WorkoutDraft } from '../reminders/workout-draft'
import { draftFromSettings, settingsToSend, type SettingsDraft } from '../settings/settings-draft'
import { workoutFit, withWorkoutFit } from './setup-fit'

/** The reminder kinds the setup offers, in the order it lists them (keys of ReminderSettings). */
export const setupReminderKinds = ['hydration', 'preWorkoutDrink', 'warmUp', 'coolDown', 'electrolytes'] as const
/** One reminder kind the setup switches on or off. */
export type SetupReminderKind = (typeof setupReminderKinds)[number]

/** The setup's steps, in order. */
export const setupSteps = ['units', 'hours', 'goal', 'workout', 'reminders'] as const
/** One step of the setup. */
export type SetupStep = (typeof setupSteps)[number]

/** Everything the setup collects before it saves it in one go. */
export interface SetupDraft {
  /** Units, body weight, the daily goal and active hours, edited with the Settings form's own helpers. */
  readonly settings: SettingsDraft
  /** False for "No workout to plan yet": the workout fields are then neither checked nor sent. */
  readonly planWorkout: boolean
  readonly workout: WorkoutDraft
  /** When the workout's reminders would be held back: fit the reminder hours to it (on unless unticked). */
  readonly fitHours: boolean
  readonly reminders: Readonly<Record<SetupReminderKind, boolean>>
  readonly startAtLogin: boolean
}

/** A draft showing the stored settings, with a blank weekly run as the workout to plan. */
export function setupDraftFromSettings(settings: Settings, todayKey: string): SetupDraft {
  return {
    settings: draftFromSettings(settings),
    planWorkout: false,
    workout: emptyWorkoutDraft(todayKey),
    fitHours: true,
    reminders: Object.fromEntries(
      setupReminderKinds.map((kind) => [kind, settings.reminders[kind].enabled])
    ) as SetupDraft['reminders'],
    startAtLogin: settings.startAtLogin
  }
}

/** The body weight typed in, when it is a number the settings accept; otherwise null (no weight). */
export function bodyWeightOf(draft: SetupDraft): number | null {
  const weightKg = parseNumberInput(draft.settings.bodyWeightText)
  const { min, max } = settingsLimits.bodyWeightKg
  return weightKg !== null && weightKg >= min && weightKg <= max ? weightKg : null
}

/** Sets the daily goal to exact millilitres, shown in the chosen unit (so 2,450 ml stays 2,450 after fl oz). */
export function withDailyGoalMl(draft: SetupDraft, goalMl: number): SetupDraft {
  const dailyGoalMl = { text: volumeInputValue(goalMl, draft.settings.volumeUnit), amountMl: goalMl }
  return { ...draft, settings: { ...draft.settings, volumes: { ...draft.settings.volumes, dailyGoalMl } } }
}

/** Switches one reminder kind on or off. */
export function withReminder(draft: SetupDraft, kind: SetupReminderKind, enabled: boolean): SetupDraft {
  return { ...draft, reminders: { ...draft.reminders, [kind]: enabled } }
}

/** The stored reminder settings with the setup's on/off choices; leads, amounts and quiet hours stay as they are. */
function remindersToSend(current: ReminderSettings, chosen: SetupDraft['reminders']): ReminderSettings {
  return {
    ...current,
    hydration: { ...current.hydration, enabled: chosen.hydration },
    preWorkoutDrink: { ...current.preWorkoutDrink, enabled: chosen.preWorkoutDrink },
    warmUp: { ...current.warmUp, enabled: chosen.warmUp },
    coolDown: { ...current.coolDown, enabled: chosen.coolDown },
    electrolytes: { ...current.electrolytes, enabled: chosen.electrolytes }
  }
}

/**
 * The one update "Finish setup" sends: the setup's fields, the new workout after the ones already planned (with
 * the reminder hours fitted to it when asked), start-at-login only in the desktop app, and setup marked done. `current` is the latest stored settings,
 * so reminder details and workouts changed elsewhere meanwhile are kept.
 */
export function setupToSend(
  draft: SetupDraft,
  current: Settings,
  mode: AppState['mode'],
  workoutId: string,
  nowMs: number = Date.now()
): CallInput<'updateSettings'> {
  // The Settings form's conversion, so a typed value that is not a number reaches the service as typed.
  const { volumeUnit, dailyGoalMl, bodyWeightKg, activeHours } = settingsToSend(draft.settings)
  const reminders = remindersToSend(current.reminders, draft.reminders)
  const workout = draft.planWorkout ? workoutToAdd(draft.workout, workoutId) : null
  const planned = { ...current, activeHours: activeHours ?? current.activeHours, reminders }
  const withWorkout = workout ? { ...planned, workouts: [...current.workouts, workout] } : planned
  const fit = workout && draft.fitHours ? workoutFit(withWorkout, workout, nowMs) : null
  const fitted = workout && fit ? withWorkoutFit(withWorkout, workout, fit) : withWorkout
  return {
    volumeUnit,
    dailyGoalMl,
    bodyWeightKg,
    activeHours: fitted.activeHours,
    reminders: fitted.reminders,
    ...(workout ? { workouts: fitted.workouts } : {}),
    ...(mode === 'desktop' ? { startAtLogin: draft.startAtLogin } : {}),
    setupCompleted: true
  }
}
