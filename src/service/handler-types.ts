import type { CallName, CallResults, ContractError, ParsedInputs, SliceCalls, SliceName } from '../contract/contract'

/**
 * One call's handler: its validated input in, its declared result out (both read from the call table); a
 * handler that waits on work off the service's thread (reading activity files) answers a promise of it.
 */
export type Handler<N extends CallName> = (input: ParsedInputs[N]) => CallResults[N] | Promise<CallResults[N]>

/** The handlers of one slice: exactly its calls, each typed by the table. */
export type SliceHandlers<S extends SliceName> = { readonly [N in keyof SliceCalls<S> & CallName]: Handler<N> }

/** Every call's handler. */
export type Handlers = { readonly [N in CallName]: Handler<N> }

/** A call that was understood but cannot be done (nothing to undo, an unknown routine…). */
export class CallRefused extends Error {
  constructor(readonly detail: ContractError) {
    super(detail.message)
  }
}

/** A refusal for something that is not there. */
export const notFound = (message: string): CallRefused => new CallRefused({ code: 'not_found', message, issues: [] })
