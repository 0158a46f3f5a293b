import { randomBytes } from 'node:crypto'
import { fileURLToPath } from 'node:url'
import { Companion } from '../service/companion'
import { runningActivityParser } from '../service/activity-import'
import { commandSocketPath } from '../service/command-protocol'
import { startCommandServer } from '../service/command-server'
import { defaultDataDir } from '../service/data-dir'
import { acquireDataDirLock, updateLockHolder } from '../service/instance-lock'
import { ManualClock } from '../service/manual-clock'
import { createNodeNotifier } from '../service/node-notifier-adapter'
import { systemClock } from '../service/ports'
import { systemLocale } from '../service/system-locale'
import { createBrowserServer } from './server'

/** Browser mode: the companion in plain Node, its UI served to a local browser. */
async function main(): Promise<void> {
  const dataDir = defaultDataDir()
  const startedAtMs = Date.now()
  const lock = acquireDataDirLock(dataDir, { pid: process.pid, mode: 'browser', startedAtMs })
  if (!lock.acquired) {
    const where = lock.holder.address
      ? `in browser mode at ${lock.holder.address}`
      : `as the desktop app (pid ${lock.holder.pid})`
    console.error(`Limber is already running ${where} and uses ${dataDir}. Open that one instead.`)
    process.exitCode = 3
    return
  }
  // End-to-end specs only: a clock that moves when the spec says, alongside Playwright's page clock.
  const testClock = process.argv.includes('--test-clock') ? new ManualClock(Date.now()) : undefined
  if (testClock) console.log('Test clock is on: time moves only through /api/test-clock. Never use this for real.')
  const companion = new Companion({
    dataDir,
    clock: testClock ?? systemClock,
    // Reminders become desktop notifications here too; LIMBER_NOTIFICATIONS=off keeps them in the page only.
    ...(process.env.LIMBER_NOTIFICATIONS === 'off' ? {} : { notifier: createNodeNotifier({ appName: 'Limber' }) }),
    mode: 'browser',
    // Watch files are parsed on a worker thread, so a large one never stalls the service.
    activityParser: runningActivityParser(import.meta.url),
    // Notifications and command-line replies in the system's language unless one is chosen in Settings.
    locale: systemLocale()
  })
  // `limber --status` and friends reach this instance here; without it the page still works.
  const commands = await startCommandServer({
    companion,
    socketPath: commandSocketPath(dataDir),
    clock: testClock ?? systemClock
  }).catch((error: unknown) => console.error(`The command line cannot reach Limber: ${(error as Error).message}`))
  const token = randomBytes(24).toString('base64url')
  const rendererDir = process.env.LIMBER_RENDERER_DIR ?? fileURLToPath(new URL('../renderer/', import.meta.url))
  const server = createBrowserServer({ companion, rendererDir, token, ...(testClock ? { testClock } : {}) })
  const port = Number(process.env.LIMBER_PORT ?? 0)
  await server.listen({ host: '127.0.0.1', port })
  const address = server.server.address()
  const actualPort = typeof address === 'object' && address ? address.port : port
  const url = `http://127.0.0.1:${actualPort}/?token=${token}`
  updateLockHolder(dataDir, { pid: process.pid, mode: 'browser', startedAtMs, address: url })
  console.log(`Limber is running in browser mode. Open this address in your browser:\n\n  ${url}\n`)
  console.log(`Data folder: ${dataDir}`)

  const stop = async (): Promise<void> => {
    // Quitting must not wait on a stuck socket: give the server two seconds to close cleanly.
    await Promise.race([
      Promise.all([server.close(), commands?.close()]),
      new Promise((resolve) => setTimeout(resolve, 2000))
    ])
    // A change made just before (a reminder recorded, a routine's step) is still being saved: let it land.
    await companion.saved().catch(() => {})
    lock.release()
    process.exit(0)
  }
  process.once('SIGINT', () => void stop())
  process.once('SIGTERM', () => void stop())
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
})
