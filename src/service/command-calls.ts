import type { CallInput, CallName } from '../contract/contract'

/**
 * The table calls the command line may send over the local socket, and no others: a local client cannot reach
 * importData, deleteAllData or settings through it.
 */
export const commandLineCallNames = [
  'logWater',
  'pauseReminders',
  'resumeReminders',
  'startRoutine',
  'getState'
] as const satisfies readonly CallName[]

/** A call the command line may send. */
export type CommandLineCallName = (typeof commandLineCallNames)[number]

/** One call as the command line sends it: an allowed name with that call's own input type from the table. */
export type CommandLineCall = {
  readonly [N in CommandLineCallName]: { readonly name: N; readonly input: CallInput<N> }
}[CommandLineCallName]

/** Narrows a name read from the socket to a call the command line may send. */
export const isCommandLineCallName = (name: string): name is CommandLineCallName =>
  (commandLineCallNames as readonly string[]).includes(name)
