import { EventEmitter } from 'node:events'
import type { PowerMonitor } from 'electron'
import { describe, expect, it, vi } from 'vitest'
import {
  awayAfterSeconds,
  connectPowerEvents,
  userPresence,
  type IdleMonitorPort,
  type PowerMonitorPort
} from './power-events'

// Compile-time proof that Electron's powerMonitor fits the port.
const _powerMonitorFits = (powerMonitor: PowerMonitor): PowerMonitorPort & IdleMonitorPort => powerMonitor

function connect() {
  const powerMonitor = new EventEmitter()
  const companion = { systemSuspended: vi.fn(), systemResumed: vi.fn() }
  const disconnect = connectPowerEvents(powerMonitor, companion)
  return { powerMonitor, companion, disconnect }
}

describe('connectPowerEvents', () => {
  it('tells the companion when the machine goes to sleep and when it wakes', () => {
    const { powerMonitor, companion } = connect()
    powerMonitor.emit('suspend')
    expect(companion.systemSuspended).toHaveBeenCalledOnce()
    expect(companion.systemResumed).not.toHaveBeenCalled()
    powerMonitor.emit('resume')
    expect(companion.systemResumed).toHaveBeenCalledOnce()
  })

  it('keeps a routine running when the screen is only locked', () => {
    const { powerMonitor, companion } = connect()
    powerMonitor.emit('lock-screen')
    powerMonitor.emit('unlock-screen')
    expect(companion.systemSuspended).not.toHaveBeenCalled()
    expect(companion.systemResumed).not.toHaveBeenCalled()
  })

  it('stops listening once disconnected', () => {
    const { powerMonitor, companion, disconnect } = connect()
    disconnect()
    powerMonitor.emit('suspend')
    powerMonitor.emit('resume')
    expect(companion.systemSuspended).not.toHaveBeenCalled()
    expect(powerMonitor.listenerCount('suspend')).toBe(0)
  })
})

describe('userPresence', () => {
  it("passes on the system's answer, counting a minute without input as away", () => {
    const asked: number[] = []
    for (const state of ['active', 'idle', 'locked', 'unknown'] as const) {
      const presence = userPresence({
        getSystemIdleState: (idleThresholdSeconds) => {
          asked.push(idleThresholdSeconds)
          return state
        }
      })
      expect(presence).toBe(state)
    }
    expect(new Set(asked)).toEqual(new Set([awayAfterSeconds]))
    expect(awayAfterSeconds).toBe(60)
  })

  it("says 'unknown', which the companion treats as present, when the system gives no usable answer", () => {
    expect(userPresence({ getSystemIdleState: () => 'screensaver' })).toBe('unknown')
    expect(
      userPresence({
        getSystemIdleState: () => {
          throw new Error('idle detection is not available on this desktop')
        }
      })
    ).toBe('unknown')
  })
})
