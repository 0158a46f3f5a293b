/** Every call the UI can make, by name (kept free of zod so the sandboxed preload stays tiny). */
export const callNames = [
  'getState',
  'updateSettings',
  'logWater',
  'undoLastWater',
  'removeWater',
  'dismissNotice',
  'startRoutine',
  'pauseRoutine',
  'resumeRoutine',
  'skipRoutineStep',
  'previousRoutineStep',
  'restartRoutine',
  'stopRoutine',
  'closeRoutine',
  'saveRoutine',
  'deleteRoutine',
  'resetRoutine',
  'openMiniTimer',
  'respondToReminder',
  'snoozeReminders',
  'skipReminder',
  'unskipReminder',
  'pauseReminders',
  'resumeReminders',
  'setHotDay',
  'logCramp',
  'deleteCramp',
  'acknowledgeWarnings',
  'checkInUrine',
  'getHistory',
  'exportData',
  'importData',
  'deleteAllData',
  'showMainWindow'
] as const
/** Calls that answer with something other than the app state (the window keeps its state as it is). */
export const queryCallNames = ['getHistory', 'exportData'] as const satisfies readonly (typeof callNames)[number][]

/** A call's name. */
export type CallName = (typeof callNames)[number]
/** A call that answers with the new app state (all but the few that answer with data). */
export type StateCallName = Exclude<CallName, (typeof queryCallNames)[number] | 'importData'>

/** Every event the service pushes to the UI. */
export const eventNames = ['stateChanged'] as const
/** An event's name. */
export type EventName = (typeof eventNames)[number]

/** The IPC channel that carries a call. */
export const callChannel = (name: CallName): string => `limber:call:${name}`
/** The IPC channel that carries an event. */
export const eventChannel = (name: EventName): string => `limber:event:${name}`

/** Narrows an untrusted string (an HTTP path segment, say) to a call name. */
export const isCallName = (name: string): name is CallName => (callNames as readonly string[]).includes(name)
