import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { formatSystemClockTime } from '../core/time/clock-format'
import { Companion } from './companion'
import { ManualClock } from './manual-clock'
import { createNodeNotifier } from './node-notifier-adapter'
import { startAsSetUp, tempDataDir } from './testing/temp-companion'
import { notificationBusMissing, startNotificationBus, type NotificationBus } from './testing/notification-bus'

// CI installs these (.ci/run), so there a missing program is a failure; on a developer machine it is a skip.
const missing = notificationBusMissing()
process.env.TZ = 'Europe/Berlin'

describe.skipIf(missing && !process.env.CI)(
  `the companion's reminders reach a real notification server${missing ? ` (missing: ${missing})` : ''}`,
  () => {
    let bus: NotificationBus | undefined
    let restoreEnv: (() => void) | undefined

    beforeAll(async () => {
      if (missing) throw new Error(`CI must install the programs these tests need (see .ci/run): ${missing}`)
      bus = await startNotificationBus()
      restoreEnv = bus.applyToProcessEnv()
    }, 20_000)

    afterAll(async () => {
      restoreEnv?.()
      await bus?.stop()
    })

    it('fires a drink and a warm-up reminder through node-notifier, read back off the bus', async () => {
      const clock = new ManualClock(new Date(2026, 10, 25, 5, 30).getTime())
      const dataDir = tempDataDir()
      startAsSetUp(dataDir)
      const companion = new Companion({
        dataDir,
        clock,
        mode: 'desktop',
        notifier: createNodeNotifier({ appName: 'Limber' })
      })
      const settings = companion.state().settings
      await companion.invoke('updateSettings', {
        activeHours: Object.fromEntries(
          Object.entries(settings.activeHours).map(([day, hours]) => [day, { ...hours, start: '06:00' }])
        ) as typeof settings.activeHours,
        reminders: {
          ...settings.reminders,
          hydration: { enabled: true, intervalMinutes: 30 },
          quietHours: { enabled: true, start: '22:00', end: '06:00' }
        },
        workouts: [
          {
            id: 'tempo',
            kind: 'run',
            time: '07:00',
            durationMinutes: 40,
            schedule: { type: 'once', date: '2026-11-25' }
          }
        ]
      })
      clock.advance(75 * 60_000)
      const wanted = ['Time for a drink', 'Warm up for your run']
      let received = await bus!.waitFor(1, 10_000)
      while (!wanted.every((summary) => received.some((notification) => notification.summary === summary))) {
        received = await bus!.waitFor(received.length + 1, 10_000)
      }
      const drink = received.find((notification) => notification.summary === 'Time for a drink')
      const warmUp = received.find((notification) => notification.summary === 'Warm up for your run')
      expect(drink).toMatchObject({ appName: 'Limber' })
      expect(drink?.body).toMatch(/^Drink about \d+ ml — 0\.\d of 2\.0 L so far$/)
      expect(
        warmUp?.body?.startsWith(`Your run starts at ${formatSystemClockTime(new Date(2026, 10, 25, 7).getTime())}.`)
      ).toBe(true)
      companion.dispose()
    }, 20_000)
  }
)
