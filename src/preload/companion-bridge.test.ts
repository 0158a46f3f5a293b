import { describe, expect, it } from 'vitest'
import { callChannel, eventChannel } from '../contract/names'
import { buildCompanionApi, exposeCompanionApi, type IpcRendererPort } from './companion-bridge'

type Listener = (event: unknown, ...args: unknown[]) => void

function fakeIpcRenderer() {
  const invoked: { channel: string; args: unknown[] }[] = []
  const listeners = new Map<string, Set<Listener>>()
  const ipc: IpcRendererPort = {
    invoke: async (channel, ...args) => {
      invoked.push({ channel, args })
      return { ok: true, value: `answer from ${channel}` }
    },
    on: (channel, listener) => listeners.set(channel, (listeners.get(channel) ?? new Set()).add(listener)),
    removeListener: (channel, listener) => listeners.get(channel)?.delete(listener)
  }
  const emit = (channel: string, payload: unknown): void => {
    const senderEvent = { sender: 'the raw IpcRendererEvent', ports: [] }
    for (const listener of listeners.get(channel) ?? []) listener(senderEvent, payload)
  }
  const count = (channel: string): number => listeners.get(channel)?.size ?? 0
  return { ipc, invoked, emit, count }
}

describe('window.companion', () => {
  it('is exposed under "companion" as one call function plus subscribe, and nothing else', () => {
    const exposed: [string, unknown][] = []
    exposeCompanionApi({ exposeInMainWorld: (key, api) => exposed.push([key, api]) }, fakeIpcRenderer().ipc)

    expect(exposed).toHaveLength(1)
    const [key, api] = exposed[0]!
    expect(key).toBe('companion')
    expect(Object.keys(api as object).sort()).toEqual(['call', 'subscribe'])
    for (const value of Object.values(api as object)) expect(typeof value).toBe('function')
    expect(Object.isFrozen(api)).toBe(true)
  })

  it('sends each call on the call channel with only its name and input, and returns the answer', async () => {
    const { ipc, invoked } = fakeIpcRenderer()
    const api = buildCompanionApi(ipc)

    const outcome = await api.call('logWater', { amountMl: 250 })
    await api.call('getState', {})

    expect(outcome).toEqual({ ok: true, value: `answer from ${callChannel}` })
    expect(invoked).toEqual([
      { channel: callChannel, args: ['logWater', { amountMl: 250 }] },
      { channel: callChannel, args: ['getState', {}] }
    ])
  })

  it('refuses a call without a string name before anything is sent', async () => {
    const { ipc, invoked } = fakeIpcRenderer()
    const call = buildCompanionApi(ipc).call as (name: unknown, input: unknown) => Promise<unknown>
    await expect(call({ toString: () => 'logWater' }, {})).rejects.toThrow(TypeError)
    expect(invoked).toEqual([])
  })

  it('hands subscribers only the payload, never the IPC event object', () => {
    const { ipc, emit } = fakeIpcRenderer()
    const received: unknown[][] = []
    buildCompanionApi(ipc).subscribe('stateChanged', (...args: unknown[]) => received.push(args))

    emit(eventChannel('stateChanged'), { today: { totalMl: 750 } })

    expect(received).toEqual([[{ today: { totalMl: 750 } }]])
  })

  it('stops delivering after unsubscribe, and a second unsubscribe is harmless', () => {
    const { ipc, emit, count } = fakeIpcRenderer()
    const received: unknown[] = []
    const unsubscribe = buildCompanionApi(ipc).subscribe('stateChanged', (payload) => received.push(payload))

    unsubscribe()
    unsubscribe()
    emit(eventChannel('stateChanged'), { late: true })

    expect(received).toEqual([])
    expect(count(eventChannel('stateChanged'))).toBe(0)
  })

  it('refuses to subscribe to anything the contract does not name', () => {
    const { ipc, count } = fakeIpcRenderer()
    const subscribe = buildCompanionApi(ipc).subscribe as (event: unknown, listener: unknown) => unknown

    expect(() => subscribe('limber:call:logWater', () => {})).toThrow(TypeError)
    expect(() => subscribe('__proto__', () => {})).toThrow(TypeError)
    expect(() => subscribe({ toString: () => 'stateChanged' }, () => {})).toThrow(TypeError)
    expect(() => subscribe('stateChanged', 'not a function')).toThrow(TypeError)
    expect(count(eventChannel('stateChanged'))).toBe(0)
    expect(count('limber:call:logWater')).toBe(0)
  })
})
