/** The app's name, as people see it and as the packaging config names the product. */
export const appName = 'Limber'

/**
 * The app id: Windows' AppUserModelID (which notifications are sent under and the installer's shortcut
 * carries) and the macOS bundle id. electron-builder.yml must say the same.
 */
export const appId = 'app.limber.desktop'
