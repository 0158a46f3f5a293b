import { describe, expect, it } from 'vitest'
import { builtInRoutine, builtInRoutines } from './builtin-routines'
import { SWITCH_SIDES_SECONDS, type Routine, type RoutineStep } from './routine'
import { RoutineSchema } from './routine-schema'
import { commonPractice, factSources, notMedicalAdvice, sourceById } from '../health/sources'

/** How long a step takes: every set on every side, the switch-sides pauses, and the rests between sets. */
const stepSeconds = (step: RoutineStep): number => {
  const work = step.durationSeconds ?? (step.reps ?? 0) * (step.secondsPerRep ?? 0)
  const sides = step.sides === 'both' ? 2 : 1
  const switchPause = step.sides === 'both' ? SWITCH_SIDES_SECONDS : 0
  return (work * sides + switchPause) * step.sets + step.restSeconds * (step.sets - 1)
}
const totalSeconds = (routine: Routine): number => routine.steps.reduce((sum, step) => sum + stepSeconds(step), 0)

const routine = (id: string): Routine => {
  const found = builtInRoutine(id)
  if (!found) throw new Error(`No built-in routine '${id}'`)
  return found
}

describe('built-in routines', () => {
  it.each(builtInRoutines.map((r) => [r.id, r] as const))('%s passes the routine schema', (_id, candidate) => {
    const result = RoutineSchema.safeParse(candidate)
    expect(result.success, result.success ? '' : JSON.stringify(result.error.issues, null, 2)).toBe(true)
  })

  it('are all marked built-in and have unique ids', () => {
    expect(builtInRoutines.every((r) => r.builtIn)).toBe(true)
    const ids = builtInRoutines.map((r) => r.id)
    expect(new Set(ids).size).toBe(ids.length)
  })

  it('cite only sources listed on the Sources screen (or common practice), on every routine and every step', () => {
    const unknown = builtInRoutines.flatMap((r) =>
      [...r.sourceIds, ...r.steps.flatMap((s) => s.sourceIds)]
        .filter((id) => !sourceById(id) && id !== commonPractice)
        .map((id) => `${r.id}: ${id}`)
    )
    expect(unknown).toEqual([])
    expect(builtInRoutines.every((r) => r.sourceIds.length > 0 && r.steps.every((s) => s.sourceIds.length > 0))).toBe(
      true
    )
  })

  it('include the routines other features refer to, each with its purpose', () => {
    expect(builtInRoutines.map((r) => [r.id, r.purpose])).toEqual(
      expect.arrayContaining([
        ['warm-up', 'warm-up'],
        ['warm-up-short', 'warm-up'],
        ['cool-down', 'cool-down'],
        ['cool-down-short', 'cool-down'],
        ['cramp-relief', 'relief'],
        ['cramp-relief-short', 'relief']
      ])
    )
    expect(builtInRoutine('no-such-routine')).toBeUndefined()
  })

  it('keep the quick variants to about five minutes and the full warm-up longer', () => {
    for (const id of ['warm-up-short', 'cool-down-short', 'cramp-relief-short']) {
      expect(totalSeconds(routine(id)), id).toBeLessThanOrEqual(330)
    }
    expect(totalSeconds(routine('warm-up'))).toBeGreaterThan(totalSeconds(routine('warm-up-short')))
    expect(totalSeconds(routine('warm-up'))).toBeGreaterThanOrEqual(10 * 60)
    expect(totalSeconds(routine('warm-up'))).toBeLessThanOrEqual(12 * 60)
  })

  it('start the pre-run warm-up with several minutes of brisk walking or easy jogging', () => {
    const [first] = routine('warm-up').steps
    expect(first).toMatchObject({ kind: 'cardio', id: 'brisk-walk' })
    expect(first?.durationSeconds).toBeGreaterThanOrEqual(5 * 60)
  })

  it('give the cramp relief routines red flags, including a cramp lasting more than 10 minutes', () => {
    for (const id of ['cramp-relief', 'cramp-relief-short']) {
      expect(routine(id).safetyNote, id).toMatch(/10 minutes/)
      expect(routine(id).safetyNote, id).toMatch(/numbness/)
    }
  })

  it('do the relief stretch on the cramped leg only', () => {
    const stretch = routine('cramp-relief').steps.find((s) => s.kind === 'hold')
    expect(stretch).toMatchObject({ sides: 'none' })
  })

  it('hold cool-down stretches for at least 20 seconds on both legs', () => {
    for (const id of ['cool-down', 'cool-down-short']) {
      const holds = routine(id).steps.filter((s) => s.kind === 'hold')
      expect(holds.length, id).toBeGreaterThan(0)
      for (const hold of holds) {
        expect(hold.durationSeconds, `${id}/${hold.id}`).toBeGreaterThanOrEqual(20)
        expect(hold.sides, `${id}/${hold.id}`).toBe('both')
      }
    }
  })
})

describe('fact sources', () => {
  it('have unique ids and name an organisation and a title', () => {
    expect(new Set(factSources.map((s) => s.id)).size).toBe(factSources.length)
    expect(factSources.every((s) => s.organisation.trim() && s.title.trim())).toBe(true)
  })

  it('say the guidance is not medical advice', () => {
    expect(notMedicalAdvice).toMatch(/not medical advice/i)
  })
})
