/** Every event the service pushes to the UI (kept free of zod so the sandboxed preload stays tiny). */
export const eventNames = ['stateChanged'] as const
/** An event's name. */
export type EventName = (typeof eventNames)[number]

/** The one IPC channel that carries every call, as `(name, input)`; the companion validates both. */
export const callChannel = 'limber:call'
/** The IPC channel that carries an event. */
export const eventChannel = (name: EventName): string => `limber:event:${name}`
