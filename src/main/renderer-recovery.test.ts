import type { BrowserWindow } from 'electron'
import { describe, expect, it } from 'vitest'
import {
  CRASH_WINDOW_MS,
  keepRendererAlive,
  RELOADS_PER_WINDOW,
  type RecoverableWindowPort,
  type RenderProcessGoneDetails
} from './renderer-recovery'

// Compile-time proof that a real window fits the port.
const _windowFits = (window: BrowserWindow): RecoverableWindowPort => window

function crashingWindow() {
  let gone: ((event: unknown, details: RenderProcessGoneDetails) => void) | undefined
  const calls: string[] = []
  let destroyed = false
  const window: RecoverableWindowPort = {
    webContents: {
      on: (_event, listener) => (gone = listener),
      reload: () => void calls.push('reload')
    },
    isDestroyed: () => destroyed,
    close: () => {
      calls.push('close')
      destroyed = true
    }
  }
  let nowMs = 1_000_000
  const log: string[] = []
  keepRendererAlive(window, { name: 'main window', now: () => nowMs, log: (message) => log.push(message) })
  return {
    calls,
    log,
    crash: (reason = 'crashed', exitCode = 11) => gone?.({}, { reason, exitCode }),
    wait: (ms: number) => {
      nowMs += ms
    }
  }
}

describe('keepRendererAlive', () => {
  it('reloads a page whose process crashed, ran out of memory or was killed, and says why', () => {
    const window = crashingWindow()
    window.crash('crashed', 11)
    window.wait(CRASH_WINDOW_MS)
    window.crash('oom', 0)
    window.wait(CRASH_WINDOW_MS)
    window.crash('killed', 9)
    expect(window.calls).toEqual(['reload', 'reload', 'reload'])
    expect(window.log[0]).toBe("The main window's page stopped (crashed, exit code 11); reloading it.")
  })

  it('leaves a page that exited cleanly alone', () => {
    const window = crashingWindow()
    window.crash('clean-exit', 0)
    expect(window.calls).toEqual([])
    expect(window.log).toEqual([])
  })

  it('closes a window whose page keeps crashing instead of reloading it in a loop', () => {
    const window = crashingWindow()
    for (let crash = 0; crash <= RELOADS_PER_WINDOW; crash += 1) {
      window.crash()
      window.wait(1_000)
    }
    expect(window.calls).toEqual([...Array<string>(RELOADS_PER_WINDOW).fill('reload'), 'close'])
    expect(window.log.at(-1)).toMatch(/keeps failing, so the window was closed\. Your data is safe/)
    // Closed windows are not touched again.
    window.crash()
    expect(window.calls.at(-1)).toBe('close')
    expect(window.calls).toHaveLength(RELOADS_PER_WINDOW + 1)
  })

  it('keeps reloading crashes that are far apart', () => {
    const window = crashingWindow()
    for (let crash = 0; crash < 10; crash += 1) {
      window.crash()
      window.wait(CRASH_WINDOW_MS / 2)
    }
    expect(window.calls.filter((call) => call === 'close')).toEqual([])
  })

  it('closes at once a page that cannot start or failed its integrity check', () => {
    for (const reason of ['launch-failed', 'integrity-failure']) {
      const window = crashingWindow()
      window.crash(reason, 1)
      expect(window.calls).toEqual(['close'])
    }
  })
})
