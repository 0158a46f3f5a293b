import type { InputIssue } from '../../../../contract/contract'
import { routinePurposes, routineLimits, stepKinds } from '../../../../core/routines/routine'
import { numberFormat } from '../../format/number-format'
import { t } from '../../i18n/i18n'
import type { RoutineDraft, StepDraft } from './routine-draft'
import '../../i18n/routine-strings'

/** The step fields the form shows, in its order. */
export const stepFields = [
  'name',
  'instructions',
  'kind',
  'picture',
  'durationSeconds',
  'reps',
  'secondsPerRep',
  'sides',
  'sets',
  'restSeconds'
] as const
/** One step field. */
export type StepField = (typeof stepFields)[number]

/** Where an error is shown: a routine field, the steps list, or one step's field (by step id, so it survives moves). */
export type EditorFieldKey = 'name' | 'description' | 'purpose' | 'steps' | `step.${string}.${StepField}`

/** The key of one step's field. */
export const stepFieldKey = (stepId: string, field: StepField): EditorFieldKey => `step.${stepId}.${field}`

/** The DOM id of a field, such as "routine-name" or "step-leg-swings-durationSeconds". */
export function editorFieldId(key: EditorFieldKey): string {
  if (key === 'steps') return 'routine-add-step'
  if (!key.startsWith('step.')) return `routine-${key}`
  const field = key.slice(key.lastIndexOf('.') + 1)
  const stepId = key.slice('step.'.length, key.lastIndexOf('.'))
  return `step-${stepId}-${field}`
}

/** The step fields shown for a step of this kind. */
export const visibleStepFields = (step: StepDraft): readonly StepField[] =>
  stepFields.filter((field) =>
    step.kind === 'reps' ? field !== 'durationSeconds' : field !== 'reps' && field !== 'secondsPerRep'
  )

/** Every field key of the draft, in the order the form shows them (the first invalid one gets focus). */
export function editorFieldOrder(draft: RoutineDraft): EditorFieldKey[] {
  return [
    'name',
    'description',
    'purpose',
    ...draft.steps.flatMap((step) => visibleStepFields(step).map((field) => stepFieldKey(step.id, field))),
    'steps'
  ]
}

const inRange = (text: string, limits: { readonly min: number; readonly max: number }): boolean => {
  if (text.trim() === '') return false
  const value = Number(text)
  return Number.isInteger(value) && value >= limits.min && value <= limits.max
}

const numberLimits = {
  durationSeconds: (step: StepDraft) => inRange(step.durationText, routineLimits.durationSeconds),
  reps: (step: StepDraft) => inRange(step.repsText, routineLimits.reps),
  secondsPerRep: (step: StepDraft) => inRange(step.secondsPerRepText, routineLimits.secondsPerRep),
  sets: (step: StepDraft) => inRange(step.setsText, routineLimits.sets),
  restSeconds: (step: StepDraft) => inRange(step.restText, routineLimits.restSeconds)
} as const

const nameFits = (name: string): boolean => {
  const length = name.trim().length
  return length >= routineLimits.nameLength.min && length <= routineLimits.nameLength.max
}
const textFits = (value: string): boolean => value.trim().length <= routineLimits.instructionsLength.max

/** The UX pre-check against routineLimits, in form order; the service still checks everything on save. */
export function checkRoutineDraft(draft: RoutineDraft): EditorFieldKey[] {
  const invalid = new Set<EditorFieldKey>()
  if (!nameFits(draft.name)) invalid.add('name')
  if (!textFits(draft.description)) invalid.add('description')
  if (!routinePurposes.includes(draft.purpose)) invalid.add('purpose')
  if (draft.steps.length < routineLimits.steps.min || draft.steps.length > routineLimits.steps.max) invalid.add('steps')
  for (const step of draft.steps) {
    const key = (field: StepField): EditorFieldKey => stepFieldKey(step.id, field)
    if (!nameFits(step.name)) invalid.add(key('name'))
    if (!textFits(step.instructions)) invalid.add(key('instructions'))
    if (!stepKinds.includes(step.kind)) invalid.add(key('kind'))
    for (const field of visibleStepFields(step)) {
      if (field in numberLimits && !numberLimits[field as keyof typeof numberLimits](step)) invalid.add(key(field))
    }
  }
  return editorFieldOrder(draft).filter((key) => invalid.has(key))
}

/**
 * Where a service issue belongs, given the draft that was sent: "routine.steps.2.durationSeconds" is that
 * step's duration field, "routine.steps" the steps list. Null when no field matches (shown for the whole form).
 */
export function editorKeyOfIssue(issue: InputIssue, sent: RoutineDraft): EditorFieldKey | null {
  const path = issue.field.replace(/^routine(\.|$)/, '')
  if (path === 'name' || path === 'description' || path === 'purpose' || path === 'steps') return path
  const match = /^steps\.(\d+)(?:\.([A-Za-z]+))?/.exec(path)
  if (!match) return null
  const step = sent.steps[Number(match[1])]
  if (step === undefined) return 'steps'
  const field = match[2] ?? 'name'
  // A duplicate step id is a problem with the step as a whole: shown at its name.
  if (field === 'id') return stepFieldKey(step.id, 'name')
  return (stepFields as readonly string[]).includes(field) ? stepFieldKey(step.id, field as StepField) : null
}

const range = (limits: { readonly min: number; readonly max: number }) => ({
  min: numberFormat({}).format(limits.min),
  max: numberFormat({}).format(limits.max)
})

/** Our own words for what is wrong with a field. */
export function editorErrorMessage(key: EditorFieldKey): string {
  const field = key.startsWith('step.') ? key.slice(key.lastIndexOf('.') + 1) : key
  const routineField = !key.startsWith('step.')
  switch (field) {
    case 'name':
      return t(routineField ? 'editor.errors.routineName' : 'editor.errors.stepName', range(routineLimits.nameLength))
    case 'description':
    case 'instructions':
      return t('editor.errors.textLength', { max: numberFormat({}).format(routineLimits.instructionsLength.max) })
    case 'purpose':
    case 'kind':
    case 'picture':
    case 'sides':
      return t('editor.errors.choose')
    case 'steps':
      return t('editor.errors.steps', range(routineLimits.steps))
    case 'durationSeconds':
      return t('editor.errors.durationSeconds', range(routineLimits.durationSeconds))
    case 'reps':
      return t('editor.errors.reps', range(routineLimits.reps))
    case 'secondsPerRep':
      return t('editor.errors.secondsPerRep', range(routineLimits.secondsPerRep))
    case 'sets':
      return t('editor.errors.sets', range(routineLimits.sets))
    default:
      return t('editor.errors.restSeconds', range(routineLimits.restSeconds))
  }
}
