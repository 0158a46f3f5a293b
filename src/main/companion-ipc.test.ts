import { describe, expect, it } from 'vitest'
import type { StateChanges } from '../contract/state'
import { callChannel, eventChannel } from '../contract/names'
import { companionIn, tempDataDir } from '../service/testing/temp-companion'
import { connectCompanionIpc, type EventTargetPort, type InvokeEventPort, type IpcMainPort } from './companion-ipc'

const appUrl = 'file:///app/out/renderer/index.html'
const isAppUrl = (url: string): boolean => url.split('#')[0] === appUrl

type Handler = (event: InvokeEventPort, name: unknown, input: unknown) => Promise<unknown>

function fakeIpcMain() {
  const handlers = new Map<string, Handler>()
  const ipcMain: IpcMainPort = {
    handle: (channel, listener) => {
      if (handlers.has(channel)) throw new Error(`Second handler for ${channel}`)
      handlers.set(channel, listener)
    },
    removeHandler: (channel) => handlers.delete(channel)
  }
  const invoke = (name: string, senderUrl: string | null, input: unknown): Promise<unknown> => {
    const handler = handlers.get(callChannel)
    if (!handler) throw new Error(`No handler for ${callChannel}`)
    return handler({ senderFrame: senderUrl === null ? null : { url: senderUrl } }, name, input)
  }
  return { ipcMain, handlers, invoke }
}

function fakeWebContents(url: string, destroyed = false) {
  const sent: { channel: string; args: unknown[] }[] = []
  const contents: EventTargetPort = {
    isDestroyed: () => destroyed,
    getURL: () => url,
    send: (channel, ...args) => sent.push({ channel, args })
  }
  return { contents, sent }
}

function connect(targets: EventTargetPort[] = []) {
  const fake = fakeIpcMain()
  const companion = companionIn(tempDataDir())
  const disconnect = connectCompanionIpc({ ipcMain: fake.ipcMain, companion, isAppUrl, eventTargets: () => targets })
  return { ...fake, companion, disconnect }
}

describe('connectCompanionIpc', () => {
  it('carries every call over one channel', () => {
    const { handlers } = connect()
    expect([...handlers.keys()]).toEqual([callChannel])
  })

  it('answers a name the table does not have as an unknown call', async () => {
    const { invoke } = connect()
    expect(await invoke('formatDisk', appUrl, {})).toMatchObject({ ok: false, error: { code: 'unknown_call' } })
  })

  it("answers the app's own page through the companion", async () => {
    const { invoke } = connect()
    const outcome = await invoke('logWater', `${appUrl}#/today`, { amountMl: 250 })
    expect(outcome).toMatchObject({
      ok: true,
      value: { amountMl: 250 },
      changes: { slices: { today: { totalMl: 250 } } }
    })
  })

  it('passes bad input to the companion, which refuses it as invalid without changing anything', async () => {
    const { invoke, companion } = connect()
    const outcome = await invoke('logWater', appUrl, { amountMl: -5, extra: 'field' })
    expect(outcome).toMatchObject({ ok: false, error: { code: 'invalid_input' } })
    expect(companion.state().today.totalMl).toBe(0)
  })

  it('refuses a call from any other page, or from a frame that no longer exists, before the companion acts', async () => {
    const { invoke, companion } = connect()
    for (const sender of ['https://evil.example/', 'file:///home/someone/evil.html', 'about:blank', null]) {
      const outcome = await invoke('logWater', sender, { amountMl: 250 })
      expect(outcome).toEqual({
        ok: false,
        error: { code: 'refused', message: 'Refused: untrusted sender', issues: [] }
      })
    }
    expect(companion.state().today.totalMl).toBe(0)
  })

  it("pushes state changes to every live window showing the app's page, and to no other", async () => {
    const app = fakeWebContents(`${appUrl}#/settings`)
    const closed = fakeWebContents(appUrl, true)
    const foreign = fakeWebContents('https://example.com/')
    const { invoke } = connect([app.contents, closed.contents, foreign.contents])

    await invoke('logWater', appUrl, { amountMl: 500 })

    expect(app.sent).toHaveLength(1)
    expect(app.sent[0]?.channel).toBe(eventChannel('stateChanged'))
    expect((app.sent[0]?.args[0] as StateChanges).slices.today?.totalMl).toBe(500)
    expect(closed.sent).toEqual([])
    expect(foreign.sent).toEqual([])
  })

  it('removes its handlers and stops pushing events once disconnected', async () => {
    const window = fakeWebContents(appUrl)
    const { handlers, companion, disconnect } = connect([window.contents])

    disconnect()
    await companion.invoke('logWater', { amountMl: 250 })

    expect(handlers.size).toBe(0)
    expect(window.sent).toEqual([])
  })
})
