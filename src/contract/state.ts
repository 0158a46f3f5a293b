import type { RoutineLogEntry } from '../core/journal/journal'
import type { PatchOp } from './json-patch'
import type { ActivitiesState } from './slices/activities'
import type { CrampsState } from './slices/cramps'
import type { PreventionState } from './slices/prevention'
import type { RemindersState } from './slices/reminders'
import type { RoutinesState } from './slices/routines'
import type { SettingsState } from './slices/settings'
import type { ShellState } from './slices/shell'
import type { WaterState } from './slices/water'

export type { RoutineLogEntry }
export type { Notice, StoreRecoveredNotice, ShortcutName, ShellStatus } from './slices/shell'
export type { RemindersView } from './slices/reminders'

/** Everything the window shows: the union of every slice's state (each slice declares its part). */
export interface AppState
  extends
    ShellState,
    SettingsState,
    WaterState,
    RoutinesState,
    RemindersState,
    CrampsState,
    PreventionState,
    ActivitiesState {}

/** One slice's part of the state, by its top-level key. */
export type StateKey = keyof AppState

/**
 * What changed since the previous revision: only the top-level keys whose value changed, each either whole
 * (`slices`) or, when that is smaller, as a patch against its previous value (`patches`). The service's
 * revision goes up by one for each change it pushes; a reply and its event carry the same revision.
 * Apply it with applyChanges (src/renderer/src/api/state-changes.ts), which handles both forms.
 */
export interface StateChanges {
  readonly revision: number
  readonly slices: Partial<AppState>
  readonly patches?: { readonly [K in StateKey]?: SlicePatch }
}

/** A slice's change as steps against its value at revision `since` (when it last changed before this one). */
export interface SlicePatch {
  readonly since: number
  readonly ops: readonly PatchOp[]
}

/** The whole state at a revision: what `getState` answers, for start-up and reconnect. */
export interface StateSnapshot {
  readonly revision: number
  readonly state: AppState
}
