import { describe, expect, it } from 'vitest'
import { builtInRoutines } from './builtin-routines'
import type { RoutineStep } from './routine'
import { RoutineStepSchema } from './routine-schema'
import { pictureForPhase, pictureForStep, stepPictureIds, stepPictureTraits } from './step-pictures'

const builtInSteps = builtInRoutines.flatMap((routine) => routine.steps)
const stepWithId = (id: string): RoutineStep => builtInSteps.find((step) => step.id === id)!

describe('step pictures', () => {
  it('gives every step of every built-in routine a picture', () => {
    const missing = builtInSteps.filter((step) => pictureForStep(step) === null).map((step) => step.id)
    expect(missing).toEqual([])
  })

  it.each([
    ['brisk-walk', 'walk'],
    ['easy-walk', 'walk'],
    ['leg-swings', 'leg-swings'],
    ['walking-lunges', 'walking-lunges'],
    ['high-knees', 'high-knees'],
    ['butt-kicks', 'butt-kicks'],
    ['standing-hamstring-stretch', 'standing-hamstring-stretch'],
    ['seated-hamstring-stretch', 'seated-hamstring-stretch'],
    ['foam-roll', 'foam-roller'],
    ['stop', 'rest'],
    ['gentle-stretch', 'standing-hamstring-stretch'],
    ['massage', 'massage'],
    ['warm-the-muscle', 'warmth'],
    ['ice-later', 'ice'],
    ['afterwards', 'warmth']
  ] as const)('shows the built-in step %s as %s', (stepId, picture) => {
    expect(pictureForStep(stepWithId(stepId))).toBe(picture)
  })

  it('shows a step’s own picture rather than the one for its id', () => {
    expect(pictureForStep({ ...stepWithId('leg-swings'), picture: 'high-knees' })).toBe('high-knees')
    expect(pictureForStep({ id: 'step-abc123', picture: 'ice' })).toBe('ice')
  })

  it('shows no picture when a step says none, or is a custom step that picked nothing', () => {
    expect(pictureForStep({ ...stepWithId('brisk-walk'), picture: 'none' })).toBeNull()
    expect(pictureForStep({ id: 'step-abc123' })).toBeNull()
    expect(pictureForStep({ id: 'constructor' })).toBeNull()
  })

  it('pictures switching legs and resting between sets, but not getting ready', () => {
    expect(pictureForPhase('switch-sides')).toBe('switch-sides')
    expect(pictureForPhase('rest')).toBe('rest')
    expect(pictureForPhase('get-ready')).toBeNull()
  })

  it('mirrors only pictures that work one leg, and keeps holds still', () => {
    expect(stepPictureTraits['leg-swings']).toEqual({ motion: 'movement', oneSided: true })
    expect(stepPictureTraits['seated-hamstring-stretch']).toEqual({ motion: 'hold', oneSided: true })
    expect(stepPictureTraits['high-knees'].oneSided).toBe(false)
    expect(Object.keys(stepPictureTraits).sort()).toEqual([...stepPictureIds].sort())
  })

  it('accepts a stored step with a picture or none, and refuses a picture Limber cannot draw', () => {
    const step = stepWithId('massage')
    expect(RoutineStepSchema.parse({ ...step, picture: 'warmth' }).picture).toBe('warmth')
    expect(RoutineStepSchema.parse({ ...step, picture: 'none' }).picture).toBe('none')
    expect(RoutineStepSchema.safeParse({ ...step, picture: 'yoga' }).success).toBe(false)
  })
})
