import type { z } from 'zod'
import type { StateKey } from './state'
import type { ResultOf } from './call'
import { activitiesSlice } from './slices/activities'
import { crampsSlice } from './slices/cramps'
import { historySlice } from './slices/history'
import { preventionSlice } from './slices/prevention'
import { remindersSlice } from './slices/reminders'
import { routinesSlice } from './slices/routines'
import { settingsSlice } from './slices/settings'
import { shellSlice } from './slices/shell'
import { waterSlice } from './slices/water'

/** Every feature slice, by name: the state keys it owns and its calls. Adding a call is one line in its slice. */
export const slices = {
  water: waterSlice,
  reminders: remindersSlice,
  routines: routinesSlice,
  cramps: crampsSlice,
  prevention: preventionSlice,
  history: historySlice,
  settings: settingsSlice,
  activities: activitiesSlice,
  shell: shellSlice
} as const

/** A slice's name. */
export type SliceName = keyof typeof slices

type Slices = typeof slices
/** The calls of one slice. */
export type SliceCalls<S extends SliceName> = Slices[S]['calls']

/** Every call of every slice, in one table (each name belongs to exactly one slice; a test checks it). */
export const callTable = {
  ...waterSlice.calls,
  ...remindersSlice.calls,
  ...routinesSlice.calls,
  ...crampsSlice.calls,
  ...preventionSlice.calls,
  ...historySlice.calls,
  ...settingsSlice.calls,
  ...activitiesSlice.calls,
  ...shellSlice.calls
}

type CallTable = typeof callTable
/** A call's name. */
export type CallName = keyof CallTable
/** A call's input as the caller writes it. */
export type CallInput<N extends CallName> = z.input<CallTable[N]['input']>
/** A call's input after validation, as its handler receives it. */
export type ParsedInputs = { [N in CallName]: z.output<CallTable[N]['input']> }
/** What each call answers with when it succeeds (its own result; state changes travel beside it). */
export type CallResults = { [N in CallName]: ResultOf<CallTable[N]> }

/** Narrows an untrusted string (an HTTP path segment, say) to a call name. */
export const isCallName = (name: string): name is CallName => Object.hasOwn(callTable, name)

/** Every top-level state key, from the slices that own them. */
export const stateKeys = Object.values(slices).flatMap((each): readonly DeclaredKey[] => each.state)

type DeclaredKey = Slices[SliceName]['state'][number]
/** Type-level: every key of AppState belongs to some slice (this line stops compiling when one is missing). */
type Undeclared = Exclude<StateKey, DeclaredKey>
export const everyStateKeyDeclared: [Undeclared] extends [never] ? true : Undeclared = true
