/** The cramp log model (types only, no zod, so the window can import it); the schema is in cramp-schema.ts. */

/** Which leg cramped. */
export const crampLegs = ['left', 'right', 'both'] as const
/** Where in the leg. */
export const crampLocations = ['back-of-thigh', 'calf', 'other'] as const
/** What the person was doing. */
export const crampContexts = ['during-workout', 'after-workout', 'at-night', 'at-rest'] as const
/** Signs that came with the cramp and are reasons to see a professional (CONTENT.md). */
export const crampSymptoms = [
  'swelling',
  'redness-or-skin-changes',
  'weakness',
  'numbness-or-tingling',
  'did-not-ease'
] as const

/** Bounds for a logged cramp. */
export const crampLimits = {
  severity: { min: 1, max: 5 },
  durationMinutes: { min: 0.1, max: 24 * 60 },
  /** How far back a cramp can be logged. */
  backdateDays: 366
} as const

/** A cramp as the person describes it. */
export interface CrampReport {
  readonly startedAtMs: number
  readonly leg: (typeof crampLegs)[number]
  readonly location: (typeof crampLocations)[number]
  /** 1 (mild) … 5 (severe). */
  readonly severity: number
  readonly durationMinutes: number
  readonly context: (typeof crampContexts)[number]
  readonly symptoms: readonly CrampSymptom[]
  /** It woke the person or kept them awake (NHS: cramps that disturb sleep are worth a GP visit). */
  readonly disturbedSleep: boolean
}

/** A sign that came with a cramp. */
export type CrampSymptom = (typeof crampSymptoms)[number]

/** A logged cramp. */
export interface CrampEntry extends CrampReport {
  readonly id: string
  readonly loggedAtMs: number
}
