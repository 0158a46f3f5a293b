import { homedir } from 'node:os'
import { join } from 'node:path'

/** The product name Electron derives `userData` from (package.json `productName`). */
export const appName = 'Limber'

/**
 * Where Limber keeps its files: `LIMBER_DATA_DIR` when set (tests, portable use), otherwise the
 * folder Electron's `app.getPath('userData')` gives on this platform, so both modes share one.
 */
export function defaultDataDir(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
  home: string = homedir()
): string {
  if (env.LIMBER_DATA_DIR) return env.LIMBER_DATA_DIR
  if (platform === 'win32') return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), appName)
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', appName)
  return join(env.XDG_CONFIG_HOME ?? join(home, '.config'), appName)
}
