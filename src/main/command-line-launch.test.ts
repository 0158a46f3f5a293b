import { existsSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseCommandLine } from '../cli/command-line'
import type { SendOutcome } from '../cli/command-client'
import type { CommandLineCall } from '../service/command-calls'
import { commandSocketPath } from '../service/command-protocol'
import type { ReminderScreen } from '../service/reminder-engine'
import { companionIn, fakeClock, tempDataDir } from '../service/testing/temp-companion'
import {
  forwardLaunch,
  notAnsweringMessage,
  secondLaunchShowsWindow,
  serveCommandLine,
  singleInstanceData,
  type LaunchPort
} from './command-line-launch'

/** A port that records what the launch printed and how it ended. */
function recordingPort() {
  const record = { out: [] as string[], err: [] as string[], exitCode: undefined as number | undefined, quit: false }
  const port: LaunchPort = {
    print: (text) => record.out.push(text),
    printError: (text) => record.err.push(text),
    exit: (code) => {
      record.exitCode = code
    },
    quit: () => {
      record.quit = true
    }
  }
  return { port, record }
}

const noon = new Date(2026, 10, 25, 12).getTime()

describe('single-instance data', () => {
  it('tells the running instance to show its window only for a plain launch', () => {
    expect(secondLaunchShowsWindow(singleInstanceData(parseCommandLine(['.', '--no-sandbox'])))).toBe(true)
    expect(secondLaunchShowsWindow(singleInstanceData(parseCommandLine(['--log-water', '250'])))).toBe(false)
    expect(secondLaunchShowsWindow(singleInstanceData(parseCommandLine(['--log-water', 'lots'])))).toBe(false)
    expect(secondLaunchShowsWindow(singleInstanceData(parseCommandLine(['--help'])))).toBe(false)
    // Older launchers send nothing at all.
    expect(secondLaunchShowsWindow(undefined)).toBe(true)
    expect(secondLaunchShowsWindow(null)).toBe(true)
  })
})

describe('forwardLaunch (a second launch)', () => {
  it('quits a plain second launch the usual way, sending nothing', async () => {
    const { port, record } = recordingPort()
    const sent: CommandLineCall[] = []
    await forwardLaunch(parseCommandLine(['.']), {
      dataDir: '/data',
      port,
      send: async (_path, call) => {
        sent.push(call)
        return { kind: 'reply', ok: true, message: '' }
      }
    })
    expect(record).toEqual({ out: [], err: [], exitCode: undefined, quit: true })
    expect(sent).toEqual([])
  })

  it('forwards a command to the data folder’s socket, prints the reply and exits with its code', async () => {
    const sent: { path: string; call: CommandLineCall }[] = []
    const reply = (outcome: SendOutcome) => async (path: string, call: CommandLineCall) => {
      sent.push({ path, call })
      return outcome
    }
    const done = recordingPort()
    await forwardLaunch(parseCommandLine(['.', '--log-water', '250']), {
      dataDir: '/data',
      port: done.port,
      send: reply({ kind: 'reply', ok: true, message: 'Logged 250 ml. Water today: 250 of 2,000 ml.' })
    })
    expect(done.record).toEqual({
      out: ['Logged 250 ml. Water today: 250 of 2,000 ml.'],
      err: [],
      exitCode: 0,
      quit: false
    })
    expect(sent).toEqual([{ path: commandSocketPath('/data'), call: { name: 'logWater', input: { amountMl: 250 } } }])

    const refused = recordingPort()
    await forwardLaunch(parseCommandLine(['--start', 'relief']), {
      dataDir: '/data',
      port: refused.port,
      send: reply({ kind: 'reply', ok: false, message: 'No routine cramp-relief' })
    })
    expect(refused.record).toMatchObject({ out: [], err: ['No routine cramp-relief'], exitCode: 1 })
  })

  it('waits a little for an instance that is still starting, then says it did not answer', async () => {
    let attempts = 0
    const late = recordingPort()
    await forwardLaunch(parseCommandLine(['--status']), {
      dataDir: '/data',
      port: late.port,
      waitForServerMs: 1000,
      retryEveryMs: 10,
      send: async () =>
        ++attempts < 3
          ? { kind: 'not-running', message: 'Limber is not running (start it first).' }
          : { kind: 'reply', ok: true, message: 'Water today: 0 of 2,000 ml.' }
    })
    expect(attempts).toBe(3)
    expect(late.record).toMatchObject({ out: ['Water today: 0 of 2,000 ml.'], exitCode: 0 })

    const never = recordingPort()
    await forwardLaunch(parseCommandLine(['--status']), {
      dataDir: '/data',
      port: never.port,
      waitForServerMs: 50,
      retryEveryMs: 10,
      send: async () => ({ kind: 'not-running', message: 'Limber is not running (start it first).' })
    })
    expect(never.record).toMatchObject({ out: [], err: [notAnsweringMessage], exitCode: 1 })
  })

  it('prints help (exit 0) and mistakes (exit 2) without sending anything', async () => {
    const help = recordingPort()
    await forwardLaunch(parseCommandLine(['--help']), { dataDir: '/data', port: help.port })
    expect(help.record.exitCode).toBe(0)
    expect(help.record.out[0]).toMatch(/^Usage: limber <command>/)

    const bad = recordingPort()
    await forwardLaunch(parseCommandLine(['--pause', '0']), { dataDir: '/data', port: bad.port })
    expect(bad.record).toEqual({
      out: [],
      err: ['--pause must be between 1 and 10,080 minutes; 0 is out of range.'],
      exitCode: 2,
      quit: false
    })
  })
})

describe('serveCommandLine (the primary instance)', () => {
  it('takes commands on the data folder’s socket and stops on quit', async () => {
    const dataDir = tempDataDir()
    const companion = companionIn(dataDir, fakeClock(noon))
    const { port, record } = recordingPort()
    const serving = serveCommandLine({ companion, dataDir, launch: { kind: 'none' }, openScreen: () => {}, port })
    await serving.ready
    expect(existsSync(commandSocketPath(dataDir))).toBe(true)
    await forwardLaunch(parseCommandLine(['--log-water', '300']), { dataDir, port })
    expect(record.out).toEqual(['Logged 300 ml. Water today: 300 of 2,000 ml.'])
    await serving.stop()
    expect(existsSync(commandSocketPath(dataDir))).toBe(false)
  })

  it('runs the command it was launched with and shows the player for --start', async () => {
    const dataDir = tempDataDir()
    const companion = companionIn(dataDir, fakeClock(noon))
    const { port, record } = recordingPort()
    const opened: ReminderScreen[] = []
    const serving = serveCommandLine({
      companion,
      dataDir,
      launch: parseCommandLine(['.', '--start', 'warm-up']),
      openScreen: (screen) => opened.push(screen),
      port
    })
    await serving.ready
    await expect.poll(() => record.out).toEqual(['Started Pre-run warm-up.'])
    expect(opened).toEqual(['player'])
    expect(companion.state().session?.routine.id).toBe('warm-up')
    await serving.stop()
  })

  it('keeps running without the command line when the socket cannot be taken, and says why', async () => {
    const companion = companionIn(tempDataDir(), fakeClock(noon))
    const { port, record } = recordingPort()
    const serving = serveCommandLine({
      companion,
      dataDir: '/data',
      launch: parseCommandLine(['--bogus']),
      openScreen: () => {},
      port,
      startServer: () => Promise.reject(new Error('no room'))
    })
    await serving.ready
    expect(record.err).toEqual([
      'Unknown option --bogus. Run limber --help for the commands.',
      'The command line cannot reach Limber: no room'
    ])
    await serving.stop()
  })
})
