// On Linux node-notifier runs notify-send, which reports no clicks; packaged apps must asarUnpack node-notifier's vendor binaries (the build config carries it).
import notifier from 'node-notifier'
import type { DesktopNotification, NotificationOutcome, Notifier } from './notifier'

/** What createNodeNotifier hands to node-notifier's `notify`. */
export interface NodeNotifierRequest {
  readonly title: string
  readonly message: string
  readonly icon?: string
  /** Windows' AppUserModelID (SnoreToast's -appID); notify-send and terminal-notifier ignore it. */
  readonly appID: string
  /** notify-send's `--app-name` (node-notifier maps no other key to it). */
  readonly 'app-name': string
  /** Keep the callback waiting for the person's answer (or the timeout). */
  readonly wait: true
  /** Seconds the notification stays up, where the platform honours it. */
  readonly timeout: number
  /** Buttons, where the platform has them (macOS, Windows); notify-send shows none. */
  readonly actions: readonly string[]
}

/** The one action button: snooze for a quarter of an hour. */
export const SNOOZE_ACTION = 'Snooze 15 min'

/** node-notifier's callback; on Linux `error` may be notify-send's stderr text, and `response` its (empty) stdout. */
export type NodeNotifierCallback = (
  error: Error | string | null | undefined,
  response?: string,
  metadata?: { readonly activationType?: string; readonly activationValue?: string }
) => void

/** The part of node-notifier the adapter uses, so tests can pass a fake. */
export interface NodeNotifierLike {
  notify(request: NodeNotifierRequest, callback: NodeNotifierCallback): unknown
}

/** Options for createNodeNotifier. */
export interface NodeNotifierOptions {
  /** Shown as the sender on Linux (notify-send's app name). */
  readonly appName: string
  /**
   * Windows' AppUserModelID: the desktop app passes the id it sets with `app.setAppUserModelId` (and the
   * installer gives its shortcut), so toasts come from Limber. Defaults to `appName` (browser mode).
   */
  readonly appId?: string
  /** Absolute path to the icon file. */
  readonly iconPath?: string
  /** Seconds a notification stays up and `show` waits for an answer; 30 unless given. */
  readonly timeoutSeconds?: number
  /** The real node-notifier unless given. */
  readonly notifier?: NodeNotifierLike
  /** Told about every failure; `show` itself still resolves `'unknown'`. */
  readonly onError?: (error: Error) => void
}

/** Maps node-notifier's answer (already lower-cased by it on most platforms) to an outcome. */
export function notificationOutcome(
  response: string | undefined,
  activationType?: string,
  activationValue?: string
): NotificationOutcome {
  for (const answer of [activationValue, response, activationType]) {
    switch (answer?.trim().toLowerCase()) {
      case SNOOZE_ACTION.toLowerCase():
        return 'snoozed'
      case 'activate':
      case 'clicked':
      case 'click':
      case 'contentsclicked':
        return 'clicked'
      case 'timeout':
      case 'timedout':
        return 'timeout'
      case 'dismissed':
      case 'closed':
        return 'dismissed'
    }
  }
  return 'unknown'
}

/** The Notifier port on node-notifier: native notifications on Linux, macOS and Windows. */
export function createNodeNotifier(options: NodeNotifierOptions): Notifier {
  const backend: NodeNotifierLike = options.notifier ?? notifier
  const timeoutSeconds = options.timeoutSeconds ?? 30
  const report = (error: unknown): void => {
    try {
      options.onError?.(error instanceof Error ? error : new Error(String(error)))
    } catch {
      // A failing error handler must not turn a notification into a crash.
    }
  }

  return {
    show(notification: DesktopNotification): Promise<NotificationOutcome> {
      return new Promise((resolve) => {
        // Some backends call back twice (SnoreToast on an error); the first answer counts.
        let settled = false
        const settle = (outcome: NotificationOutcome): void => {
          if (settled) return
          settled = true
          resolve(outcome)
        }
        const request: NodeNotifierRequest = {
          title: notification.title,
          message: notification.body,
          ...(options.iconPath !== undefined ? { icon: options.iconPath } : {}),
          appID: options.appId ?? options.appName,
          'app-name': options.appName,
          wait: true,
          timeout: timeoutSeconds,
          actions: [SNOOZE_ACTION]
        }
        try {
          backend.notify(request, (error, response, metadata) => {
            if (settled) return
            if (error instanceof Error || (typeof error === 'string' && error.trim() !== '')) {
              report(typeof error === 'string' ? new Error(`notifier: ${error.trim()}`) : error)
              settle('unknown')
              return
            }
            settle(notificationOutcome(response, metadata?.activationType, metadata?.activationValue))
          })
        } catch (error) {
          report(error)
          settle('unknown')
        }
      })
    }
  }
}
