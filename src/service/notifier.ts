/** One desktop notification, in words the person reads. */
export interface DesktopNotification {
  /** The reminder id it stands for, so an answer can be traced back to it. */
  readonly id: string
  readonly title: string
  readonly body: string
}

/**
 * What the person did with a notification. Most platforms cannot say: notify-send on Linux reports
 * nothing back, so the service must treat `'unknown'` as the ordinary answer, not as a failure.
 */
export type NotificationOutcome = 'clicked' | 'snoozed' | 'dismissed' | 'timeout' | 'unknown'

/** The port the service sends desktop notifications through; `show` never rejects. */
export interface Notifier {
  show(notification: DesktopNotification): Promise<NotificationOutcome>
}

/** A notifier that remembers what it was asked to show (tests, and browser mode with notifications off). */
export class RecordingNotifier implements Notifier {
  readonly shown: DesktopNotification[] = []

  show(notification: DesktopNotification): Promise<NotificationOutcome> {
    this.shown.push(notification)
    return Promise.resolve('unknown')
  }
}
