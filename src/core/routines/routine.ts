/**
 * The routine model (types only, no zod, so the window can import it). The schema that validates
 * routines lives in routine-schema.ts; the built-in routines in builtin-routines.ts.
 */
import type { StepPictureId } from './step-pictures'

/** What a step asks the body to do; it decides how the step is timed and shown. */
export const stepKinds = ['hold', 'movement', 'reps', 'cardio', 'rest'] as const
/** A step's kind: a timed hold, a timed movement, repetitions, walk/jog for a duration, or rest. */
export type StepKind = (typeof stepKinds)[number]

/** Whether a step is done once, or on the left leg and then the right. */
export type StepSides = 'none' | 'both'

/** A leg, for steps done on both sides. */
export type Side = 'left' | 'right'

/** What a routine is for. */
export const routinePurposes = ['warm-up', 'cool-down', 'relief'] as const
/** A routine's purpose. */
export type RoutinePurpose = (typeof routinePurposes)[number]

/** One step of a routine. Timed kinds use `durationSeconds`; `reps` uses `reps` × `secondsPerRep`. */
export interface RoutineStep {
  readonly id: string
  readonly name: string
  readonly instructions: string
  readonly kind: StepKind
  /** For hold, movement, cardio and rest. */
  readonly durationSeconds?: number
  /** For reps. */
  readonly reps?: number
  /** For reps: the pace the timer keeps, so a rep step has a known length too. */
  readonly secondsPerRep?: number
  readonly sides: StepSides
  /** Repeats of the whole step (both sides each time); at least 1. */
  readonly sets: number
  /** Rest between sets (not after the last one). */
  readonly restSeconds: number
  /**
   * 'until-eased': an open-ended hold (cramp relief) that lasts until the person says the cramp is easing;
   * 'suggestion': something worth doing if it helps (warmth, ice), with a timer the person may ignore.
   * Either way `durationSeconds` is then only the usual length, and the step never ends on its own. Absent: timed.
   */
  readonly timing?: StepTiming
  /** Ids into `sources` (sources.ts) for the facts behind this step. */
  readonly sourceIds: readonly string[]
  /** The picture shown for the step (step-pictures.ts); unset uses the built-in step's own, 'none' shows none. */
  readonly picture?: StepPictureId | 'none'
}

/** How a step ends: on its own when its time is up (absent), or when the person moves on (see RoutineStep.timing). */
export const stepTimings = ['until-eased', 'suggestion'] as const
export type StepTiming = (typeof stepTimings)[number]

/** A routine: an ordered list of steps. */
export interface Routine {
  readonly id: string
  readonly name: string
  readonly purpose: RoutinePurpose
  readonly description: string
  /** Built-in routines ship with Limber; a built-in can be edited and reset to its original. */
  readonly builtIn: boolean
  /** For a copy: the routine it was duplicated from. */
  readonly basedOn?: string
  readonly steps: readonly RoutineStep[]
  /** Safety note shown with the routine (the relief routine's red flags). */
  readonly safetyNote?: string
  readonly sourceIds: readonly string[]
}

/** A source of facts, shown on the Sources screen: a named organisation's page or a peer-reviewed paper. */
export interface FactSource {
  readonly id: string
  /** Who publishes the page or issued the statement. */
  readonly organisation: string
  readonly title: string
  /** For a peer-reviewed paper: journal, year, volume and pages. */
  readonly journal?: string
  /** Where to read it (https). */
  readonly url: string
}

/** Seconds of the "switch sides" pause between the left and right leg. */
export const SWITCH_SIDES_SECONDS = 5

/** Bounds for routine values; anything outside is a typo or a joke, not a workout. */
export const routineLimits = {
  nameLength: { min: 1, max: 80 },
  instructionsLength: { max: 600 },
  durationSeconds: { min: 5, max: 60 * 60 },
  reps: { min: 1, max: 100 },
  secondsPerRep: { min: 1, max: 20 },
  sets: { min: 1, max: 10 },
  restSeconds: { min: 0, max: 10 * 60 },
  steps: { min: 1, max: 40 }
} as const
