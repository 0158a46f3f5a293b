/**
 * A real desktop notification server on a private D-Bus session, for tests.
 *
 * `startNotificationBus()` starts, all as children of the test process:
 *   1. `dbus-daemon` on a socket in a fresh temporary folder (its own config: no service activation, so
 *      nothing but our dunst can answer);
 *   2. `Xvfb` on a free display (`-displayfd` lets the server pick one, so parallel test files never clash);
 *   3. `dbus-monitor`, which prints every `org.freedesktop.Notifications.Notify` call; the harness is ready
 *      only once the monitor is attached (it reports losing its own name when it becomes a monitor);
 *   4. `dunst`, the notification server, on that display and bus; ready once it owns
 *      `org.freedesktop.Notifications` (read off the monitor, so there is no polling).
 * Anything that sends notifications with `bus.env` (a child process such as browser mode or Electron), or
 * from this process after `bus.applyToProcessEnv()` (node-notifier spawns notify-send with process.env;
 * vitest runs each test file in its own process, so this does not leak into other files) is seen in
 * `bus.notifications()`. `waitFor(n)` counts from the start: to wait for new ones, note
 * `notifications().length` first. Waits use real timers (never start the bus under `vi.useFakeTimers()`)
 * and fail with what arrived so far. Always `await bus.stop()`; one bus per test file is plenty.
 *
 * @example
 *   const bus = await startNotificationBus()
 *   const restoreEnv = bus.applyToProcessEnv()
 *   try { await sendSomething(); expect(await bus.waitFor(1)).toMatchObject([{ summary: 'Time for a drink' }]) }
 *   finally { restoreEnv(); await bus.stop() }
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { accessSync, constants, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { delimiter, join } from 'node:path'
import type { Readable } from 'node:stream'

/** One Notify call as the notification server received it. */
export interface BusNotification {
  readonly appName: string
  readonly summary: string
  readonly body: string
}

/** A running private notification bus. */
export interface NotificationBus {
  /** This process's environment pointed at the private bus and display (and away from any Wayland display). */
  readonly env: NodeJS.ProcessEnv
  readonly busAddress: string
  /** The X display dunst draws on, as `:N`. */
  readonly display: string
  /** Every Notify call seen so far, oldest first. */
  notifications(): BusNotification[]
  /** Resolves with all notifications once at least `count` arrived; rejects after `timeoutMs` saying what came. */
  waitFor(count: number, timeoutMs?: number): Promise<BusNotification[]>
  /** Points this process's DBUS_SESSION_BUS_ADDRESS and DISPLAY at the bus; returns a function that undoes it. */
  applyToProcessEnv(): () => void
  /** Stops every process the harness started and removes its temporary folder. Safe to call twice. */
  stop(): Promise<void>
}

/** The programs the harness needs (notify-send is what node-notifier runs on Linux). */
export const notificationBusExecutables = ['dbus-daemon', 'dbus-monitor', 'Xvfb', 'dunst', 'notify-send'] as const

/** Names the missing programs (`"dunst, Xvfb"`), or undefined when all are on PATH. */
export function notificationBusMissing(): string | undefined {
  const missing = notificationBusExecutables.filter((name) => !onPath(name))
  return missing.length > 0 ? missing.join(', ') : undefined
}

function onPath(name: string): boolean {
  return (process.env.PATH ?? '').split(delimiter).some((dir) => {
    try {
      const file = join(dir, name)
      accessSync(file, constants.X_OK)
      return statSync(file).isFile()
    } catch {
      return false
    }
  })
}

const DEFAULT_TIMEOUT_MS = 10_000
const NOTIFY_CALL =
  /^method call [^\n]*interface=org\.freedesktop\.Notifications; member=Notify\n {3}string "([\s\S]*?)"\n {3}uint32 \d+\n {3}string "[\s\S]*?"\n {3}string "([\s\S]*?)"\n {3}string "([\s\S]*?)"\n {3}array \[/gm
const SERVER_OWNS_NAME =
  /member=NameOwnerChanged\n {3}string "org\.freedesktop\.Notifications"\n {3}string "[^"]*"\n {3}string ":/
