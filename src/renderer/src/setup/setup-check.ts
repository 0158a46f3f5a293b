import type { InputIssue } from '../../../contract/contract'
import { t } from '../i18n/i18n'
import {
  checkWorkoutDraft,
  workoutErrorMessage,
  workoutFieldId,
  workoutFieldKeys,
  workoutKeyOfIssue,
  type WorkoutFieldKey
} from '../reminders/workout-draft'
import {
  checkDraft,
  fieldKeyOfIssue,
  settingsErrorMessage,
  settingsFieldId,
  settingsFieldKeys
} from '../settings/settings-check'
import { setupReminderKinds, setupSteps, type SetupDraft, type SetupStep } from './setup-draft'
import '../i18n/setup-strings'

const reminderKey = (kind: string): string => `reminders.${kind}`

/** Every place a setup error can be shown, per step, in the order the step shows them (the first gets focus). */
export const setupStepKeys: Readonly<Record<SetupStep, readonly string[]>> = {
  units: ['volumeUnit'],
  hours: settingsFieldKeys.filter((key) => key.startsWith('activeHours.')),
  goal: ['bodyWeightKg', 'dailyGoalMl'],
  workout: workoutFieldKeys,
  reminders: [...setupReminderKinds.map(reminderKey), 'startAtLogin']
}

/** Every setup field key, step by step. */
export const setupFieldKeys: readonly string[] = setupSteps.flatMap((step) => setupStepKeys[step])

const isWorkoutKey = (key: string): key is WorkoutFieldKey => (workoutFieldKeys as readonly string[]).includes(key)

/** The step that shows a field. */
export const stepOfKey = (key: string): SetupStep =>
  setupSteps.find((step) => setupStepKeys[step].includes(key)) ?? 'units'

/** The UX pre-check of one step; the service still checks everything when setup is finished. */
export function checkSetupStep(draft: SetupDraft, step: SetupStep, plannedCount: number): string[] {
  const keys = setupStepKeys[step]
  if (step === 'workout') return draft.planWorkout ? checkWorkoutDraft(draft.workout, plannedCount) : []
  if (step === 'reminders') return []
  const invalid = checkDraft(draft.settings)
  return keys.filter((key) => invalid.includes(key))
}

/** The pre-check of every step, in step order. */
export function checkSetupDraft(draft: SetupDraft, plannedCount: number): string[] {
  return setupSteps.flatMap((step) => checkSetupStep(draft, step, plannedCount))
}

/**
 * Where a service issue belongs in the setup, or null when no field shows it (it is then reported for the
 * whole setup). The new workout is number `plannedCount` in the list sent.
 */
export function setupKeyOfIssue(issue: InputIssue, draft: SetupDraft, plannedCount: number): string | null {
  const [head, second] = issue.field.split('.')
  if (head === 'workouts') return draft.planWorkout ? workoutKeyOfIssue(issue, plannedCount, draft.workout) : null
  if (head === 'reminders') {
    const kind = setupReminderKinds.find((each) => each === second)
    return kind ? reminderKey(kind) : null
  }
  if (head === 'startAtLogin') return 'startAtLogin'
  const key = fieldKeyOfIssue(issue)
  return key !== null && setupFieldKeys.includes(key) ? key : null
}

/** Our own words for what is wrong with a setup field, in the unit the setup shows. */
export function setupErrorMessage(key: string, draft: SetupDraft): string {
  if (isWorkoutKey(key)) return workoutErrorMessage(key, draft.workout)
  if (key === 'startAtLogin' || key.startsWith('reminders.')) return t('setup.reminders.error')
  return settingsErrorMessage(key, draft.settings)
}

/** The DOM id of a setup field: the Settings form's and the workout form's ids, so their helpers fit. */
export function setupFieldId(key: string): string {
  if (isWorkoutKey(key)) return workoutFieldId(key)
  if (key === 'startAtLogin' || key.startsWith('reminders.')) return `setup-${key.replaceAll('.', '-')}`
  return settingsFieldId(key)
}

/** Moves focus to a field; for a radio or checkbox group, to its checked (or first) input. */
export function focusSetupField(key: string): void {
  const element = document.getElementById(setupFieldId(key))
  const target =
    element instanceof HTMLFieldSetElement ? element.querySelector<HTMLElement>('input:checked, input') : element
  target?.focus()
}
