import type { Side } from '../core/routine'
import type { VolumeUnit } from '../core/units'

/** The tray's English strings, in one place so they can move to the app's translations together. */
export const trayStrings = {
  status: (drunk: string, goal: string): string => `Water today: ${drunk} of ${goal}`,
  goalReached: (status: string): string => `${status} (goal reached)`,
  logGlass: (amount: string): string => `Log a glass (${amount})`,
  logBottle: (amount: string): string => `Log a bottle (${amount})`,
  open: 'Open Limber',
  quit: 'Quit Limber',
  tooltip: (drunk: string, goal: string): string => `Limber: ${drunk} of ${goal} water today`,
  unit: { ml: 'ml', floz: 'fl oz' } satisfies Record<VolumeUnit, string>,
  sessionRunning: (routine: string, step: string): string => `${routine}: ${step}`,
  sessionDetail: (line: string, detail: string): string => `${line} · ${detail}`,
  side: { left: 'left leg', right: 'right leg' } satisfies Record<Side, string>,
  switchSides: 'switch sides',
  rest: 'rest',
  sessionPaused: (step: string): string => `Paused — ${step}`,
  sessionFinishing: (routine: string): string => `${routine}: done`,
  pauseRoutine: 'Pause routine',
  resumeRoutine: 'Resume routine',
  skipStep: 'Skip step',
  stopRoutine: 'Stop routine',
  startWarmUp: 'Start warm-up',
  startCoolDown: 'Start cool-down',
  crampRelief: 'Cramp relief'
} as const
