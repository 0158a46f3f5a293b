import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { test as base, _electron, type ElectronApplication, type Page } from '@playwright/test'
import { findElectronBinary } from '../scripts/electron-binary.mjs'
import { startBrowserMode, type RunningBrowserMode } from './support/browser-mode'

/** One Limber under test, in whichever mode the Playwright project asks for. */
export interface Limber {
  readonly page: Page
  readonly dataDir: string
  /** Browser mode only: the running server's origin. */
  readonly origin: () => string
  /** Stops the companion and starts it again on the same data folder, then shows the window again. */
  restart(): Promise<void>
}

const root = join(import.meta.dirname, '..')

/** Why the Electron project cannot run here, or undefined when it can. */
export function electronUnavailable(): string | undefined {
  return findElectronBinary()
    ? undefined
    : 'No Electron binary on this machine (its installer downloads from GitHub, which is unreachable here); ' +
        'set ELECTRON_OVERRIDE_DIST_PATH or run `npx install-electron` to run the Electron specs.'
}

export const test = base.extend<{ dataDir: string; limber: Limber }>({
  dataDir: async ({}, use) => {
    await use(mkdtempSync(join(tmpdir(), 'limber-e2e-')))
  },
  limber: async ({ browser, dataDir }, use, testInfo) => {
    if (testInfo.project.name === 'electron') {
      const reason = electronUnavailable()
      testInfo.skip(reason !== undefined, reason)
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
        origin: () => {
          throw new Error('The desktop app has no HTTP origin')
        },
        restart: async () => {
          await app.close()
          app = await launch()
          limber.page = await app.firstWindow()
        }
      }
      await use(limber)
      await app.close()
      return
    }
    const context = await browser.newContext()
    let server: RunningBrowserMode = await startBrowserMode(dataDir)
    const page = await context.newPage()
    await page.goto(server.url)
    await use({
      page,
      dataDir,
      origin: () => server.origin,
      restart: async () => {
        await server.stop()
        server = await startBrowserMode(dataDir)
        await page.goto(server.url)
      }
    })
    await context.close()
    await server.stop()
  }
})

export { expect } from '@playwright/test'
