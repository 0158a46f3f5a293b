import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { reminderNotification } from '../core/reminders/reminder-text'
import type { PlannedReminder } from '../core/reminders/reminders'
import { createNodeNotifier } from './node-notifier-adapter'
import {
  notificationBusMissing,
  parseNotifyCalls,
  startNotificationBus,
  type NotificationBus
} from './testing/notification-bus'

// CI installs these (.ci/run), so there a missing program is a failure; on a developer machine it is a skip.
const missing = notificationBusMissing()
if (missing && !process.env.CI) {
  console.warn(`Skipping the desktop notification tests: ${missing} not installed (see .ci/run for the packages).`)
}

const runAtSevenMs = Date.UTC(2026, 10, 26, 7, 0)
const formatTime = (ms: number): string =>
  new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', timeZone: 'UTC' }).format(ms)
const context = { unit: 'ml', drunkMl: 1100, goalMl: 2000, workoutKind: 'run', formatTime } as const
const drink: PlannedReminder = {
  id: 'hydration:1',
  kind: 'hydration',
  dueAtMs: runAtSevenMs - 3 * 3_600_000,
  amountMl: 250
}
const warmUp: PlannedReminder = {
  id: 'warm-up:w1:2026-11-26',
  kind: 'warm-up',
  dueAtMs: runAtSevenMs - 15 * 60_000,
  workoutId: 'w1',
  workoutStartMs: runAtSevenMs
}

describe.skipIf(missing && !process.env.CI)(
  `desktop notifications on a private D-Bus session with dunst${missing ? ` (missing: ${missing})` : ''}`,
  () => {
    let bus: NotificationBus | undefined
    let restoreEnv: (() => void) | undefined
    const errors: Error[] = []

    beforeAll(async () => {
      if (missing) throw new Error(`CI must install the programs these tests need (see .ci/run): ${missing}`)
      bus = await startNotificationBus()
      // node-notifier spawns notify-send with this process's environment; vitest gives each file its own process.
      restoreEnv = bus.applyToProcessEnv()
    }, 20_000)

    afterAll(async () => {
      restoreEnv?.()
      await bus?.stop()
    })

    afterEach(() => {
      expect(errors).toEqual([])
    })

    const limber = createNodeNotifier({ appName: 'Limber', onError: (error) => errors.push(error) })

    it('delivers the hydration and warm-up reminders with the words the service renders', async () => {
      const before = bus!.notifications().length
      const drinkText = reminderNotification(drink, context)
      const warmUpText = reminderNotification(warmUp, context)

      await expect(limber.show({ id: drink.id, ...drinkText })).resolves.toBe('unknown')
      await expect(limber.show({ id: warmUp.id, ...warmUpText })).resolves.toBe('unknown')

      const seen = (await bus!.waitFor(before + 2, 10_000)).slice(before)
      expect(seen).toEqual([
        { appName: 'Limber', summary: 'Time for a drink', body: 'Drink about 250 ml — 1.1 of 2.0 L so far' },
        {
          appName: 'Limber',
          summary: 'Warm up for your run',
          body: 'Your run starts at 07:00. The warm-up takes about 10 minutes.'
        }
      ])
    }, 20_000)

    // Backslashes are the one exception: notify-send reads them as escapes (g_strcompress); our texts have none.
    it('passes quotes, dollar signs, backticks and line breaks through the shell unchanged', async () => {
      const before = bus!.notifications().length
      const tricky = { id: 'tricky', title: `"Quoted" $HOME`, body: "It's `date` and 100% $(echo safe)\nSecond line" }

      await limber.show(tricky)

      const [seen] = (await bus!.waitFor(before + 1, 10_000)).slice(before)
      expect(seen).toEqual({ appName: 'Limber', summary: tricky.title, body: tricky.body })
    }, 20_000)
  }
)

// Runs everywhere: the harness's reading of dbus-monitor output, on a capture from dbus-monitor 1.14.
describe('parseNotifyCalls', () => {
  it('reads app name, summary and body, including quotes and line breaks, and waits for a whole call', () => {
    const capture = [
      'signal time=1.1 sender=org.freedesktop.DBus -> destination=:1.0 serial=4 path=/org/freedesktop/DBus; interface=org.freedesktop.DBus; member=NameLost',
      '   string ":1.0"',
      'method call time=1.2 sender=:1.2 -> destination=:1.1 serial=9 path=/org/freedesktop/Notifications; interface=org.freedesktop.Notifications; member=Notify',
      '   string "Limber"',
      '   uint32 0',
      '   string ""',
      '   string "Time for a drink"',
      '   string "About "250" ml',
      'second line"',
      '   array [',
      '   ]',
      '   array [',
      '      dict entry(',
      '         string "urgency"',
      '         variant             byte 1',
      '      )',
      '   ]',
      '   int32 -1',
      'method call time=1.3 sender=:1.3 -> destination=:1.1 serial=9 path=/org/freedesktop/Notifications; interface=org.freedesktop.Notifications; member=Notify',
      '   string "Limber"',
      '   uint32 0',
      '   string ""',
      '   string "Half-printed'
    ].join('\n')
    expect(parseNotifyCalls(capture)).toEqual([
      { appName: 'Limber', summary: 'Time for a drink', body: 'About "250" ml\nsecond line' }
    ])
  })
})
