import { execFile } from 'node:child_process'
import { join } from 'node:path'
import { builtInRoutine } from '../src/core/routines/builtin-routines'
import { expect, test } from './fixtures'

const cliPath = join(import.meta.dirname, '..', 'out', 'main', 'cli.js')

/** What one run of `node out/main/cli.js …` printed, and how it exited. */
interface CliRun {
  readonly code: number
  readonly stdout: string
  readonly stderr: string
}

/** Runs the built command line against the Limber on `dataDir`, as `npm run limber -- …` would. */
function limberCli(dataDir: string, ...args: string[]): Promise<CliRun> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [cliPath, ...args],
      { env: { ...process.env, LIMBER_DATA_DIR: dataDir }, timeout: 15_000 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0
        resolve({ code, stdout, stderr })
      }
    )
  })
}

test.beforeEach(() => {
  test.skip(
    test.info().project.name !== 'browser-mode',
    'Runs the built out/main/cli.js against browser mode; the desktop app has its own spec (electron-command-line)'
  )
})

test('logs water from the command line, and the open page shows it', async ({ limber }) => {
  const { page } = limber
  await expect(page.getByRole('heading', { name: 'Today', level: 1 })).toBeVisible()

  const logged = await limberCli(limber.dataDir, '--log-water', '250')
  expect(logged).toEqual({ code: 0, stdout: 'Logged 250 ml. Water today: 250 of 2,000 ml.\n', stderr: '' })
  await expect(page.getByText('250 ml of 2,000 ml', { exact: true })).toBeVisible()

  const status = await limberCli(limber.dataDir, '--status')
  expect(status.code).toBe(0)
  expect(status.stdout.split('\n')[0]).toBe('Water today: 250 of 2,000 ml.')
  expect(status.stdout).toContain('Routine: none running.')
})

test('refuses a bad amount with exit code 2 and changes nothing', async ({ limber }) => {
  const { page } = limber
  await expect(page.getByRole('heading', { name: 'Today', level: 1 })).toBeVisible()

  const bad = await limberCli(limber.dataDir, '--log-water', 'lots')
  expect(bad).toEqual({
    code: 2,
    stdout: '',
    stderr: '"lots" is not a number. --log-water needs millilitres, such as --log-water 250.\n'
  })
  const unknown = await limberCli(limber.dataDir, '--foo')
  expect(unknown).toMatchObject({ code: 2, stderr: 'Unknown option --foo. Run limber --help for the commands.\n' })

  const status = await limberCli(limber.dataDir, '--status')
  expect(status.stdout.split('\n')[0]).toBe('Water today: 0 of 2,000 ml.')
  await expect(page.getByText('0 ml of 2,000 ml', { exact: true })).toBeVisible()
})

test('pauses and resumes reminders, and starts the relief routine in the player', async ({ limber }) => {
  const { page } = limber
  const paused = await limberCli(limber.dataDir, '--pause', '60')
  expect(paused.code).toBe(0)
  // The system's 12- or 24-hour clock, as in the window ("14:05" or "2:05 PM").
  expect(paused.stdout).toMatch(/^Reminders paused until (\w{3} \d{1,2} \w{3} at )?\d{1,2}:\d\d( [AP]M)?\.\n$/)
  expect((await limberCli(limber.dataDir, '--resume')).stdout).toMatch(/^Reminders are back on\. /)

  const relief = builtInRoutine('cramp-relief')!
  const started = await limberCli(limber.dataDir, '--start', 'relief')
  expect(started).toEqual({ code: 0, stdout: `Started ${relief.name}.\n`, stderr: '' })

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Routines' }).click()
  const card = page.getByRole('article').filter({ has: page.getByRole('heading', { name: relief.name, exact: true }) })
  await expect(card.getByText('In progress')).toBeVisible()
  await page.evaluate(() => {
    window.location.hash = '#/player'
  })
  await expect(page.getByRole('heading', { level: 2, name: relief.steps[0]!.name, exact: true })).toBeVisible()
  await expect(page.getByRole('timer')).toBeVisible()
})

test('says Limber is not running when nothing answers for the data folder', async ({ limber }) => {
  const elsewhere = join(limber.dataDir, 'not-a-limber-folder')
  expect(await limberCli(elsewhere, '--status')).toEqual({
    code: 1,
    stdout: '',
    stderr: 'Limber is not running (start it first).\n'
  })
})
