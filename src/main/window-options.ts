import type { BrowserWindowConstructorOptions, WebPreferences } from 'electron'

/** The window background before the page paints, per theme, so opening never flashes the wrong colour. */
export const windowBackground = { light: '#f4f7f6', dark: '#0f1a1f' } as const

/** The background for the system's current theme (`nativeTheme` fits). */
export const windowBackgroundFor = (theme: { readonly shouldUseDarkColors: boolean }): string =>
  theme.shouldUseDarkColors ? windowBackground.dark : windowBackground.light

/** What a window's options depend on. */
export interface WindowOptionsInput {
  readonly preloadPath: string
  readonly iconPath: string
  /** `nativeTheme`, or anything that knows whether the system is dark. */
  readonly theme: { readonly shouldUseDarkColors: boolean }
}

/** The main window: locked-down web preferences, hidden until its first paint is ready. */
export function mainWindowOptions(input: WindowOptionsInput): BrowserWindowConstructorOptions {
  return {
    title: 'Limber',
    icon: input.iconPath,
    width: 960,
    height: 720,
    minWidth: 420,
    minHeight: 560,
    show: false,
    autoHideMenuBar: true,
    backgroundColor: windowBackgroundFor(input.theme),
    webPreferences: secureWebPreferences(input.preloadPath)
  }
}

/** Every Limber window's page: isolated, sandboxed, no Node, nothing but the contract preload. */
export function secureWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    spellcheck: false,
    navigateOnDragDrop: false
  }
}