const MONITOR_ATTACHED = /member=NameLost\n/

/** Parses dbus-monitor's text for Notify calls (strings are printed unescaped, so arguments are cut by layout). */
export function parseNotifyCalls(monitorOutput: string): BusNotification[] {
  return [...monitorOutput.matchAll(NOTIFY_CALL)].map(([, appName = '', summary = '', body = '']) => ({
    appName,
    summary,
    body
  }))
}

/** A child process the harness started, with the tail of its stderr for failure messages. */
interface Daemon {
  readonly name: string
  readonly child: ChildProcess
  /** Settles when the process ends, or fails to start. */
  readonly exited: Promise<void>
  stderr(): string
}

function startDaemon(command: string, args: string[], env: NodeJS.ProcessEnv, extraPipes = 0): Daemon {
  const child = spawn(command, args, {
    env,
    stdio: ['ignore', 'pipe', 'pipe', ...Array<'pipe'>(extraPipes).fill('pipe')]
  })
  let stderr = ''
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
    stderr = (stderr + chunk).slice(-4000)
  })
  const exited = new Promise<void>((resolve) => {
    child.once('exit', (code, signal) => {
      stderr += `\n(exited: code ${code}, signal ${signal})`
      resolve()
    })
    child.once('error', (error) => {
      stderr += `\n(${error.message})`
      resolve()
    })
  })
  return { name: command, child, exited, stderr: () => stderr.trim() }
}

/**
 * Resolves with `ready`'s first non-undefined answer, asked now and after each chunk of `stream`
 * (`text` is what the stream said since the call); rejects on timeout or when a `watched` daemon ends.
 */
function waitForText<T>(
  stream: Readable,
  ready: (text: string) => T | undefined,
  what: string,
  timeoutMs: number,
  watched: readonly Daemon[]
): Promise<T> {
  return new Promise((resolve, reject) => {
    let text = ''
    let settled = false
    const finish = (): void => {
      settled = true
      clearTimeout(timer)
      stream.off('data', onData)
    }
    const fail = (reason: string): void => {
      if (settled) return
      finish()
      const stderrs = watched.map((daemon) => `${daemon.name} stderr: ${daemon.stderr() || '(none)'}`)
      reject(new Error(`${reason} while waiting for ${what}. ${stderrs.join('; ')}`))
    }
    const onData = (chunk: string): void => {
      if (settled) return
      text += chunk
      const answer = ready(text)
      if (answer === undefined) return
      finish()
      resolve(answer)
    }
    const timer = setTimeout(() => fail(`No answer in ${timeoutMs} ms`), timeoutMs)
    stream.setEncoding('utf8').on('data', onData)
    for (const daemon of watched) void daemon.exited.then(() => fail(`${daemon.name} ended`))
    onData('')
  })
}

async function stopDaemon(daemon: Daemon): Promise<void> {
  if (daemon.child.exitCode !== null || daemon.child.signalCode !== null || daemon.child.pid === undefined) return
  daemon.child.kill('SIGTERM')
  const killTimer = setTimeout(() => daemon.child.kill('SIGKILL'), 2000)
  await daemon.exited
  clearTimeout(killTimer)
}

const xmlText = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

/** A session bus listening in `socketDir`, with no service activation: only the dunst we start can answer. */
const busConfig = (socketDir: string): string => `<!DOCTYPE busconfig PUBLIC
 "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN" "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:dir=${xmlText(socketDir)}</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
`

