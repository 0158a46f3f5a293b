import type { AppState } from '../contract/state'
import type { Notifier } from './notifier'
import type { ActivityParser } from './activity-import'
import type { DocumentFiles } from './document-files'
import type { Clock } from './ports'
import type { ReminderScreen } from './reminder-engine'

/** What only the shell running the companion can do (open windows, ask whether the user is there). */
export interface CompanionShell {
  readonly openMiniTimer?: () => void
  /** A notification was clicked: show this screen. */
  readonly openScreen?: (screen: ReminderScreen) => void
  /** Whether the user is at the machine (asked only when a drink reminder is due). */
  readonly idleState?: () => 'active' | 'idle' | 'locked' | 'unknown'
  /** Brings the full window up (the widget's "Open Limber"). */
  readonly showMainWindow?: () => void
}

/** What the companion needs from the shell that runs it. */
export interface CompanionOptions {
  readonly dataDir: string
  /** How documents are written; the real files unless a test says otherwise. */
  readonly files?: DocumentFiles
  /** Reads watch files; the shells pass the worker-thread parser (tests may parse in-thread, the default). */
  readonly activityParser?: ActivityParser
  readonly clock: Clock
  readonly mode: AppState['mode']
  readonly shell?: CompanionShell
  /** Desktop notifications; without one, reminders still show in the window and the tray. */
  readonly notifier?: Notifier
  /** The system's locale (`app.getLocale()`, or LANG in plain Node); the language chosen in Settings wins. */
  readonly locale?: string
}
