import type { CallInput } from '../../../../contract/contract'
import type {
  Routine,
  RoutinePurpose,
  RoutineStep,
  StepKind,
  StepSides,
  StepTiming
} from '../../../../core/routines/routine'
import type { StepPictureId } from '../../../../core/routines/step-pictures'
import { t } from '../../i18n/i18n'
import '../../i18n/routine-strings'

/** One step while it is edited: numbers are kept as typed. */
export interface StepDraft {
  readonly id: string
  readonly name: string
  readonly instructions: string
  readonly kind: StepKind
  readonly durationText: string
  readonly repsText: string
  readonly secondsPerRepText: string
  readonly sides: StepSides
  readonly setsText: string
  readonly restText: string
  /** Kept as they were: an edited built-in step still cites its sources. */
  readonly sourceIds: readonly string[]
  /** Unset until chosen, so an untouched built-in step keeps the picture that goes with its id. */
  readonly picture?: StepPictureId | 'none' | undefined
  /** Kept as it was: an edited relief stretch still lasts until it eases, a suggestion stays one. */
  readonly timing?: StepTiming | undefined
}

/** A routine while it is edited; what the form does not show (id, sources, safety note) passes through. */
export interface RoutineDraft {
  readonly id: string
  readonly builtIn: boolean
  readonly basedOn?: string | undefined
  readonly safetyNote?: string | undefined
  readonly sourceIds: readonly string[]
  readonly name: string
  readonly description: string
  readonly purpose: RoutinePurpose
  readonly steps: readonly StepDraft[]
}

/** Lowercase letters and digits for new ids; random so copies made in two windows never collide. */
export function randomIdSuffix(length = 10): string {
  const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789'
  const bytes = crypto.getRandomValues(new Uint8Array(length))
  return Array.from(bytes, (byte) => alphabet[byte % alphabet.length]).join('')
}

const text = (value: number | undefined): string => (value === undefined ? '' : String(value))

/** The form's view of a stored step. */
export function stepDraft(step: RoutineStep): StepDraft {
  return {
    id: step.id,
    name: step.name,
    instructions: step.instructions,
    kind: step.kind,
    durationText: text(step.durationSeconds),
    repsText: text(step.reps),
    secondsPerRepText: text(step.secondsPerRep),
    sides: step.sides,
    setsText: String(step.sets),
    restText: String(step.restSeconds),
    sourceIds: step.sourceIds,
    timing: step.timing,
    picture: step.picture
  }
}

/** The form's view of a stored routine, to edit it in place. */
export function draftFromRoutine(routine: Routine): RoutineDraft {
  return {
    id: routine.id,
    builtIn: routine.builtIn,
    basedOn: routine.basedOn,
    safetyNote: routine.safetyNote,
    sourceIds: routine.sourceIds,
    name: routine.name,
    description: routine.description,
    purpose: routine.purpose,
    steps: routine.steps.map(stepDraft)
  }
}

/** A copy to save as the user's own: new id, "(copy)" name, based on the original. */
export function copyDraft(routine: Routine, idSuffix: string): RoutineDraft {
  return {
    ...draftFromRoutine(routine),
    id: `custom-${idSuffix}`,
    name: t('editor.copyName', { name: routine.name }),
    builtIn: false,
    basedOn: routine.id
  }
}

/** A new 30-second hold with an id no other step of the draft has. */
export function newStep(draft: RoutineDraft, idSuffix: () => string = randomIdSuffix): StepDraft {
  const taken = new Set(draft.steps.map((step) => step.id))
  let id = `step-${idSuffix()}`
  while (taken.has(id)) id = `step-${idSuffix()}`
  return {
    id,
    name: t('editor.newStepName'),
    instructions: '',
    kind: 'hold',
    durationText: '30',
    repsText: '',
    secondsPerRepText: '',
    sides: 'none',
    setsText: '1',
    restText: '0',
    sourceIds: []
  }
}

/** Changes one step; switching to a kind fills its empty numbers with everyday values. */
export function withStepChange(draft: RoutineDraft, stepId: string, change: Partial<StepDraft>): RoutineDraft {
  const steps = draft.steps.map((step) => {
    if (step.id !== stepId) return step
    const next = { ...step, ...change }
    if (change.kind === 'reps') {
      return { ...next, repsText: next.repsText || '10', secondsPerRepText: next.secondsPerRepText || '2' }
    }
    if (change.kind !== undefined) return { ...next, durationText: next.durationText || '30' }
    return next
  })
  return { ...draft, steps }
}

/** Moves a step one place up (-1) or down (+1); out of range changes nothing. */
export function withStepMoved(draft: RoutineDraft, stepId: string, by: -1 | 1): RoutineDraft {
  const from = draft.steps.findIndex((step) => step.id === stepId)
  const to = from + by
  if (from < 0 || to < 0 || to >= draft.steps.length) return draft
  const steps = [...draft.steps]
  const [moved] = steps.splice(from, 1)
  if (moved) steps.splice(to, 0, moved)
  return { ...draft, steps }
}

/** Removes a step. */
export const withoutStep = (draft: RoutineDraft, stepId: string): RoutineDraft => ({
  ...draft,
  steps: draft.steps.filter((step) => step.id !== stepId)
})

/** Reads a typed number; empty is left out (the service then names the missing field), other text goes as typed. */
function typedNumber(value: string): number | string | undefined {
  const trimmed = value.trim()
  if (trimmed === '') return undefined
  const number = Number(trimmed)
  return Number.isFinite(number) ? number : trimmed
}

/** The routine to send to saveRoutine: each step carries only the numbers its kind uses. */
export function routineToSave(draft: RoutineDraft): CallInput<'saveRoutine'>['routine'] {
  const steps = draft.steps.map((step) => {
    const timing =
      step.kind === 'reps'
        ? { reps: typedNumber(step.repsText), secondsPerRep: typedNumber(step.secondsPerRepText) }
        : { durationSeconds: typedNumber(step.durationText) }
    return {
      id: step.id,
      name: step.name.trim(),
      instructions: step.instructions.trim(),
      kind: step.kind,
      ...Object.fromEntries(Object.entries(timing).filter(([, value]) => value !== undefined)),
      sides: step.sides,
      sets: typedNumber(step.setsText),
      restSeconds: typedNumber(step.restText),
      sourceIds: [...step.sourceIds],
      ...(step.picture === undefined ? {} : { picture: step.picture }),
      ...(step.timing === undefined ? {} : { timing: step.timing })
    }
  })
  const routine = {
    id: draft.id,
    name: draft.name.trim(),
    purpose: draft.purpose,
    description: draft.description.trim(),
    builtIn: draft.builtIn,
    ...(draft.basedOn === undefined ? {} : { basedOn: draft.basedOn }),
    steps,
    ...(draft.safetyNote === undefined ? {} : { safetyNote: draft.safetyNote }),
    sourceIds: [...draft.sourceIds]
  }
  // Text that is not a number goes as typed, so the service refuses it with an issue naming that field.
  return routine as CallInput<'saveRoutine'>['routine']
}
