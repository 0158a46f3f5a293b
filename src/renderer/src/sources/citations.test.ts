import { describe, expect, it } from 'vitest'
import { builtInRoutines } from '../../../core/routines/builtin-routines'
import { commonPractice } from '../../../core/health/sources'
import { citationsOf } from './citations'

const listed = (sourceId: string) =>
  citationsOf(sourceId, builtInRoutines).map(({ routine, steps }) => `${routine.name}: ${steps.join(', ')}`)

describe('the Sources screen', () => {
  it('lists under common coaching practice exactly the moves no source describes, routine by routine', () => {
    expect(listed(commonPractice)).toEqual([
      'Pre-run warm-up: Leg swings, Butt kicks',
      'Quick 5-minute warm-up: Leg swings, Butt kicks',
      'Post-workout cool-down: Foam roll the back of the thigh'
    ])
  })

  it('lists the steps that rely on a source under it', () => {
    expect(listed('nhs-inform-warm-up')).toContain(
      'Pre-run warm-up: Brisk walk or easy jog, Walking lunges, High knees'
    )
    expect(listed('aaos-cramps')).toContain(
      'Cramp relief: Stop and ease off, Gentle stretch, Massage the muscle, Warm the muscle, Later: ice if sore'
    )
  })
})
