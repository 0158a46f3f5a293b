import { vi } from 'vitest'
import type { TrayActions } from '../tray-menu'

/** Tray actions that record their calls, one spy per action. */
export function trayActionSpies() {
  return {
    logWater: vi.fn<TrayActions['logWater']>(),
    startRoutine: vi.fn<TrayActions['startRoutine']>(),
    controlRoutine: vi.fn<TrayActions['controlRoutine']>(),
    setWidgetEnabled: vi.fn<TrayActions['setWidgetEnabled']>(),
    snoozeReminder: vi.fn<TrayActions['snoozeReminder']>(),
    pauseReminders: vi.fn<TrayActions['pauseReminders']>(),
    resumeReminders: vi.fn<TrayActions['resumeReminders']>(),
    setDoNotDisturb: vi.fn<TrayActions['setDoNotDisturb']>(),
    showWhenToSeeADoctor: vi.fn<TrayActions['showWhenToSeeADoctor']>(),
    logCramp: vi.fn<TrayActions['logCramp']>(),
    openWindow: vi.fn<TrayActions['openWindow']>(),
    quit: vi.fn<TrayActions['quit']>()
  } satisfies TrayActions
}
