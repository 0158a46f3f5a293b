import { describe, expect, it } from 'vitest'
import { builtInRoutine, builtInRoutines } from '../routines/builtin-routines'
import { activityRuleSources, guidanceUsing, reminderSources } from './guidance-sources'
import { preventionSources } from './prevention'
import type { Routine } from '../routines/routine'
import { effectiveRoutines, withCurrentSources } from '../routines/routine-library'
import { commonPractice, factSources, retiredSourceIds, sourceById } from './sources'
import { warningKinds } from './warning-signs'

/** Publishers a reader cannot check or should not trust for health advice. */
const weakPublisher = /not named|not an official|running club|unknown|anonymous|blog/i

describe('cited sources', () => {
  it('each name an organisation or a journal and link to an https page', () => {
    for (const source of factSources) {
      expect(source.organisation.trim() || source.journal?.trim(), source.id).toBeTruthy()
      expect(source.title.trim(), source.id).not.toBe('')
      const url = new URL(source.url)
      expect(url.protocol, source.id).toBe('https:')
      expect(url.hostname, source.id).toMatch(/\.[a-z]{2,}$/)
    }
  })

  it('are never an unnamed publisher or a club', () => {
    const weak = factSources.filter((source) => weakPublisher.test(`${source.organisation} ${source.journal ?? ''}`))
    expect(weak.map((source) => source.organisation)).toEqual([])
  })

  it('have unique ids and unique addresses', () => {
    expect(new Set(factSources.map((source) => source.id)).size).toBe(factSources.length)
    expect(new Set(factSources.map((source) => source.url)).size).toBe(factSources.length)
  })

  it('are what every step of every built-in routine cites, or the step says it is common practice', () => {
    const unsourced = builtInRoutines.flatMap((routine) =>
      routine.steps
        .filter(
          (step) =>
            step.sourceIds.length === 0 || !step.sourceIds.every((id) => sourceById(id) || id === commonPractice)
        )
        .map((step) => `${routine.id}/${step.id}: ${step.sourceIds.join(', ')}`)
    )
    expect(unsourced).toEqual([])
  })

  it('leave only the moves no source describes as common practice', () => {
    const commonPracticeSteps = new Set(
      builtInRoutines.flatMap((routine) =>
        routine.steps.filter((step) => step.sourceIds.includes(commonPractice)).map((step) => step.id)
      )
    )
    expect([...commonPracticeSteps].sort()).toEqual(['butt-kicks', 'foam-roll', 'leg-swings'])
    const alsoSourced = builtInRoutines.flatMap((routine) =>
      routine.steps.filter((step) => step.sourceIds.includes(commonPractice) && step.sourceIds.length > 1)
    )
    expect(alsoSourced).toEqual([])
  })

  it('back every Prevention section, warning sign and reminder, with no common practice among them', () => {
    const guidance = [preventionSources, warningKinds, reminderSources, activityRuleSources].flatMap((table) =>
      Object.values(table)
    )
    for (const ids of guidance as (readonly string[])[]) {
      expect(ids.length).toBeGreaterThan(0)
      expect(ids.filter((id) => !sourceById(id))).toEqual([])
    }
  })

  it('are each used somewhere: by a routine step or by Prevention, a warning sign or a reminder', () => {
    const citedByRoutines = new Set(
      builtInRoutines.flatMap((routine) => routine.steps.flatMap((step) => step.sourceIds))
    )
    const unused = factSources.filter((source) => {
      const uses = guidanceUsing(source.id)
      return !citedByRoutines.has(source.id) && Object.values(uses).every((list) => list.length === 0)
    })
    expect(unused.map((source) => source.id)).toEqual([])
  })

  it('say where Limber uses them beyond the routines', () => {
    expect(guidanceUsing('nata-fluid-2000')).toEqual({
      prevention: [],
      warnings: [],
      reminders: ['pre-workout-drink'],
      activities: []
    })
    expect(guidanceUsing('nidirect-leg-cramps')).toEqual({
      prevention: ['causes'],
      warnings: ['long', 'nights', 'sleep'],
      reminders: [],
      activities: []
    })
    expect(guidanceUsing('acsm-fluid-2007').activities).toEqual(['sweat-estimate', 'hotFromC'])
    expect(guidanceUsing('schwellnus-cramps-2011').activities).toEqual(['minCramps', 'lookBackMs'])
  })
})

describe('routines saved with sources Limber no longer cites', () => {
  const warmUp = builtInRoutine('warm-up')!
  /** The warm-up as an earlier version saved it: an unattributed article and a running club. */
  const savedEarlier = (overrides: Partial<Routine>): Routine => ({
    ...warmUp,
    sourceIds: ['mayo-warm-up-cool-down', 'running-club-dynamic-warm-up', 'hamstring-cramps-article'],
    steps: warmUp.steps.map((step) => ({ ...step, sourceIds: ['running-club-dynamic-warm-up'] })),
    ...overrides
  })

  it('cite what the built-in steps cite now, in an edit of a built-in and in a copy', () => {
    const edit = savedEarlier({ name: 'My warm-up' })
    const copy = savedEarlier({ id: 'warm-up-copy-1', builtIn: false, basedOn: 'warm-up' })
    const shown = effectiveRoutines(builtInRoutines, { builtInEdits: [edit], custom: [copy] })
    for (const routine of [shown[0]!, shown.at(-1)!]) {
      expect(routine.sourceIds).toEqual(warmUp.sourceIds)
      expect(routine.steps.map((step) => step.sourceIds)).toEqual(warmUp.steps.map((step) => step.sourceIds))
    }
  })

  it("map a step of the user's own one for one: the club's moves become common practice", () => {
    const own = savedEarlier({ id: 'hill-drills', builtIn: false })
    const step = { ...warmUp.steps[0]!, id: 'step-a1', sourceIds: ['running-club-dynamic-warm-up', 'nhs-warm-up'] }
    const shown = withCurrentSources({ ...own, steps: [step] }, builtInRoutines)
    expect(shown.steps[0]?.sourceIds).toEqual([commonPractice, 'nhs-warm-up'])
    expect(shown.sourceIds).toEqual(['mayo-warm-up-cool-down', commonPractice])
  })

  it('keep a routine citing only current sources exactly as it is', () => {
    expect(withCurrentSources(warmUp, builtInRoutines)).toBe(warmUp)
  })

  it('are replaced only by sources Limber lists', () => {
    for (const ids of Object.values(retiredSourceIds)) {
      for (const id of ids) expect(sourceById(id) !== undefined || id === commonPractice, id).toBe(true)
    }
    expect(Object.keys(retiredSourceIds).filter((id) => sourceById(id))).toEqual([])
  })
})
