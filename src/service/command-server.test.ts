import { existsSync, linkSync, mkdtempSync, statSync } from 'node:fs'
import { connect, createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { formatSystemClockTime } from '../core/time/clock-format'
import type { Companion } from './companion'
import type { CommandLineCall } from './command-calls'
import { commandSocketPath, encodeCommandRequest, type CommandReply } from './command-protocol'
import { runCommandLineCall } from './command-runner'
import { startCommandServer, type CommandServer } from './command-server'
import type { ReminderScreen } from './reminder-engine'
import { companionIn, fakeClock, tempDataDir } from './testing/temp-companion'

const noon = new Date(2026, 10, 25, 12).getTime()
/** A time on the test day as the system writes it (its 12- or 24-hour choice). */
const clockAt = (hours: number, minutes: number): string =>
  formatSystemClockTime(new Date(2026, 10, 25, hours, minutes).getTime())
/** A date as the system's locale names it in a reply ("Thu Nov 26" in en-US, "Thu 26 Nov" in en-GB). */
const systemDay = (at: Date): string =>
  new Intl.DateTimeFormat(undefined, { weekday: 'short', day: 'numeric', month: 'short' }).format(at).replace(',', '')
const servers: CommandServer[] = []
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()))
})

/** A companion on a temp folder and a command server on a real socket next to it. */
async function running(): Promise<{
  companion: Companion
  clock: ReturnType<typeof fakeClock>
  socketPath: string
  opened: ReminderScreen[]
}> {
  const dataDir = tempDataDir()
  const clock = fakeClock(noon)
  const companion = companionIn(dataDir, clock)
  const opened: ReminderScreen[] = []
  const socketPath = commandSocketPath(dataDir)
  servers.push(await startCommandServer({ companion, socketPath, clock, openScreen: (screen) => opened.push(screen) }))
  return { companion, clock, socketPath, opened }
}

/** Writes raw bytes to the socket and reads the whole answer. */
function exchange(socketPath: string, request: string | Buffer): Promise<string> {
  return new Promise((resolve, reject) => {
    let received = ''
    const socket = connect(socketPath, () => socket.write(request))
    socket.setEncoding('utf8')
    socket.on('data', (chunk: string) => (received += chunk))
    socket.on('end', () => resolve(received))
    socket.on('error', reject)
  })
}

const send = async (socketPath: string, call: CommandLineCall): Promise<CommandReply> =>
  JSON.parse(await exchange(socketPath, encodeCommandRequest(call))) as CommandReply
/** Sends a request line as any local client could write it, not only as the command line builds it. */
const sendRaw = async (socketPath: string, request: unknown): Promise<CommandReply> =>
  JSON.parse(await exchange(socketPath, `${JSON.stringify(request)}\n`)) as CommandReply

