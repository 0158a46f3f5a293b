import { describe, expect, it } from 'vitest'
import type { AppState } from '../contract/state'
import { builtInRoutine } from '../core/routines/builtin-routines'
import { startSession } from '../core/routines/routine-session'
import { trayMenuTemplate, trayTooltip } from './tray-menu'
import { whenToSeeADoctorMessage } from './tray-relief'
import { appStateFixture } from '../contract/testing/app-state'
import { menuLabels, submenuLabels } from './testing/menu'
import { trayActionSpies } from './testing/tray-actions'

// Local noon, so the day and the clock times read the same in any time zone the tests run in.
const startMs = new Date(2026, 10, 25, 12, 0).getTime()
const template = (state: AppState, locale: string) => trayMenuTemplate(state, trayActionSpies(), locale, startMs)

describe('the tray in German', () => {
  it('labels the menu in German with German numbers', () => {
    const state = appStateFixture({ nowMs: startMs, drinksMl: [250, 1000] })
    expect(menuLabels(template(state, 'de-DE'))).toEqual([
      'Wasser heute: 1.250 von 2.000\u00a0ml',
      'Heute keine Erinnerungen mehr',
      'Wasser eintragen',
      '---',
      'Aufwärmen starten',
      'Abwärmen starten',
      'Ich habe einen Krampf',
      'Kurzanleitung bei Krampf',
      '---',
      'Erinnerungen pausieren',
      'Nicht stören',
      '---',
      'Limber öffnen',
      'Widget anzeigen',
      '---',
      'Limber beenden'
    ])
  })

  it('lists the relief steps in German and offers the glass in fluid ounces the German way', () => {
    const state = appStateFixture({ nowMs: startMs, settings: { volumeUnit: 'floz' } })
    const menu = template(state, 'de')
    expect(submenuLabels(menu, 'relief-guide')).toEqual([
      'Anhalten und locker lassen',
      'Sanft dehnen',
      'Den Muskel massieren',
      'Den Muskel wärmen',
      'Später: kühlen, wenn es schmerzt',
      '---',
      'Krampf eintragen…',
      'Wann zum Arzt?'
    ])
    expect(submenuLabels(menu, 'log-water')[0]).toBe('Glas (8,5 fl oz)')
  })

  it('says where the routine is in German in the tooltip', () => {
    const routine = builtInRoutine('warm-up')
    if (!routine) throw new Error('expected the built-in warm-up')
    const state = appStateFixture({ nowMs: startMs, session: startSession(routine, 's1', startMs) })
    expect(trayTooltip(state, 'de', startMs + 1000)).toBe(
      'Limber — heute 0 von 2.000\u00a0ml\nAufwärmen vor dem Laufen: Zügig gehen oder locker joggen'
    )
  })

  it('gives the when-to-see-a-doctor note in German', () => {
    const { title, detail } = whenToSeeADoctorMessage('de')
    expect(title).toBe('Wann zum Arzt?')
    expect(detail).toMatch(/^Geh zu einer Ärztin, einem Arzt oder in die Physiotherapie/)
    expect(detail).toMatch(/Allgemeine Hinweise, kein ärztlicher Rat\./)
  })
})
