import { describe, expect, it } from 'vitest'
import { playerKeyAction } from './use-player-keys'
import { msUntilNextSecond } from './use-session-position'

const on = (tagName: string, isContentEditable = false) => ({ tagName, isContentEditable })

describe('player keyboard shortcuts', () => {
  it('maps Space, arrows and Escape when focus is on the page', () => {
    expect(playerKeyAction(' ', on('H1'), false)).toBe('togglePause')
    expect(playerKeyAction('ArrowRight', on('BODY'), false)).toBe('skip')
    expect(playerKeyAction('ArrowLeft', null, false)).toBe('back')
    expect(playerKeyAction('Escape', on('DIV'), false)).toBe('requestStop')
    expect(playerKeyAction('f', on('BODY'), false)).toBe('toggleFocus')
    expect(playerKeyAction('a', on('DIV'), false)).toBeNull()
  })

  it('leaves keys alone in text fields and with modifiers', () => {
    expect(playerKeyAction(' ', on('INPUT'), false)).toBeNull()
    expect(playerKeyAction('ArrowRight', on('TEXTAREA'), false)).toBeNull()
    expect(playerKeyAction('Escape', on('DIV', true), false)).toBeNull()
    expect(playerKeyAction('ArrowLeft', on('BODY'), true)).toBeNull()
  })

  it('pauses with Space even when a button or a checkbox has focus (Enter still presses them)', () => {
    expect(playerKeyAction(' ', on('BUTTON'), false)).toBe('togglePause')
    expect(playerKeyAction(' ', { tagName: 'INPUT', type: 'checkbox' }, false)).toBe('togglePause')
    expect(playerKeyAction('Enter', on('BUTTON'), false)).toBeNull()
    expect(playerKeyAction('ArrowRight', on('BUTTON'), false)).toBe('skip')
  })
})

describe('repaint timing', () => {
  it('wakes when the displayed second changes, not on a fixed tick', () => {
    expect(msUntilNextSecond(24_000)).toBe(1000)
    expect(msUntilNextSecond(23_650)).toBe(650)
    expect(msUntilNextSecond(1)).toBe(1)
  })
})