describe('command server', () => {
  it('logs water and answers with today in the volume unit from settings', async () => {
    const { companion, socketPath } = await running()
    await companion.invoke('logWater', { amountMl: 500 })
    expect(await send(socketPath, { name: 'logWater', input: { amountMl: 250 } })).toEqual({
      ok: true,
      message: 'Logged 250 ml. Water today: 750 of 2,000 ml.'
    })
    expect(companion.state().today.totalMl).toBe(750)
    await companion.invoke('updateSettings', { volumeUnit: 'floz' })
    expect(await send(socketPath, { name: 'logWater', input: { amountMl: 1500 } })).toEqual({
      ok: true,
      message: 'Logged 50.7 fl oz. Water today: 76.1 of 67.6 fl oz. Goal reached.'
    })
  })

  it('pauses reminders for some minutes and says until when, naming the day when it is not today', async () => {
    const { companion, socketPath } = await running()
    expect(await send(socketPath, { name: 'pauseReminders', input: { minutes: 65 } })).toEqual({
      ok: true,
      message: `Reminders paused until ${clockAt(13, 5)}.`
    })
    expect(companion.state().reminders).toMatchObject({ paused: true, state: { pausedUntilMs: noon + 65 * 60_000 } })
    expect(await send(socketPath, { name: 'pauseReminders', input: { minutes: 24 * 60 } })).toEqual({
      ok: true,
      message: `Reminders paused until ${systemDay(new Date(2026, 10, 26))} at ${clockAt(12, 0)}.`
    })
  })

  it('turns reminders back on, Do not disturb included', async () => {
    const { companion, socketPath } = await running()
    await companion.invoke('pauseReminders', { until: 'turned-on' })
    await companion.invoke('updateSettings', {
      reminders: { ...companion.state().settings.reminders, doNotDisturb: true }
    })
    const reply = await send(socketPath, { name: 'resumeReminders', input: {} })
    expect(reply.ok).toBe(true)
    expect(reply.message).toMatch(
      /^Reminders are back on\. (Next at \d{1,2}:\d\d( [AP]M)?: .+|No more reminders today)\.$/
    )
    expect(companion.state().reminders.paused).toBe(false)
    expect(companion.state().settings.reminders.doNotDisturb).toBe(false)
  })

  it('starts a routine by its command-line name and opens the player', async () => {
    const { companion, socketPath, opened } = await running()
    expect(await send(socketPath, { name: 'startRoutine', input: { routineId: 'cramp-relief' } })).toEqual({
      ok: true,
      message: 'Started Cramp relief.'
    })
    expect(companion.state().session).toMatchObject({ status: 'running', routine: { id: 'cramp-relief' } })
    expect(opened).toEqual(['player'])
    await send(socketPath, { name: 'startRoutine', input: { routineId: 'cool-down' } })
    expect(companion.state().session?.routine.id).toBe('cool-down')
  })

  it('sums up water, reminders and the running routine for --status', async () => {
    const { companion, clock, socketPath } = await running()
    await companion.invoke('logWater', { amountMl: 750 })
    await companion.invoke('pauseReminders', { minutes: 30 })
    await send(socketPath, { name: 'startRoutine', input: { routineId: 'warm-up' } })
    clock.advance(306_000) // the 5 s get-ready countdown, then the 5-minute walk
    expect(await send(socketPath, { name: 'getState', input: {} })).toEqual({
      ok: true,
      message: [
        'Water today: 750 of 2,000 ml.',
        `Reminders: paused until ${clockAt(12, 30)}.`,
        'Routine: Pre-run warm-up, step 2 of 5: Leg swings (left leg).'
      ].join('\n')
    })
    await companion.invoke('stopRoutine', {})
    await companion.invoke('resumeReminders', {})
    const lines = (await send(socketPath, { name: 'getState', input: {} })).message.split('\n')
    expect(lines[1]).toMatch(/^Reminders: on\. (Next at \d{1,2}:\d\d( [AP]M)?: .+|No more reminders today)\.$/)
    expect(lines[2]).toBe('Routine: none running.')
  })

  it('passes on what the companion refuses, as its message', async () => {
    const companion = {
      call: async () => ({ ok: false, error: { code: 'refused', message: 'No routine cramp-relief', issues: [] } }),
      state: () => {
        throw new Error('a refused call has no state to word')
      },
      textLocale: () => undefined
    } as unknown as Companion
    const call = { name: 'startRoutine', input: { routineId: 'cramp-relief' } } as const
    expect(await runCommandLineCall(call, { companion })).toEqual({ ok: false, message: 'No routine cramp-relief' })
  })

  it('refuses malformed JSON and lines that are not a call, changing nothing', async () => {
    const { companion, socketPath } = await running()
    expect(JSON.parse(await exchange(socketPath, '{"name":\n'))).toEqual({
      ok: false,
      message: 'Limber could not read that request: it is not JSON.'
    })
    for (const request of [
      { command: { kind: 'log-water', amountMl: 250 } },
      { name: 42, input: {} },
      { name: 'logWater' },
      { name: 'getState', input: {}, extra: true }
    ]) {
      expect(await sendRaw(socketPath, request)).toEqual({
        ok: false,
        message: 'Limber did not understand that command.'
      })
    }
    expect(companion.state().today.totalMl).toBe(0)
  })

  it('validates the input with the call table and names the wrong field, changing nothing', async () => {
    const { companion, socketPath } = await running()
    for (const input of [{ amountMl: 99999 }, { amountMl: '250' }, { amountMl: 250, note: 'x' }, null]) {
      const reply = await sendRaw(socketPath, { name: 'logWater', input })
      expect(reply.ok).toBe(false)
      expect(reply.message).toMatch(/^Invalid logWater input: (amountMl|input)$/)
    }
    expect(await sendRaw(socketPath, { name: 'startRoutine', input: { routineId: 'no-such-routine' } })).toEqual({
      ok: false,
      message: expect.stringContaining('no-such-routine')
    })
    expect(companion.state().today.totalMl).toBe(0)
    expect(companion.state().session).toBeNull()
  })

  it('takes only the calls on the command line’s allow-list, saying which ones it does take', async () => {
    const { companion, socketPath } = await running()
    const allowed = 'logWater, pauseReminders, resumeReminders, startRoutine, and getState'
    for (const name of ['deleteAllData', 'updateSettings', 'no-such-call']) {
      expect(await sendRaw(socketPath, { name, input: {} })).toEqual({
        ok: false,
        message: `The command line cannot send "${name}"; it sends ${allowed}.`
      })
    }
    expect(await sendRaw(socketPath, { name: 'updateSettings', input: { volumeUnit: 'floz' } })).toMatchObject({
      ok: false
    })
    expect(companion.state().settings.volumeUnit).toBe('ml')
    await companion.invoke('updateSettings', { language: 'de' })
    expect(await sendRaw(socketPath, { name: 'importData', input: {} })).toEqual({
      ok: false,
      message:
        'Die Kommandozeile kann „importData“ nicht senden; sie sendet logWater, pauseReminders, resumeReminders, startRoutine und getState.'
    })
  })

  it('refuses a request over 4 KB without reading the rest', async () => {
    const { socketPath } = await running()
    const reply = JSON.parse(await exchange(socketPath, Buffer.alloc(5000, 'x'))) as CommandReply
    expect(reply).toEqual({ ok: false, message: 'That request is too large (the limit is 4096 bytes).' })
  })

  it('keeps the socket to its user (0600) and removes it on close', async () => {
    const { socketPath } = await running()
    expect(statSync(socketPath).mode & 0o777).toBe(0o600)
    await servers.pop()?.close()
    expect(existsSync(socketPath)).toBe(false)
  })

  it('replaces a socket file left by a crash, but not one a live process answers on', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'limber-sock-'))
    const socketPath = join(folder, 'limber.sock')
    // A socket file that nothing listens on: a second name for a socket whose server then closed.
    const other = createServer()
    await new Promise<void>((resolve) => other.listen(join(folder, 'other.sock'), resolve))
    linkSync(join(folder, 'other.sock'), socketPath)
    await new Promise<void>((resolve) => other.close(() => resolve()))
    expect(existsSync(socketPath)).toBe(true)

    const companion = companionIn(tempDataDir(), fakeClock(noon))
    servers.push(await startCommandServer({ companion, socketPath }))
    expect((await send(socketPath, { name: 'getState', input: {} })).ok).toBe(true)
    await expect(startCommandServer({ companion, socketPath })).rejects.toThrow(
      `Another process already takes Limber commands at ${socketPath}.`
    )
    expect((await send(socketPath, { name: 'getState', input: {} })).ok).toBe(true)
  })
})

describe('commandSocketPath', () => {
  it('puts the socket in the data folder, or in the temp folder when that path is too long for a socket', () => {
    expect(commandSocketPath('/home/ann/.config/Limber', 'linux', '/tmp')).toBe('/home/ann/.config/Limber/limber.sock')
    const deep = `/home/ann/${'very-long-folder-name/'.repeat(5)}Limber`
    expect(commandSocketPath(deep, 'linux', '/tmp')).toMatch(/^\/tmp\/limber-[0-9a-f]{16}\.sock$/)
    expect(commandSocketPath(deep, 'linux', '/tmp')).toBe(commandSocketPath(deep, 'linux', '/tmp'))
    expect(commandSocketPath(`${deep}2`, 'linux', '/tmp')).not.toBe(commandSocketPath(deep, 'linux', '/tmp'))
  })

  it('uses a named pipe per data folder on Windows', () => {
    const pipe = commandSocketPath('C:\\Users\\Ann\\AppData\\Roaming\\Limber', 'win32')
    expect(pipe).toMatch(/^\\\\\.\\pipe\\limber-[0-9a-f]{16}$/)
    expect(commandSocketPath('c:\\users\\ann\\appdata\\roaming\\limber', 'win32')).toBe(pipe)
  })
})
