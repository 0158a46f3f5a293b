import { describe, expect, it } from 'vitest'
import { alreadyRunningMessage } from './startup-messages'

describe('alreadyRunningMessage', () => {
  it('points at the running browser mode by its address', () => {
    const message = alreadyRunningMessage(
      { pid: 41, mode: 'browser', address: 'http://127.0.0.1:5050/?token=abc', startedAtMs: 0 },
      '/home/runner/.config/Limber'
    )
    expect(message).toContain('in browser mode at http://127.0.0.1:5050/?token=abc')
    expect(message).toContain('/home/runner/.config/Limber')
  })

  it('names the other desktop process when that is what holds the folder', () => {
    expect(alreadyRunningMessage({ pid: 77, mode: 'desktop', startedAtMs: 0 }, '/data')).toContain(
      'as another desktop app (process 77)'
    )
  })
})
