/** Small routines for tests: a step of 30 s with no sides, sets or rest unless a test says otherwise. */
import type { Routine, RoutineStep } from '../routine'

/** A one-set hold step named after its id; `fields` change what a test is about. */
export const testStep = (id: string, fields: Partial<RoutineStep> = {}): RoutineStep => ({
  id,
  name: id,
  instructions: '',
  kind: 'hold',
  durationSeconds: 30,
  sides: 'none',
  sets: 1,
  restSeconds: 0,
  sourceIds: [],
  ...fields
})

/** A custom warm-up made of `steps`; `fields` change its id, name or purpose. */
export const testRoutine = (steps: readonly RoutineStep[], fields: Partial<Routine> = {}): Routine => ({
  id: 'test',
  name: 'Test',
  purpose: 'warm-up',
  description: '',
  builtIn: false,
  steps,
  sourceIds: [],
  ...fields
})
