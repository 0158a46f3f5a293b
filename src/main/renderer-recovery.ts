/** Why a window's page process went away, as Electron's `render-process-gone` reports it. */
export interface RenderProcessGoneDetails {
  readonly reason: string
  readonly exitCode: number
}

/** The part of a `BrowserWindow` that recovery needs. */
export interface RecoverableWindowPort {
  readonly webContents: {
    on(event: 'render-process-gone', listener: (event: unknown, details: RenderProcessGoneDetails) => void): unknown
    reload(): void
  }
  isDestroyed(): boolean
  close(): void
}

/** How many page crashes in a row are reloaded before Limber stops trying, and what "in a row" means. */
export const RELOADS_PER_WINDOW = 3
export const CRASH_WINDOW_MS = 60_000

// A page that cannot start at all, or was tampered with, will not get better by reloading.
const hopeless = new Set(['launch-failed', 'integrity-failure'])

/**
 * Keeps a window's page alive: when its renderer process crashes, is killed or runs out of memory, the
 * page is loaded again on the same screen (the service holds all state, so nothing is lost). A page that
 * keeps crashing (more than three times within a minute) or cannot start is closed instead of looping;
 * the tray still opens a fresh window. Every crash is reported through `log`.
 */
export function keepRendererAlive(
  window: RecoverableWindowPort,
  options: { readonly name: string; readonly now: () => number; readonly log: (message: string) => void }
): void {
  let recentCrashes: number[] = []
  window.webContents.on('render-process-gone', (_event, { reason, exitCode }) => {
    if (reason === 'clean-exit' || window.isDestroyed()) return
    const nowMs = options.now()
    recentCrashes = [...recentCrashes.filter((atMs) => nowMs - atMs < CRASH_WINDOW_MS), nowMs]
    const what = `The ${options.name}'s page stopped (${reason}, exit code ${exitCode})`
    if (hopeless.has(reason) || recentCrashes.length > RELOADS_PER_WINDOW) {
      options.log(
        `${what}; it keeps failing, so the window was closed. Your data is safe; open Limber again from the tray.`
      )
      window.close()
      return
    }
    options.log(`${what}; reloading it.`)
    window.webContents.reload()
  })
}
