import { execFile } from 'node:child_process'
import { join } from 'node:path'
import { findElectronBinary } from '../scripts/electron-binary.mjs'
import { expect, test } from './fixtures'

const root = join(import.meta.dirname, '..')

/** Launches the desktop app a second time with `args`, as a person typing `limber …` would. */
function secondLaunch(dataDir: string, ...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      findElectronBinary()!,
      [root, ...args],
      { env: { ...process.env, LIMBER_DATA_DIR: dataDir }, timeout: 20_000 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0
        resolve({ code, stdout, stderr })
      }
    )
  })
}

test.beforeEach(() => {
  test.skip(test.info().project.name === 'browser-mode', 'Second-launch forwarding is a desktop-app behaviour')
})

test('a second launch with --log-water adds to the running app and exits with its reply', async ({ limber }) => {
  // The electron project's fixture skips this (with its reason) where no Electron binary exists.
  const { page } = limber
  await expect(page.getByRole('heading', { name: 'Today', level: 1 })).toBeVisible()

  const second = await secondLaunch(limber.dataDir, '--log-water', '250')
  expect(second.code).toBe(0)
  expect(second.stdout).toContain('Logged 250 ml. Water today: 250 of 2,000 ml.')
  await expect(page.getByText('250 ml of 2,000 ml', { exact: true })).toBeVisible()

  const bad = await secondLaunch(limber.dataDir, '--log-water', 'lots')
  expect(bad.code).toBe(2)
  expect(bad.stderr).toContain('"lots" is not a number.')
  await expect(page.getByText('250 ml of 2,000 ml', { exact: true })).toBeVisible()
})
