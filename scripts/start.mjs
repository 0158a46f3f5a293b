// `npm start`: build, then run the desktop app; where Electron cannot be had, run browser mode instead.
import { spawn, spawnSync } from 'node:child_process'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { electronInstaller, findElectronBinary } from './electron-binary.mjs'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const run = (command, args, options = {}) => spawnSync(command, args, { cwd: root, stdio: 'inherit', ...options })

const build = run(process.execPath, [join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build'])
if (build.status !== 0) process.exit(build.status ?? 1)

let electron = findElectronBinary()
let installError = ''
if (!electron) {
  console.log('Electron is not installed yet; trying its installer…')
  const install = run(process.execPath, [electronInstaller], { stdio: ['ignore', 'ignore', 'pipe'] })
  electron = install.status === 0 ? findElectronBinary() : undefined
  installError =
    String(install.stderr ?? '')
      .split('\n')
      .find((line) => /error/i.test(line)) ?? ''
}

const child = electron
  ? spawn(electron, [root, ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' })
  : (console.log(
      '\nLimber could not start as a desktop app: the Electron binary is missing and its installer could not ' +
        `download it${installError ? ` (${installError.trim()})` : ''}, usually because this machine cannot reach ` +
        "GitHub, where Electron's binaries live. Starting browser mode instead: the " +
        'same companion runs here in Node and its window opens in your web browser. Open the address below; stop ' +
        'it with Ctrl+C. Run `npx install-electron` once a network is available to get the desktop app.\n'
    ),
    spawn(process.execPath, [join(root, 'out', 'main', 'browser.js')], { cwd: root, stdio: 'inherit' }))

for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal))
child.on('exit', (code) => process.exit(code ?? 0))
