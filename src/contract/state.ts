import type { RecoveryReason } from '../core/document'
import type { HydrationDay } from '../core/hydration'
import type { Settings } from '../core/settings'

/** Something the user must be told once, such as a settings file that had to be repaired. */
export interface StoreRecoveredNotice {
  readonly id: string
  readonly kind: 'store-recovered'
  readonly store: 'settings' | 'journal'
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
}
