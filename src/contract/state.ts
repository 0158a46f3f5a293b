import type { RecoveryReason } from '../core/document'
import type { HydrationDay } from '../core/hydration'
import type { Settings } from '../core/settings'
import type { Routine } from '../core/routine'
import type { RoutineSession } from '../core/routine-session'
import type { RoutineLogEntry } from '../core/journal'
import type { FiredReminder, PlannedReminder, ReminderState } from '../core/reminders'
import type { CrampEntry } from '../core/cramps'
import type { WarningSign } from '../core/warning-signs'

export type { RoutineLogEntry }

/** Something the user must be told once, such as a settings file that had to be repaired. */
export interface StoreRecoveredNotice {
  readonly id: string
  readonly kind: 'store-recovered'
  readonly store: 'settings' | 'journal' | 'routines' | 'reminders' | 'session'
  readonly reason: RecoveryReason
  /** Where the original file was moved; it is never deleted. */
  readonly backupPath: string
  /** Top-level parts that could not be kept (their values are still in the backup). */
  readonly dropped: readonly string[]
}
/** A notice shown in the window until dismissed. */
export type Notice = StoreRecoveredNotice

/** Everything the window shows, as one snapshot. */
export interface AppState {
  readonly mode: 'desktop' | 'browser'
  readonly settings: Settings
  readonly today: HydrationDay
  /** The newest drink logged today can be taken back. */
  readonly canUndo: boolean
  readonly notices: readonly Notice[]
  /** Built-in routines (as edited, if the user edited them) followed by the user's own. */
  readonly routines: readonly Routine[]
  /** Ids of built-in routines the user has edited (they can be reset). */
  readonly editedBuiltInIds: readonly string[]
  /** The session in the player: running, paused, or just ended (until closed or replaced). */
  readonly session: RoutineSession | null
  /** Routines finished or abandoned today, oldest first. */
  readonly routinesToday: readonly RoutineLogEntry[]
  readonly reminders: RemindersView
  /** Cramps logged in the last 30 days, newest first. */
  readonly recentCramps: readonly CrampEntry[]
  /** Warning signs raised and not yet seen: the window shows the see-a-professional panel for them. */
  readonly pendingWarnings: readonly WarningSign[]
  /** Today's urine-colour check-in (1 … 8), if the person did one. */
  readonly urineToday: number | null
  /** What the desktop shell reports back (empty in browser mode). */
  readonly shell: ShellStatus
}

/** A global shortcut Limber offers. */
export type ShortcutName = 'logGlass' | 'crampRelief'

/** The desktop shell's own state, as it reports it to the companion. */
export interface ShellStatus {
  /** Shortcuts another application already holds (they are not registered). */
  readonly shortcutConflicts: readonly ShortcutName[]
  /** Whether starting at login can be set on this platform and build. */
  readonly startAtLoginSupported: boolean
}

/** Reminders as the window and the tray show them. */
export interface RemindersView {
  /** What is still coming today, soonest first (empty while paused or in Do not disturb). */
  readonly upcoming: readonly PlannedReminder[]
  /** What fired today and what the user did with it, oldest first. */
  readonly firedToday: readonly FiredReminder[]
  /** The newest reminder still waiting for an answer, for the in-window banner. */
  readonly waiting: FiredReminder | null
  readonly state: ReminderState
  /** Paused (for a while or until turned on) or in Do not disturb. */
  readonly paused: boolean
  readonly hotDay: boolean
}
