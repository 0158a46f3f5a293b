/**
 * Which picture a routine step shows. Pure data, so the screens and their tests agree on it;
 * the drawings themselves live in src/renderer/src/pictures.
 */
import type { RoutineStep } from './routine'

/** Every picture Limber can draw for a step. */
export const stepPictureIds = [
  'walk',
  'leg-swings',
  'walking-lunges',
  'high-knees',
  'butt-kicks',
  'standing-hamstring-stretch',
  'seated-hamstring-stretch',
  'foam-roller',
  'massage',
  'warmth',
  'ice',
  'switch-sides',
  'rest'
] as const
/** One step picture. */
export type StepPictureId = (typeof stepPictureIds)[number]

/** How a picture is shown: a movement loops, a hold stays still; a one-sided one is mirrored for the right leg. */
export interface StepPictureTraits {
  readonly motion: 'movement' | 'hold'
  readonly oneSided: boolean
}

/** The traits of every picture. */
export const stepPictureTraits: Readonly<Record<StepPictureId, StepPictureTraits>> = {
  walk: { motion: 'movement', oneSided: false },
  'leg-swings': { motion: 'movement', oneSided: true },
  'walking-lunges': { motion: 'movement', oneSided: true },
  'high-knees': { motion: 'movement', oneSided: false },
  'butt-kicks': { motion: 'movement', oneSided: false },
  'standing-hamstring-stretch': { motion: 'hold', oneSided: true },
  'seated-hamstring-stretch': { motion: 'hold', oneSided: true },
  'foam-roller': { motion: 'movement', oneSided: true },
  massage: { motion: 'movement', oneSided: true },
  warmth: { motion: 'hold', oneSided: true },
  ice: { motion: 'hold', oneSided: true },
  'switch-sides': { motion: 'hold', oneSided: false },
  rest: { motion: 'hold', oneSided: false }
}

// Built-in step ids (builtin-routines.ts) to pictures; a step that sets its own `picture` overrides this.
const builtInStepPictures: Readonly<Record<string, StepPictureId>> = {
  'brisk-walk': 'walk',
  'easy-walk': 'walk',
  'leg-swings': 'leg-swings',
  'walking-lunges': 'walking-lunges',
  'high-knees': 'high-knees',
  'butt-kicks': 'butt-kicks',
  'standing-hamstring-stretch': 'standing-hamstring-stretch',
  'seated-hamstring-stretch': 'seated-hamstring-stretch',
  'foam-roll': 'foam-roller',
  stop: 'rest',
  'gentle-stretch': 'standing-hamstring-stretch',
  massage: 'massage',
  'warm-the-muscle': 'warmth',
  'ice-later': 'ice',
  afterwards: 'warmth'
}

/** The picture for a step: its own choice ('none' means none), else the one for its built-in id, else none. */
export function pictureForStep(step: Pick<RoutineStep, 'id' | 'picture'>): StepPictureId | null {
  if (step.picture === 'none') return null
  if (step.picture !== undefined) return step.picture
  return Object.hasOwn(builtInStepPictures, step.id) ? (builtInStepPictures[step.id] ?? null) : null
}

/** The picture for a pause between steps: switching legs or resting between sets; none while getting ready. */
export function pictureForPhase(phase: 'switch-sides' | 'rest' | 'get-ready'): StepPictureId | null {
  if (phase === 'switch-sides') return 'switch-sides'
  if (phase === 'rest') return 'rest'
  return null
}
