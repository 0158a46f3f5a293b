import { describe, expect, it } from 'vitest'
import { builtInRoutine } from '../routines/builtin-routines'
import type { Routine } from '../routines/routine'
import { localizeRoutine, localizeRoutineName } from './routine-text'

const warmUp = builtInRoutine('warm-up') as Routine
const relief = builtInRoutine('cramp-relief') as Routine

describe('localizeRoutine', () => {
  it('gives a built-in routine its German name, steps and safety note', () => {
    const german = localizeRoutine(relief, 'de-DE')
    expect(german.name).toBe('Hilfe bei Krampf')
    expect(german.steps.map((step) => step.name)).toEqual([
      'Anhalten und locker lassen',
      'Sanft dehnen',
      'Den Muskel massieren',
      'Den Muskel wärmen',
      'Später: kühlen, wenn es schmerzt'
    ])
    expect(german.safetyNote).toMatch(/^Geh zu einer Ärztin/)
  })

  it('keeps ids, timings and sources, so nothing stored changes', () => {
    const german = localizeRoutine(warmUp, 'de')
    expect({ ...german, name: '', description: '', steps: [] }).toEqual({
      ...warmUp,
      name: '',
      description: '',
      steps: []
    })
    expect(german.steps.map(({ name: _n, instructions: _i, ...rest }) => rest)).toEqual(
      warmUp.steps.map(({ name: _n, instructions: _i, ...rest }) => rest)
    )
  })

  it('keeps what the person wrote and translates what they left as shipped', () => {
    const edited: Routine = {
      ...warmUp,
      name: 'My morning warm-up',
      steps: warmUp.steps.map((step, index) => (index === 0 ? { ...step, instructions: 'Walk to the park.' } : step))
    }
    const german = localizeRoutine(edited, 'de')
    expect(german.name).toBe('My morning warm-up')
    expect(german.description).toMatch(/^Etwa zehn Minuten/)
    expect(german.steps[0]).toMatchObject({ name: 'Zügig gehen oder locker joggen', instructions: 'Walk to the park.' })
  })

  it('turns German words saved in an edit back into English for an English locale', () => {
    const savedInGerman = localizeRoutine(warmUp, 'de')
    expect(localizeRoutine(savedInGerman, 'en-US')).toEqual(warmUp)
  })

  it('leaves a routine of the person’s own untouched', () => {
    const own: Routine = { ...warmUp, id: 'mine', name: 'Hill reps', builtIn: false, steps: [] }
    expect(localizeRoutine(own, 'de')).toEqual(own)
  })

  it('translates a journalled built-in routine name only', () => {
    expect(localizeRoutineName('cool-down', 'Post-workout cool-down', 'de')).toBe('Abwärmen nach dem Training')
    expect(localizeRoutineName('mine', 'Hill reps', 'de')).toBe('Hill reps')
  })
})
