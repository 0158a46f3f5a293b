import { fileURLToPath } from 'node:url'

/** The files the shell loads from disk. */
export interface AppPaths {
  readonly preload: string
  readonly rendererHtml: string
  readonly resourcesDir: string
}

/**
 * Resolves the shell's files from the main bundle's own URL (`import.meta.url` of out/main/index.js),
 * so they are found wherever the app folder or asar archive lives, in dev and packaged alike.
 */
export function appPaths(mainBundleUrl: string): AppPaths {
  const at = (relative: string): string => fileURLToPath(new URL(relative, mainBundleUrl))
  return {
    preload: at('../preload/index.cjs'),
    rendererHtml: at('../renderer/index.html'),
    resourcesDir: at('../../resources/')
  }
}

/** The tray icon file for a platform: a template image on macOS, panel-sized PNGs elsewhere. */
export function trayIconFile(platform: NodeJS.Platform): string {
  // macOS tints "…Template" images for light and dark menu bars; Windows picks tray-icon@2x.png on HiDPI.
  if (platform === 'darwin') return 'tray-iconTemplate.png'
  if (platform === 'win32') return 'tray-icon.png'
  return 'tray-icon-22.png'
}

/** The window and taskbar icon file. */
export const appIconFile = 'icon.png'

/**
 * The same file's path outside the asar archive (in `app.asar.unpacked`). Helpers that run as their own
 * process, such as notify-send reading the notification icon, cannot look inside the archive.
 */
export function outsideAsar(path: string): string {
  return path.replace(/([\\/])app\.asar(?=[\\/]|$)/, '$1app.asar.unpacked')
}
