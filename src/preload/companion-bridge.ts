import type { CompanionApi } from '../contract/contract'
import { callChannel, eventChannel, eventNames, type EventName } from '../contract/names'

type ChannelListener = (event: unknown, ...args: unknown[]) => void

/** The part of `ipcRenderer` the bridge needs; a fake stands in for it in tests. */
export interface IpcRendererPort {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>
  on(channel: string, listener: ChannelListener): unknown
  removeListener(channel: string, listener: ChannelListener): unknown
}

/** The part of `contextBridge` the bridge needs. */
export interface ContextBridgePort {
  exposeInMainWorld(apiKey: string, api: unknown): void
}

const isEventName = (name: unknown): name is EventName =>
  typeof name === 'string' && (eventNames as readonly string[]).includes(name)

/**
 * Builds `window.companion`: one `call(name, input)` for every call of the table (the companion checks the
 * name and the input) and a subscribe limited to contract events. The raw `ipcRenderer` and its event objects
 * never reach the page.
 */
export function buildCompanionApi(ipc: IpcRendererPort): CompanionApi {
  const call = (name: unknown, input: unknown): Promise<unknown> => {
    if (typeof name !== 'string') return Promise.reject(new TypeError('A call needs a name'))
    return ipc.invoke(callChannel, name, input)
  }
  const subscribe = (event: unknown, listener: unknown): (() => void) => {
    // The page is untrusted: refuse loudly rather than open a channel the contract does not name.
    if (!isEventName(event)) throw new TypeError(`Unknown companion event: ${String(event)}`)
    if (typeof listener !== 'function') throw new TypeError('subscribe needs a listener function')
    const channel = eventChannel(event)
    const forward: ChannelListener = (_event, payload) => listener(payload)
    ipc.on(channel, forward)
    let subscribed = true
    return () => {
      if (!subscribed) return
      subscribed = false
      ipc.removeListener(channel, forward)
    }
  }
  // The outcome's type comes from the table; across the bridge it is what the companion answered.
  return Object.freeze({ call, subscribe }) as CompanionApi
}

/** Exposes the companion API to the page as `window.companion`. */
export function exposeCompanionApi(bridge: ContextBridgePort, ipc: IpcRendererPort): void {
  bridge.exposeInMainWorld('companion', buildCompanionApi(ipc))
}
