import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'

async function openRoutines(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Routines' }).click()
  await expect(page.getByRole('heading', { name: 'Routines', level: 1 })).toBeVisible()
}

test('a custom routine made from a built-in one is still there after the companion restarts', async ({ limber }) => {
  await openRoutines(limber.page)
  await limber.page.getByRole('button', { name: 'Duplicate Pre-run warm-up', exact: true }).click()
  const { page } = limber
  await page.getByLabel('Routine name').fill('Hill day warm-up')
  const firstStep = page.getByRole('group', { name: /^Step 1: / })
  await firstStep.getByLabel('Duration (seconds)').fill('120')
  const secondStepName = await page
    .getByRole('group', { name: /^Step 2: / })
    .getByLabel('Step name')
    .inputValue()
  await page.getByRole('button', { name: `Move ${secondStepName} up`, exact: true }).click()
  await page.getByRole('button', { name: 'Save routine' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Routine saved' })).toBeVisible()
  await expect(page.getByRole('button', { name: 'Start Hill day warm-up', exact: true })).toBeVisible()

  await limber.restart()
  await openRoutines(limber.page)
  await limber.page.getByRole('button', { name: 'Edit Hill day warm-up', exact: true }).click()
  await expect(limber.page.getByRole('group', { name: `Step 1: ${secondStepName}` })).toBeVisible()
  await expect(limber.page.getByRole('group', { name: /^Step 2: / }).getByLabel('Duration (seconds)')).toHaveValue(
    '120'
  )
})

test('impossible step values are explained next to the field and nothing is saved', async ({ limber }) => {
  const { page } = limber
  await openRoutines(page)
  await page.getByRole('button', { name: 'Edit Post-workout cool-down', exact: true }).click()
  const duration = page.getByRole('group', { name: /^Step 1: / }).getByLabel('Duration (seconds)')
  await duration.fill('-5')
  await page.getByRole('button', { name: 'Save routine' }).click()
  await expect(duration).toHaveAttribute('aria-invalid', 'true')
  await expect(page.getByText('Enter a whole number of seconds between 5 and 3,600.')).toBeVisible()
  await expect(page.getByText('Nothing was saved. Please correct the highlighted fields.')).toBeVisible()

  await limber.restart()
  await openRoutines(limber.page)
  await expect(limber.page.getByRole('button', { name: /^Reset Post-workout cool-down/ })).toHaveCount(0)
})

test('a step’s picture can be changed or taken away, and each routine card shows its steps as pictures', async ({
  limber
}) => {
  const { page } = limber
  await openRoutines(page)
  const card = page.getByRole('article', { name: 'Post-workout cool-down' })
  const thumbnails = card.getByRole('list', { name: 'Steps' }).getByRole('img')
  await expect(thumbnails).toHaveCount(4)
  await expect(thumbnails.first()).toHaveAccessibleName('Easy walk')

  await page.getByRole('button', { name: 'Edit Post-workout cool-down', exact: true }).click()
  const walk = page.getByRole('group', { name: /^Step 1: / }).getByLabel('Picture', { exact: true })
  await expect(walk).toHaveValue('walk')
  await walk.selectOption({ label: 'Foam roller' })
  await expect(page.getByRole('group', { name: /^Step 1: / }).getByRole('img', { name: /foam roller/ })).toBeVisible()
  await page
    .getByRole('group', { name: /^Step 2: / })
    .getByLabel('Picture', { exact: true })
    .selectOption('none')
  await page.getByRole('button', { name: 'Save routine' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Routine saved' })).toBeVisible()
  await expect(thumbnails).toHaveCount(4)

  await page.getByRole('button', { name: 'Edit Post-workout cool-down', exact: true }).click()
  await expect(page.getByRole('group', { name: /^Step 1: / }).getByLabel('Picture', { exact: true })).toHaveValue(
    'foam-roller'
  )
  await expect(page.getByRole('group', { name: /^Step 2: / }).getByLabel('Picture', { exact: true })).toHaveValue(
    'none'
  )
})

test('an invalid routine sent straight to the service is refused, naming the field', async ({ limber }) => {
  test.skip(test.info().project.name !== 'browser-mode', 'Direct HTTP calls exist only in browser mode')
  const response = await limber.page.request.post(`${limber.origin()}/api/call/saveRoutine`, {
    headers: { origin: limber.origin() },
    data: {
      routine: {
        id: 'custom-bad',
        name: 'Bad',
        purpose: 'warm-up',
        description: '',
        builtIn: false,
        sourceIds: [],
        steps: [
          {
            id: 'x',
            name: 'X',
            instructions: '',
            kind: 'yoga',
            durationSeconds: 30,
            sides: 'none',
            sets: 1,
            restSeconds: 0,
            sourceIds: []
          }
        ]
      }
    }
  })
  expect(response.status()).toBe(400)
  expect(await response.json()).toMatchObject({ ok: false, error: { issues: [{ field: 'routine.steps.0.kind' }] } })
  await openRoutines(limber.page)
  await expect(limber.page.getByRole('button', { name: 'Start Bad', exact: true })).toHaveCount(0)
})
