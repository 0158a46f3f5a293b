import { describe, expect, it } from 'vitest'
import { builtInRoutine } from '../../../../core/routines/builtin-routines'
import { checkRoutineDraft, editorErrorMessage, editorFieldId, editorKeyOfIssue } from './routine-check'
import { draftFromRoutine, withStepChange } from './routine-draft'

const draft = draftFromRoutine(builtInRoutine('warm-up')!)

describe('routine editor pre-check', () => {
  it('accepts a built-in routine as it ships', () => {
    expect(checkRoutineDraft(draft)).toEqual([])
  })

  it('flags fields outside routineLimits, in form order', () => {
    let bad = withStepChange(draft, 'high-knees', { durationText: '2' })
    bad = withStepChange(bad, 'leg-swings', { setsText: '0', repsText: '1.5' })
    bad = { ...bad, name: '   ' }
    expect(checkRoutineDraft(bad)).toEqual([
      'name',
      'step.leg-swings.reps',
      'step.leg-swings.sets',
      'step.high-knees.durationSeconds'
    ])
  })

  it('asks for at least one step', () => {
    expect(checkRoutineDraft({ ...draft, steps: [] })).toEqual(['steps'])
  })
})

describe('service issues in the editor', () => {
  it('places a step issue on that step’s field, by the index that was sent', () => {
    const key = editorKeyOfIssue({ field: 'routine.steps.2.durationSeconds', message: '' }, draft)
    expect(key).toBe('step.walking-lunges.durationSeconds')
    expect(editorFieldId(key!)).toBe('step-walking-lunges-durationSeconds')
  })

  it('places routine-level issues and the steps list', () => {
    expect(editorKeyOfIssue({ field: 'routine.name', message: '' }, draft)).toBe('name')
    expect(editorKeyOfIssue({ field: 'routine.steps', message: '' }, draft)).toBe('steps')
    expect(editorFieldId('steps')).toBe('routine-add-step')
    expect(editorKeyOfIssue({ field: 'routine.steps.1.id', message: '' }, draft)).toBe('step.leg-swings.name')
  })

  it('shows issues it cannot place for the whole form', () => {
    expect(editorKeyOfIssue({ field: 'routine.sourceIds.0', message: '' }, draft)).toBeNull()
    expect(editorKeyOfIssue({ field: '', message: '' }, draft)).toBeNull()
  })

  it('words each problem with the limits', () => {
    expect(editorErrorMessage('step.x.durationSeconds')).toBe('Enter a whole number of seconds between 5 and 3,600.')
    expect(editorErrorMessage('name')).toBe('Give the routine a name of 1 to 80 characters.')
    expect(editorErrorMessage('steps')).toBe('A routine needs between 1 and 40 steps.')
  })
})
