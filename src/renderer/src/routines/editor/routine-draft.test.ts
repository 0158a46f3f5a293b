import { describe, expect, it } from 'vitest'
import { builtInRoutine } from '../../../../core/routines/builtin-routines'
import { RoutineSchema } from '../../../../core/routines/routine-schema'
import { pictureForStep } from '../../../../core/routines/step-pictures'
import { checkRoutineDraft, editorErrorMessage, editorKeyOfIssue } from './routine-check'
import {
  copyDraft,
  draftFromRoutine,
  newStep,
  randomIdSuffix,
  routineToSave,
  withoutStep,
  withStepChange,
  withStepMoved
} from './routine-draft'

const warmUp = builtInRoutine('warm-up')!

describe('routine drafts', () => {
  it('saves an untouched built-in exactly as it is stored, sources included', () => {
    expect(RoutineSchema.parse(routineToSave(draftFromRoutine(warmUp)))).toEqual(warmUp)
  })

  it('keeps how relief steps end: the stretch still lasts until it eases, warmth and ice stay suggestions', () => {
    const relief = builtInRoutine('cramp-relief')!
    const saved = RoutineSchema.parse(routineToSave(draftFromRoutine(relief)))
    expect(saved).toEqual(relief)
    expect(saved.steps.map((step) => step.timing ?? 'timed')).toEqual([
      'timed',
      'until-eased',
      'timed',
      'suggestion',
      'suggestion'
    ])
  })

  it('duplicates as the user’s own routine with a fresh id, "(copy)" name and the original noted', () => {
    const copy = routineToSave(copyDraft(warmUp, randomIdSuffix()))
    expect(copy.id).toMatch(/^custom-[a-z0-9]{10}$/)
    expect(copy.id).toMatch(/^[a-z0-9][a-z0-9-]{0,63}$/)
    expect(copy).toMatchObject({ name: 'Pre-run warm-up (copy)', builtIn: false, basedOn: 'warm-up' })
    expect(copy.steps[1]?.sourceIds).toEqual(warmUp.steps[1]?.sourceIds)
    expect(RoutineSchema.safeParse(copy).success).toBe(true)
  })

  it('adds a 30-second hold with a step id no other step has', () => {
    const draft = draftFromRoutine(warmUp)
    const suffixes = ['x', 'x', 'y']
    const first = newStep(draft, () => suffixes.shift() ?? 'z')
    const withFirst = { ...draft, steps: [...draft.steps, first] }
    const second = newStep(withFirst, () => suffixes.shift() ?? 'z')
    expect(first).toMatchObject({ id: 'step-x', kind: 'hold', durationText: '30', sides: 'none', sourceIds: [] })
    expect(second.id).toBe('step-y')
    const saved = routineToSave({ ...withFirst, steps: [...withFirst.steps, second] })
    expect(saved.steps.at(-1)).toMatchObject({ kind: 'hold', durationSeconds: 30, sets: 1, restSeconds: 0 })
  })

  it('sends only the numbers a step’s kind uses', () => {
    const draft = withStepChange(draftFromRoutine(warmUp), 'brisk-walk', { kind: 'reps' })
    const walk = routineToSave(draft).steps[0]
    expect(walk).toMatchObject({ kind: 'reps', reps: 10, secondsPerRep: 2 })
    expect(walk).not.toHaveProperty('durationSeconds')
  })

  it('sends text that is not a number as typed, so the service names the field', () => {
    const draft = withStepChange(draftFromRoutine(warmUp), 'brisk-walk', { durationText: '' })
    const bad = withStepChange(draft, 'leg-swings', { setsText: '2.5x' })
    const saved = routineToSave(bad)
    expect(saved.steps[0]).not.toHaveProperty('durationSeconds')
    expect(saved.steps[1]?.sets).toBe('2.5x')
  })

  it('moves and removes steps by id', () => {
    const draft = draftFromRoutine(warmUp)
    const ids = (steps: readonly { id: string }[]) => steps.map((step) => step.id)
    expect(ids(withStepMoved(draft, 'leg-swings', -1).steps).slice(0, 2)).toEqual(['leg-swings', 'brisk-walk'])
    expect(withStepMoved(draft, 'brisk-walk', -1)).toBe(draft)
    expect(ids(withoutStep(draft, 'leg-swings').steps)).not.toContain('leg-swings')
  })

  it('keeps a built-in step on the picture for its id until another is chosen', () => {
    const saved = RoutineSchema.parse(routineToSave(draftFromRoutine(warmUp)))
    expect(saved.steps.every((step) => step.picture === undefined)).toBe(true)
    expect(saved.steps.map(pictureForStep)).toEqual([
      'walk',
      'leg-swings',
      'walking-lunges',
      'high-knees',
      'butt-kicks'
    ])
  })

  it('saves a chosen picture, or none, and reads it back into the form', () => {
    let draft = withStepChange(draftFromRoutine(warmUp), 'leg-swings', { picture: 'standing-hamstring-stretch' })
    draft = withStepChange(draft, 'high-knees', { picture: 'none' })
    const saved = RoutineSchema.parse(routineToSave(draft))
    expect(saved.steps.map(pictureForStep)).toEqual([
      'walk',
      'standing-hamstring-stretch',
      'walking-lunges',
      null,
      'butt-kicks'
    ])
    expect(draftFromRoutine(saved).steps.map((step) => step.picture)).toEqual([
      undefined,
      'standing-hamstring-stretch',
      undefined,
      'none',
      undefined
    ])
    expect(checkRoutineDraft(draftFromRoutine(saved))).toEqual([])
  })

  it('gives a new step no picture until one is picked, and the copy keeps the chosen one', () => {
    const draft = draftFromRoutine(warmUp)
    const added = newStep(draft, () => 'abc')
    expect(pictureForStep(added)).toBeNull()
    const picked = withStepChange({ ...draft, steps: [...draft.steps, added] }, added.id, { picture: 'foam-roller' })
    const copy = RoutineSchema.parse(routineToSave(copyDraft(RoutineSchema.parse(routineToSave(picked)), 'x1')))
    expect(copy.steps.at(-1)?.picture).toBe('foam-roller')
  })

  it('places a refused picture on that step’s picture field', () => {
    const draft = draftFromRoutine(warmUp)
    const key = editorKeyOfIssue({ field: 'routine.steps.1.picture', message: '' }, draft)
    expect(key).toBe('step.leg-swings.picture')
    expect(editorErrorMessage(key!)).toBe('Choose one of the options.')
  })
})
