import { describe, expect, it } from 'vitest'
import type { RoutineStep } from './routine'
import { RoutineSchema } from './routine-schema'

const hold: RoutineStep = {
  id: 'calf-stretch',
  name: 'Calf stretch',
  instructions: 'Lean into a wall with one leg back and its heel down.',
  kind: 'hold',
  durationSeconds: 30,
  sides: 'both',
  sets: 2,
  restSeconds: 10,
  sourceIds: ['mayo-stretching']
}

const swings: RoutineStep = {
  id: 'leg-swings',
  name: 'Leg swings',
  instructions: 'Swing one leg forward and back.',
  kind: 'reps',
  reps: 12,
  secondsPerRep: 2,
  sides: 'both',
  sets: 1,
  restSeconds: 0,
  sourceIds: []
}

const customRoutine = {
  id: 'my-evening-stretch',
  name: 'My evening stretch',
  purpose: 'cool-down',
  description: 'A copy of the cool-down with a calf stretch added.',
  builtIn: false,
  basedOn: 'cool-down',
  steps: [swings, hold],
  sourceIds: ['mayo-stretching']
}

/** The custom routine with its fields overridden, or with the first step's fields overridden. */
const routineWith = (fields: object) => ({ ...customRoutine, ...fields })
const firstStepWith = (fields: object) => routineWith({ steps: [{ ...hold, ...fields }] })
const withoutKey = <T extends object>(value: T, key: keyof T) =>
  Object.fromEntries(Object.entries(value).filter(([k]) => k !== key))

const issuesOf = (input: unknown) => {
  const result = RoutineSchema.safeParse(input)
  if (result.success) throw new Error('Expected the routine to be rejected, but it passed')
  return result.error.issues.map((issue) => ({ path: issue.path, message: issue.message }))
}

describe('routine schema', () => {
  it('accepts a well-formed custom routine copied from a built-in', () => {
    expect(RoutineSchema.parse(customRoutine)).toEqual(customRoutine)
  })

  it.each([
    ['a negative duration', firstStepWith({ durationSeconds: -30 }), ['steps', 0, 'durationSeconds'], />=5/],
    ['a zero duration', firstStepWith({ durationSeconds: 0 }), ['steps', 0, 'durationSeconds'], />=5/],
    ['a day-long duration', firstStepWith({ durationSeconds: 86_400 }), ['steps', 0, 'durationSeconds'], /<=3600/],
    ['fractional reps', routineWith({ steps: [{ ...swings, reps: 2.5 }] }), ['steps', 0, 'reps'], /int/],
    ['zero sets', firstStepWith({ sets: 0 }), ['steps', 0, 'sets'], />=1/],
    ['eleven sets', firstStepWith({ sets: 11 }), ['steps', 0, 'sets'], /<=10/],
    ['no steps', routineWith({ steps: [] }), ['steps'], /at least one step/],
    ['an unknown kind', firstStepWith({ kind: 'yoga' }), ['steps', 0, 'kind'], /expected one of.*"hold"/],
    [
      'a reps step without reps',
      routineWith({ steps: [withoutKey(swings, 'reps')] }),
      ['steps', 0, 'reps'],
      /how many repetitions/
    ],
    [
      'a timed step without a duration',
      routineWith({ steps: [withoutKey(hold, 'durationSeconds')] }),
      ['steps', 0, 'durationSeconds'],
      /how long the step lasts/
    ],
    ['a whitespace-only name', routineWith({ name: '   ' }), ['name'], /Give the routine a name/],
    ['a whitespace-only step name', firstStepWith({ name: ' \t ' }), ['steps', 0, 'name'], /Give the step a name/],
    ['duplicated step ids', routineWith({ steps: [hold, { ...swings, id: hold.id }] }), ['steps', 1, 'id'], /unique/],
    ['an unknown routine key', routineWith({ colour: 'red' }), [], /Unrecognized key: "colour"/],
    ['an unknown step key', firstStepWith({ tempo: 'fast' }), ['steps', 0], /Unrecognized key: "tempo"/],
    [
      'an id with capitals and spaces',
      routineWith({ id: 'My Routine' }),
      ['id'],
      /lowercase letters, digits and dashes/
    ],
    ['a step id with an underscore', firstStepWith({ id: 'calf_stretch' }), ['steps', 0, 'id'], /lowercase/]
  ] as const)('rejects %s, naming the field', (_case, input, path, message) => {
    expect(issuesOf(input)).toContainEqual({ path, message: expect.stringMatching(message) })
  })
})
