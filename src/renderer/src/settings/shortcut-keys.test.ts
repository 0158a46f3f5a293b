import { describe, expect, it } from 'vitest'
import { describeAccelerator, recordKeys, type RecordedKeys } from './shortcut-keys'

const press = (code: string, held: Partial<RecordedKeys> = {}): RecordedKeys => ({
  code,
  ctrlKey: false,
  altKey: false,
  shiftKey: false,
  metaKey: false,
  ...held
})

describe('recording a global shortcut from the keys pressed', () => {
  it('stores Ctrl+Alt+W in Electron syntax, and Command on a Mac the same way', () => {
    expect(recordKeys(press('KeyW', { ctrlKey: true, altKey: true }), false)).toEqual({
      kind: 'accelerator',
      accelerator: 'CommandOrControl+Alt+W'
    })
    expect(recordKeys(press('KeyW', { metaKey: true, altKey: true }), true)).toEqual({
      kind: 'accelerator',
      accelerator: 'CommandOrControl+Alt+W'
    })
  })

  it('reads F-keys, digits, arrows and the Windows key', () => {
    expect(recordKeys(press('F5', { shiftKey: true }), false)).toMatchObject({ accelerator: 'Shift+F5' })
    expect(recordKeys(press('Digit7', { altKey: true }), false)).toMatchObject({ accelerator: 'Alt+7' })
    expect(recordKeys(press('ArrowUp', { metaKey: true }), false)).toMatchObject({ accelerator: 'Super+Up' })
  })

  it('waits while only modifiers are held, and cancels on Escape', () => {
    expect(recordKeys(press('ControlLeft', { ctrlKey: true }), false)).toEqual({ kind: 'waiting' })
    expect(recordKeys(press('Escape'), false)).toEqual({ kind: 'cancel' })
  })

  it('refuses a key without a modifier, and keys a global shortcut cannot use', () => {
    expect(recordKeys(press('KeyW'), false)).toEqual({ kind: 'needsModifier' })
    expect(recordKeys(press('Backquote', { ctrlKey: true }), false)).toEqual({ kind: 'unsupportedKey' })
    expect(recordKeys(press('F25', { ctrlKey: true }), false)).toEqual({ kind: 'unsupportedKey' })
  })
})

describe('showing a stored shortcut', () => {
  it('names the keys of the keyboard in use', () => {
    expect(describeAccelerator('CommandOrControl+Alt+W', false)).toBe('Ctrl+Alt+W')
    expect(describeAccelerator('CommandOrControl+Alt+W', true)).toBe('Cmd+Option+W')
  })
})
