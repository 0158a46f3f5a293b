import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { test as base, _electron, type ElectronApplication, type Page } from '@playwright/test'
import { findElectronBinary } from '../scripts/electron-binary.mjs'
import { startBrowserMode, type RunningBrowserMode } from './support/browser-mode'
import { settledAfterOpening } from './support/settled'
import { serializeDocument } from '../src/core/journal/document'
import { defaultSettings, type Settings } from '../src/core/settings/settings'
import { settingsDocument } from '../src/core/settings/settings-document'

/** One Limber under test, in whichever mode the Playwright project asks for. */
export interface Limber {
  readonly page: Page
  readonly dataDir: string
  /** Browser mode only: the running server's origin. */
  readonly origin: () => string
  /**
   * Stops the companion and starts it again on the same data folder, then shows the window again.
   * With `{ crash: true }` the process is killed outright (SIGKILL) instead of asked to quit.
   */
  restart(options?: { readonly crash?: boolean }): Promise<void>
  /** With `test.use({ testClock: true })`: moves the service's clock and the page's clock together. */
  readonly clock: SharedClock
}

/** The service's test clock and Playwright's page clock, moved as one. */
export interface SharedClock {
  now(): Promise<number>
  advance(ms: number): Promise<void>
  /** Sets both clocks to `ms` (like a person changing the system clock). */
  set(ms: number): Promise<void>
  /** Sets both clocks to tomorrow at a local time, such as 10:00 (inside the default active hours). */
  setTomorrowAt(hours: number, minutes?: number): Promise<void>
}

const root = join(import.meta.dirname, '..')

/** Why the Electron project cannot run here, or undefined when it can. */
export function electronUnavailable(): string | undefined {
  return findElectronBinary()
    ? undefined
    : 'No Electron binary on this machine (its installer downloads from GitHub, which is unreachable here); ' +
        'set ELECTRON_OVERRIDE_DIST_PATH or run `npx install-electron` to run the Electron specs.'
}

/** Keeps the page's Date.now() on the service's test clock (page timers still run, so it repaints). */
function sharedClock(page: () => Page, server: () => RunningBrowserMode): SharedClock {
  const clockUrl = (): string => `${server().origin}/api/test-clock`
  const headers = (): Record<string, string> => ({
    authorization: `Bearer ${new URL(server().url).searchParams.get('token')}`,
    origin: server().origin
  })
  const now = async (): Promise<number> =>
    ((await (await page().request.get(clockUrl(), { headers: headers() })).json()) as { nowMs: number }).nowMs
  /** Moves the service's clock, then pins the page's to where it landed. */
  const move = async (data: { setMs: number } | { advanceMs: number }): Promise<void> => {
    const response = await page().request.post(clockUrl(), { data, headers: headers() })
    const { nowMs } = (await response.json()) as { nowMs: number }
    await page().clock.setFixedTime(nowMs)
  }
  const set = (ms: number): Promise<void> => move({ setMs: ms })
  return {
    now,
    advance: (ms) => move({ advanceMs: ms }),
    set,
    setTomorrowAt: async (hours, minutes = 0) => {
      const today = new Date(await now())
      await set(new Date(today.getFullYear(), today.getMonth(), today.getDate() + 1, hours, minutes).getTime())
    }
  }
}

const needsTestClock = (): Promise<never> =>
  Promise.reject(new Error('Start the spec with test.use({ testClock: true })'))
const noTestClock: SharedClock = {
  now: needsTestClock,
  advance: needsTestClock,
  set: needsTestClock,
  setTomorrowAt: needsTestClock
}

export const test = base.extend<{
  dataDir: string
  testClock: boolean
  firstRun: boolean
  settings: Partial<Settings>
  limber: Limber
}>({
  testClock: [false, { option: true }],
  /** Settings to start with, over the defaults (a set-up user only). */
  settings: [{}, { option: true }],
  /** Start as a brand-new user (the first-run setup shows); otherwise setup counts as done, with default settings. */
  firstRun: [false, { option: true }],
  dataDir: async ({ firstRun, settings: overrides }, use) => {
    const dataDir = mkdtempSync(join(tmpdir(), 'limber-e2e-'))
    if (!firstRun) {
      const settings = serializeDocument(settingsDocument, { ...defaultSettings(), setupCompleted: true, ...overrides })
      writeFileSync(join(dataDir, 'settings.json'), JSON.stringify(settings))
    }
    await use(dataDir)
  },
  limber: async ({ browser, dataDir, testClock }, use, testInfo) => {
    if (testInfo.project.name === 'electron') {
      const reason = electronUnavailable()
      testInfo.skip(reason !== undefined, reason)
      testInfo.skip(testClock, "Moving time needs browser mode's --test-clock; the desktop app has none by design")
      const launch = (): Promise<ElectronApplication> =>
        _electron.launch({
          executablePath: findElectronBinary(),
          args: [root],
          env: { ...process.env, LIMBER_DATA_DIR: dataDir } as Record<string, string>
        })
      let app = await launch()
      const limber = {
        page: await app.firstWindow(),
        dataDir,
        clock: noTestClock,
        origin: () => {
          throw new Error('The desktop app has no HTTP origin')
        },
        restart: async (options?: { readonly crash?: boolean }) => {
          if (options?.crash) {
            const exited = new Promise((resolve) => app.process().once('exit', resolve))
            app.process().kill('SIGKILL')
            await exited
          } else await app.close()
          app = await launch()
          limber.page = await app.firstWindow()
        }
      }
      await use(limber)
      await app.close()
      return
    }
    const context = await browser.newContext()
    let server: RunningBrowserMode = await startBrowserMode(dataDir, { testClock })
    const page = await context.newPage()
    const clock = testClock
      ? sharedClock(
          () => page,
          () => server
        )
      : noTestClock
    if (testClock) await page.clock.setFixedTime(await clock.now())
    await page.goto(server.url)
    await settledAfterOpening(page)
    await use({
      page,
      dataDir,
      clock,
      origin: () => server.origin,
      restart: async (options?: { readonly crash?: boolean }) => {
        // A new test clock starts at the real time; carry the moved one over so time never runs backwards.
        const stoppedAtMs = testClock ? await clock.now() : undefined
        await (options?.crash ? server.crash() : server.stop())
        server = await startBrowserMode(dataDir, { testClock })
        if (stoppedAtMs !== undefined) await clock.set(stoppedAtMs)
        await page.goto(server.url)
        await settledAfterOpening(page)
      }
    })
    await context.close()
    await server.stop()
  }
})

export { expect } from '@playwright/test'
