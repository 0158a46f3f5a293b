import { describe, expect, it } from 'vitest'
import type { AppState } from '../contract/state'
import { callChannel, callNames, eventChannel } from '../contract/names'
import { companionIn, tempDataDir } from '../service/testing/temp-companion'
import { connectCompanionIpc, type EventTargetPort, type InvokeEventPort, type IpcMainPort } from './companion-ipc'

const appUrl = 'file:///app/out/renderer/index.html'
const isAppUrl = (url: string): boolean => url.split('#')[0] === appUrl

type Handler = (event: InvokeEventPort, input: unknown) => Promise<unknown>

function fakeIpcMain() {
  const handlers = new Map<string, Handler>()
  const ipcMain: IpcMainPort = {
    handle: (channel, listener) => {
      if (handlers.has(channel)) throw new Error(`Second handler for ${channel}`)
      handlers.set(channel, listener)
    },
    removeHandler: (channel) => handlers.delete(channel)
  }
  const invoke = (channel: string, senderUrl: string | null, input: unknown): Promise<unknown> => {
    const handler = handlers.get(channel)
    if (!handler) throw new Error(`No handler for ${channel}`)
    return handler({ senderFrame: senderUrl === null ? null : { url: senderUrl } }, input)
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
  it('registers exactly one handler per contract call', () => {
    const { handlers } = connect()
    expect([...handlers.keys()].sort()).toEqual(callNames.map(callChannel).sort())
  })

  it("answers the app's own page through the companion", async () => {
    const { invoke } = connect()
    const outcome = (await invoke(callChannel('logWater'), `${appUrl}#/today`, { amountMl: 250 })) as {
      ok: true
      value: AppState
    }
    expect(outcome.ok).toBe(true)
    expect(outcome.value.today.totalMl).toBe(250)
  })

  it('passes bad input to the companion, which refuses it as invalid without changing anything', async () => {
    const { invoke, companion } = connect()
    const outcome = await invoke(callChannel('logWater'), appUrl, { amountMl: -5, extra: 'field' })
    expect(outcome).toMatchObject({ ok: false, error: { code: 'invalid_input' } })
    expect(companion.state().today.totalMl).toBe(0)
  })

  it('refuses a call from any other page, or from a frame that no longer exists, before the companion acts', async () => {
    const { invoke, companion } = connect()
    for (const sender of ['https://evil.example/', 'file:///home/someone/evil.html', 'about:blank', null]) {
      const outcome = await invoke(callChannel('logWater'), sender, { amountMl: 250 })
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

    await invoke(callChannel('logWater'), appUrl, { amountMl: 500 })

    expect(app.sent).toHaveLength(1)
    expect(app.sent[0]?.channel).toBe(eventChannel('stateChanged'))
    expect((app.sent[0]?.args[0] as AppState).today.totalMl).toBe(500)
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
