import { z } from 'zod'
import type { RecoveryReason } from '../../core/journal/document'
import { command, noInput, query, slice, type Done } from '../call'
import type { StateSnapshot } from '../state'

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

/** A global shortcut Limber offers. */
export type ShortcutName = 'logGlass' | 'crampRelief'

/** The desktop shell's own state, as it reports it to the companion. */
export interface ShellStatus {
  /** Shortcuts another application already holds (they are not registered). */
  readonly shortcutConflicts: readonly ShortcutName[]
  /** Whether starting at login can be set on this platform and build. */
  readonly startAtLoginSupported: boolean
}

/** The shell: where Limber runs, what it must tell the person once, and the desktop's windows. */
export interface ShellState {
  readonly mode: 'desktop' | 'browser'
  readonly notices: readonly Notice[]
  /** What the desktop shell reports back (empty in browser mode). */
  readonly shell: ShellStatus
}

export const shellSlice = slice({
  state: ['mode', 'notices', 'shell'] satisfies (keyof ShellState)[],
  calls: {
    /** The whole state with its revision: for start-up and after a reconnect (changes follow as events). */
    getState: query<StateSnapshot>()(noInput),
    dismissNotice: command<Done>()(z.object({ id: z.string().min(1).max(200) }).strict()),
    /** Desktop only: opens the small always-on-top timer window (browser mode shows a compact page instead). */
    openMiniTimer: command<Done>()(noInput),
    /** Desktop only: brings the full window up (from the widget); browser mode links to the page instead. */
    showMainWindow: command<Done>()(noInput)
  }
})
