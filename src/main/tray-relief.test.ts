import { describe, expect, it } from 'vitest'
import type { AppState } from '../contract/state'
import { builtInRoutine } from '../core/routines/builtin-routines'
import { generalGuidance } from '../core/health/sources'
import { trayMenuTemplate } from './tray-menu'
import { whenToSeeADoctorMessage } from './tray-relief'
import { appStateFixture } from '../contract/testing/app-state'
import { clickMenuItem, submenuLabels } from './testing/menu'
import { trayActionSpies } from './testing/tray-actions'

const nowMs = new Date(2026, 10, 25, 12).getTime()
const template = (state: AppState, actions = trayActionSpies()) => trayMenuTemplate(state, actions, 'en-GB', nowMs)

function clickIn(state: AppState, id: string) {
  const actions = trayActionSpies()
  clickMenuItem(template(state, actions), id)
  return actions
}

describe('the quick relief guide', () => {
  it('lists the cramp-relief steps in order, then the cramp log and when to see a doctor', () => {
    expect(submenuLabels(template(appStateFixture({ nowMs })), 'relief-guide')).toEqual([
      'Stop and ease off',
      'Gentle stretch',
      'Massage the muscle',
      'Warm the muscle',
      'Later: ice if sore',
      '---',
      'Log a cramp…',
      'When to see a doctor'
    ])
  })

  it('starts the cramp-relief routine at the step chosen', () => {
    const state = appStateFixture({ nowMs })
    expect(clickIn(state, 'relief-step-0').startRoutine.mock.calls).toEqual([['cramp-relief', 0]])
    expect(clickIn(state, 'relief-step-2').startRoutine.mock.calls).toEqual([['cramp-relief', 2]])
    expect(clickIn(state, 'relief-step-4').startRoutine.mock.calls).toEqual([['cramp-relief', 4]])
  })

  it('follows the routine as the person edited it, so each step starts where its label says', () => {
    const state = appStateFixture({ nowMs })
    const relief = builtInRoutine('cramp-relief')
    if (!relief) throw new Error('expected the built-in relief routine')
    const [stop, stretch, , warmth] = relief.steps
    if (!stop || !stretch || !warmth) throw new Error('expected the relief steps')
    const edited = { ...relief, steps: [stretch, { ...warmth, name: 'Heat & rest' }] }
    const routines = state.routines.map((routine) => (routine.id === 'cramp-relief' ? edited : routine))
    expect(submenuLabels(template({ ...state, routines }), 'relief-guide')).toEqual([
      'Gentle stretch',
      'Heat && rest',
      '---',
      'Log a cramp…',
      'When to see a doctor'
    ])
  })

  it('starts cramp relief from its first step with one click on "I have a cramp"', () => {
    const items = template(appStateFixture({ nowMs }))
    expect(items.find((item) => item.id === 'cramp-now')?.label).toBe('I have a cramp')
    expect(clickIn(appStateFixture({ nowMs }), 'cramp-now').startRoutine).toHaveBeenCalledWith('cramp-relief', 0)
  })

  it('opens the cramp log from the relief guide', () => {
    expect(clickIn(appStateFixture({ nowMs }), 'log-cramp').logCramp).toHaveBeenCalledOnce()
  })

  it('shows when to see a doctor from the menu', () => {
    expect(clickIn(appStateFixture({ nowMs }), 'when-to-see-a-doctor').showWhenToSeeADoctor).toHaveBeenCalledOnce()
  })
})

describe('whenToSeeADoctorMessage', () => {
  it("gives the relief routine's red flags and says it is not medical advice", () => {
    const { title, message, detail } = whenToSeeADoctorMessage()
    expect(title).toBe('When to see a doctor')
    expect(message).toBe('When to see a doctor')
    expect(detail).toContain(builtInRoutine('cramp-relief')?.safetyNote)
    expect(detail).toMatch(/lasts more than 10 minutes/)
    expect(detail).toMatch(/numbness/)
    expect(detail.endsWith(generalGuidance)).toBe(true)
    // Said once: the routine's note already tells when to see a professional.
    expect(detail.match(/doctor or physiotherapist/g)).toHaveLength(1)
  })
})
