import { join } from 'node:path'
import { _electron } from '@playwright/test'
import { findElectronBinary } from '../scripts/electron-binary.mjs'
import { electronUnavailable, expect, test } from './fixtures'

const root = join(import.meta.dirname, '..')

// Launched here rather than through the `limber` fixture: this spec needs the ElectronApplication itself to look
// at the widget's BrowserWindow from the main process, which the page alone cannot see.
test('turning the widget on in Settings opens a frameless window that stays on top', async ({ dataDir }, testInfo) => {
  testInfo.skip(testInfo.project.name !== 'electron', 'The widget window exists only in the desktop app')
  const reason = electronUnavailable()
  testInfo.skip(reason !== undefined, reason)

  const app = await _electron.launch({
    executablePath: findElectronBinary(),
    args: [root],
    env: { ...process.env, LIMBER_DATA_DIR: dataDir } as Record<string, string>
  })
  try {
    const page = await app.firstWindow()
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click()
    await page.getByRole('checkbox', { name: 'Show the widget' }).check()

    // The widget is its own window, found by its route once it has loaded.
    await expect.poll(() => app.windows().some((window) => window.url().endsWith('#/widget'))).toBe(true)
    const widget = app.windows().find((window) => window.url().endsWith('#/widget'))
    if (!widget) throw new Error('The widget window went away')
    await expect(widget.getByRole('progressbar', { name: 'Water today' })).toBeVisible()
    const windows = await app.evaluate(({ BrowserWindow }) =>
      BrowserWindow.getAllWindows().map((window) => {
        const outer = window.getBounds()
        const content = window.getContentBounds()
        return {
          url: window.webContents.getURL(),
          onTop: window.isAlwaysOnTop(),
          resizable: window.isResizable(),
          // A frameless window's content fills it edge to edge: no title bar or border around the page.
          frameless: outer.width === content.width && outer.height === content.height
        }
      })
    )
    expect(windows.filter((window) => window.url.endsWith('#/widget'))).toEqual([
      { url: expect.stringMatching(/#\/widget$/), onTop: true, resizable: false, frameless: true }
    ])

    // One click in the widget logs a glass.
    await widget.getByRole('button', { name: 'Log a glass (250 ml)' }).click()
    await expect(widget.getByText('250 of 2,000 ml', { exact: true })).toBeVisible()

    // Turning it off closes the window.
    await page.getByRole('checkbox', { name: 'Show the widget' }).uncheck()
    await expect.poll(() => app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1)
  } finally {
    await app.close()
  }
})
