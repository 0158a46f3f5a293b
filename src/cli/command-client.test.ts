import { mkdtempSync } from 'node:fs'
import { createServer, type Server, type Socket } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { startCommandServer } from '../service/command-server'
import { companionIn, fakeClock, tempDataDir } from '../service/testing/temp-companion'
import { exitCodeFor, foreignOwner, notRunningMessage, sendCommand } from './command-client'

const cleanups: (() => Promise<void>)[] = []
afterEach(async () => {
  await Promise.all(cleanups.splice(0).map((cleanup) => cleanup()))
})

const socketIn = (): string => join(mkdtempSync(join(tmpdir(), 'limber-cli-')), 'limber.sock')

/** A raw server that does whatever the test says with each connection. */
async function rawServer(socketPath: string, onConnection: (socket: Socket) => void): Promise<Server> {
  const open = new Set<Socket>()
  const server = createServer((socket) => {
    open.add(socket)
    onConnection(socket)
  })
  await new Promise<void>((resolve) => server.listen(socketPath, resolve))
  cleanups.push(
    () =>
      new Promise((resolve) => {
        for (const socket of open) socket.destroy()
        server.close(() => resolve())
      })
  )
  return server
}

describe('sendCommand', () => {
  it('sends a command to the running Limber and returns its reply', async () => {
    const socketPath = socketIn()
    const companion = companionIn(tempDataDir(), fakeClock(new Date(2026, 10, 25, 12).getTime()))
    const server = await startCommandServer({ companion, socketPath })
    cleanups.push(() => server.close())
    const outcome = await sendCommand(socketPath, { name: 'logWater', input: { amountMl: 250 } }, 2000)
    expect(outcome).toEqual({ kind: 'reply', ok: true, message: 'Logged 250 ml. Water today: 250 of 2,000 ml.' })
    expect(exitCodeFor(outcome)).toBe(0)
  })

  it('says Limber is not running when nothing listens', async () => {
    const outcome = await sendCommand(socketIn(), { name: 'getState', input: {} }, 2000)
    expect(outcome).toEqual({ kind: 'not-running', message: notRunningMessage() })
    expect(notRunningMessage()).toBe('Limber is not running (start it first).')
    expect(notRunningMessage('de')).toBe('Limber läuft nicht (starte es zuerst).')
    expect(exitCodeFor(outcome)).toBe(1)
  })

  it('passes a refusal on with exit code 1', async () => {
    const socketPath = socketIn()
    await rawServer(socketPath, (socket) => socket.end('{"ok":false,"message":"No routine cramp-relief"}\n'))
    const outcome = await sendCommand(socketPath, { name: 'startRoutine', input: { routineId: 'cramp-relief' } }, 2000)
    expect(outcome).toEqual({ kind: 'reply', ok: false, message: 'No routine cramp-relief' })
    expect(exitCodeFor(outcome)).toBe(1)
  })

  it('gives up on a Limber that does not answer in time, and on an answer it cannot read', async () => {
    const silent = socketIn()
    await rawServer(silent, () => undefined)
    expect(await sendCommand(silent, { name: 'getState', input: {} }, 200)).toEqual({
      kind: 'failed',
      message: 'Limber did not answer within 1 second.'
    })
    const garbled = socketIn()
    await rawServer(garbled, (socket) => socket.end('hello\n'))
    expect(await sendCommand(garbled, { name: 'getState', input: {} }, 2000)).toEqual({
      kind: 'failed',
      message: 'Limber sent an answer the command line could not read.'
    })
  })

  it('sends nothing to a socket file that belongs to another user', async () => {
    const socketPath = socketIn()
    await rawServer(socketPath, (socket) => socket.end('{"ok":true,"message":"fine"}\n'))
    const uid = process.getuid?.() ?? 0
    expect(foreignOwner(socketPath, uid)).toBeUndefined()
    expect(foreignOwner(socketPath, uid + 1)).toBe(
      `The command socket ${socketPath} belongs to another user; nothing was sent.`
    )
    expect(foreignOwner(join(tmpdir(), 'no-such-limber.sock'), uid + 1)).toBeUndefined()
  })
})
