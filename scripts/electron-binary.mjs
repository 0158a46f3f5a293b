// Finds the Electron executable without triggering a download (require('electron') would try one).
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const electronDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'node_modules', 'electron')

const platformExecutable = {
  darwin: 'Electron.app/Contents/MacOS/Electron',
  win32: 'electron.exe'
}

/** The Electron executable to run, or undefined when none is installed here. */
export function findElectronBinary(env = process.env) {
  const pathFile = join(electronDir, 'path.txt')
  const relative = existsSync(pathFile)
    ? readFileSync(pathFile, 'utf8').trim()
    : (platformExecutable[process.platform] ?? 'electron')
  const candidate = env.ELECTRON_OVERRIDE_DIST_PATH
    ? join(env.ELECTRON_OVERRIDE_DIST_PATH, relative)
    : join(electronDir, 'dist', relative)
  return existsSync(candidate) ? candidate : undefined
}

/** Electron's own installer script (downloads the binary for this platform). */
export const electronInstaller = join(electronDir, 'install.js')