/** Starts a private session bus with dunst on a virtual display, and a monitor that records every Notify call. */
export async function startNotificationBus(options: { timeoutMs?: number } = {}): Promise<NotificationBus> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS
  const missing = notificationBusMissing()
  if (missing) throw new Error(`The notification bus needs these programs on PATH: ${missing}`)

  const dir = mkdtempSync(join(tmpdir(), 'limber-bus-'))
  const daemons: Daemon[] = []
  // Best effort if a test forgets stop(): a process that ends normally takes its daemons with it.
  const killAll = (): void => daemons.forEach((daemon) => daemon.child.kill('SIGKILL'))
  process.once('exit', killAll)
  let stopped = false
  const stop = async (): Promise<void> => {
    if (stopped) return
    stopped = true
    process.off('exit', killAll)
    for (const daemon of [...daemons].reverse()) await stopDaemon(daemon)
    rmSync(dir, { recursive: true, force: true })
  }

  try {
    writeFileSync(join(dir, 'bus.conf'), busConfig(dir))
    writeFileSync(join(dir, 'dunstrc'), '[global]\n    icon_position = off\n')
    const baseEnv: NodeJS.ProcessEnv = { ...process.env }
    delete baseEnv.WAYLAND_DISPLAY // dunst would prefer Wayland; the harness wants it on our Xvfb.

    const bus = startDaemon(
      'dbus-daemon',
      [`--config-file=${join(dir, 'bus.conf')}`, '--nofork', '--print-address=1'],
      baseEnv
    )
    const xvfb = startDaemon('Xvfb', ['-displayfd', '3', '-nolisten', 'tcp', '-screen', '0', '800x600x24'], baseEnv, 1)
    daemons.push(bus, xvfb)
    const firstLine = (text: string): string | undefined => /^(.+)\n/.exec(text)?.[1]?.trim()
    const [busAddress, displayNumber] = await Promise.all([
      waitForText(bus.child.stdout!, firstLine, 'the bus address', timeoutMs, [bus]),
      waitForText(xvfb.child.stdio[3] as Readable, firstLine, 'a free X display', timeoutMs, [xvfb])
    ])
    const display = `:${displayNumber}`
    const env: NodeJS.ProcessEnv = { ...baseEnv, DBUS_SESSION_BUS_ADDRESS: busAddress, DISPLAY: display }

    const monitor = startDaemon(
      'dbus-monitor',
      [
        '--session',
        "type='signal',interface='org.freedesktop.DBus',member='NameOwnerChanged',arg0='org.freedesktop.Notifications'",
        "interface='org.freedesktop.Notifications',member='Notify'"
      ],
      env
    )
    daemons.push(monitor)
    const monitorStream = monitor.child.stdout!
    let monitorOutput = ''
    // Registered before any wait, so every wait's check below already sees the chunk that woke it.
    monitorStream.setEncoding('utf8').on('data', (chunk: string) => (monitorOutput += chunk))
    const whenMonitor = (pattern: RegExp) => (): true | undefined => (pattern.test(monitorOutput) ? true : undefined)
    await waitForText(monitorStream, whenMonitor(MONITOR_ATTACHED), 'dbus-monitor to attach', timeoutMs, [monitor])

    const dunst = startDaemon('dunst', ['-config', join(dir, 'dunstrc')], env)
    daemons.push(dunst)
    await waitForText(
      monitorStream,
      whenMonitor(SERVER_OWNS_NAME),
      'dunst to own org.freedesktop.Notifications',
      timeoutMs,
      [monitor, dunst]
    )

    const notifications = (): BusNotification[] => parseNotifyCalls(monitorOutput)
    return {
      env,
      busAddress,
      display,
      notifications,
      stop,
      async waitFor(count, waitMs = DEFAULT_TIMEOUT_MS) {
        const enough = (): BusNotification[] | undefined => {
          const seen = notifications()
          return seen.length >= count ? seen : undefined
        }
        try {
          return await waitForText(monitorStream, enough, `${count} notifications`, waitMs, [monitor, dunst])
        } catch (error) {
          throw new Error(`${(error as Error).message}. Seen so far: ${JSON.stringify(notifications())}`)
        }
      },
      applyToProcessEnv() {
        const previous = {
          DBUS_SESSION_BUS_ADDRESS: process.env.DBUS_SESSION_BUS_ADDRESS,
          DISPLAY: process.env.DISPLAY
        }
        Object.assign(process.env, { DBUS_SESSION_BUS_ADDRESS: busAddress, DISPLAY: display })
        return () => {
          for (const [key, value] of Object.entries(previous)) {
            if (value === undefined) delete process.env[key]
            else process.env[key] = value
          }
        }
      }
    }
  } catch (error) {
    await stop()
    throw error
  }
}
