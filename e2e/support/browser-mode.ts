import { spawn, type ChildProcess } from 'node:child_process'
import { join } from 'node:path'

/** A browser-mode companion started by a test on its own data folder. */
export interface RunningBrowserMode {
  readonly url: string
  readonly origin: string
  stop(): Promise<void>
  /** Ends the process at once, as a crash would: no chance to save or say goodbye. */
  crash(): Promise<void>
}

const root = join(import.meta.dirname, '..', '..')

/** Starts `out/main/browser.js` and resolves once it prints its address. */
export function startBrowserMode(dataDir: string, options: { testClock?: boolean } = {}): Promise<RunningBrowserMode> {
  const args = [join(root, 'out', 'main', 'browser.js'), ...(options.testClock ? ['--test-clock'] : [])]
  const child: ChildProcess = spawn(process.execPath, args, {
    cwd: root,
    env: { ...process.env, LIMBER_DATA_DIR: dataDir, LIMBER_NOTIFICATIONS: 'off' },
    stdio: ['ignore', 'pipe', 'pipe']
  })
  let output = ''
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`browser mode did not start:\n${output}`)), 15_000)
    const onData = (chunk: Buffer): void => {
      output += chunk.toString()
      const match = /http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+/.exec(output)
      if (!match) return
      clearTimeout(timer)
      const url = match[0]
      resolve({
        url,
        origin: new URL(url).origin,
        stop: async () => {
          if (child.exitCode === null) child.kill('SIGTERM')
          // It closes within two seconds by itself; never let a stuck one hang the test.
          const killLater = setTimeout(() => child.kill('SIGKILL'), 5000)
          await exited
          clearTimeout(killLater)
        },
        crash: async () => {
          if (child.exitCode === null) child.kill('SIGKILL')
          await exited
        }
      })
    }
    child.stdout?.on('data', onData)
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.once('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`browser mode exited with ${code}:\n${output}`))
    })
  })
}
