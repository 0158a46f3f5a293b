import type { AnyCallOutcome, ContractError, EventPayloads } from '../contract/contract'
import { callChannel, eventChannel, eventNames, type EventName } from '../contract/names'
import type { Companion } from '../service/companion'

/** What an invoke handler learns about its caller: the frame that sent the message, if it still exists. */
export interface InvokeEventPort {
  readonly senderFrame: { readonly url: string } | null
}

/** The part of `ipcMain` the adapter uses; only src/main/ipc-adapter.ts passes the real one. */
export interface IpcMainPort {
  handle(channel: string, listener: (event: InvokeEventPort, name: unknown, input: unknown) => Promise<unknown>): void
  removeHandler(channel: string): void
}

/** A window's web contents, as far as pushing events to it goes. */
export interface EventTargetPort {
  isDestroyed(): boolean
  getURL(): string
  send(channel: string, ...args: unknown[]): void
}

/** What the IPC wiring needs. */
export interface CompanionIpcOptions {
  readonly ipcMain: IpcMainPort
  readonly companion: Pick<Companion, 'invoke' | 'on'>
  /** Whether a URL is the app's own page; every other sender is refused. */
  readonly isAppUrl: (url: string) => boolean
  /** The web contents of every open window, asked afresh for each event. */
  readonly eventTargets: () => readonly EventTargetPort[]
}

const refusal = (message: string): AnyCallOutcome => ({
  ok: false,
  error: { code: 'refused', message, issues: [] } satisfies ContractError
})

/**
 * Carries every call of the table over one invoke channel, `(name, input)`, checking the sender before
 * the companion sees either (it validates both), and pushes every contract event to the app's windows.
 * Returns a function undoing both.
 */
export function connectCompanionIpc(options: CompanionIpcOptions): () => void {
  const { ipcMain, companion, isAppUrl, eventTargets } = options
  ipcMain.handle(callChannel, async (event, name, input) => {
    // A frame that navigated away or was never ours (a stray iframe, a hijacked page) gets nothing.
    const senderUrl = event.senderFrame?.url
    if (senderUrl === undefined || !isAppUrl(senderUrl)) return refusal('Refused: untrusted sender')
    try {
      return await companion.invoke(String(name), input)
    } catch (error) {
      // invoke answers bad input itself; this only catches a fault, and keeps it a plain outcome.
      const message = error instanceof Error ? error.message : String(error)
      return { ok: false, error: { code: 'internal', message, issues: [] } } satisfies AnyCallOutcome
    }
  })
  const unsubscribes = eventNames.map((eventName) =>
    companion.on(eventName, (payload) => pushEvent(eventTargets(), eventName, payload, isAppUrl))
  )
  return () => {
    ipcMain.removeHandler(callChannel)
    for (const unsubscribe of unsubscribes) unsubscribe()
  }
}

function pushEvent<E extends EventName>(
  targets: readonly EventTargetPort[],
  event: E,
  payload: EventPayloads[E],
  isAppUrl: (url: string) => boolean
): void {
  for (const target of targets) {
    if (!target.isDestroyed() && isAppUrl(target.getURL())) target.send(eventChannel(event), payload)
  }
}
