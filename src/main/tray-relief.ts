import type { MenuItemConstructorOptions } from 'electron'
import type { AppState } from '../contract/state'
import { builtInRoutine } from '../core/routines/builtin-routines'
import { routineLimits, type Routine } from '../core/routines/routine'
import { routineSafetyNote } from '../core/health/sources'
import { translator } from '../core/text/catalogue'
import { localizeRoutine } from '../core/text/routine-text'
import { menuText } from './tray-format'

/** The routine the relief guide walks through. */
export const reliefRoutineId = 'cramp-relief'

/** What the relief guide's items do. */
export interface TrayReliefActions {
  /** Starts a routine (at a step when given) and shows it in the player. */
  startRoutine(routineId: string, atStep?: number): void
  showWhenToSeeADoctor(): void
  /** Opens the window at the cramp log. */
  logCramp(): void
}

/** A native message box's words. */
export interface TrayMessage {
  readonly title: string
  readonly message: string
  readonly detail: string
}

/** The relief routine as the person has it (their edit of it, if any), else as Limber ships it; in `locale`'s words. */
function reliefRoutine(state: AppState, locale: string | undefined): Routine | undefined {
  const routine =
    state.routines.find((candidate) => candidate.id === reliefRoutineId) ?? builtInRoutine(reliefRoutineId)
  return routine && localizeRoutine(routine, locale)
}

/** "I have a cramp": one click starts the relief routine from its first step and opens the player. */
export function crampNowItem(actions: TrayReliefActions, locale: string | undefined): MenuItemConstructorOptions {
  const label = translator(locale)('tray.crampNow')
  return { id: 'cramp-now', label, click: () => actions.startRoutine(reliefRoutineId, 0) }
}

/**
 * "Quick relief guide": one item per step of the cramp-relief routine, in order (stop, stretch,
 * massage, warmth, then ice later), each starting the routine at that step; then "Log a cramp" and
 * "When to see a doctor".
 */
export function reliefGuideItem(
  state: AppState,
  actions: TrayReliefActions,
  locale: string | undefined
): MenuItemConstructorOptions {
  const t = translator(locale)
  const steps = reliefRoutine(state, locale)?.steps.slice(0, routineLimits.steps.max) ?? []
  return {
    id: 'relief-guide',
    label: t('tray.reliefGuide'),
    submenu: [
      ...steps.map((step, index): MenuItemConstructorOptions => ({
        id: `relief-step-${index}`,
        label: menuText(step.name),
        click: () => actions.startRoutine(reliefRoutineId, index)
      })),
      { type: 'separator' },
      { id: 'log-cramp', label: t('tray.logCramp'), click: () => actions.logCramp() },
      { id: 'when-to-see-a-doctor', label: t('tray.whenToSeeADoctor'), click: () => actions.showWhenToSeeADoctor() }
    ]
  }
}

/**
 * The red flags from the relief routine as Limber ships it (an edit of the routine never changes
 * them), with the general-guidance note.
 */
export function whenToSeeADoctorMessage(locale?: string): TrayMessage {
  const shipped = builtInRoutine(reliefRoutineId)
  const safetyNote = shipped && localizeRoutine(shipped, locale).safetyNote
  const title = translator(locale)('tray.whenToSeeADoctor')
  return { title, message: title, detail: routineSafetyNote(safetyNote, locale).join('\n\n') }
}
