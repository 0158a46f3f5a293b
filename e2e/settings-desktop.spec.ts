import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test } from './fixtures'

test('start at login is offered only by the installed desktop app', async ({ limber }) => {
  const { page } = limber
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click()
  const desktop = page.getByRole('group', { name: 'Desktop' })
  const startAtLogin = desktop.getByRole('checkbox', { name: 'Start Limber when I log in' })
  // Browser mode, and an unpackaged desktop run alike, cannot register a login item.
  await expect(startAtLogin).toBeDisabled()
  await expect(startAtLogin).not.toBeChecked()
  await expect(startAtLogin).toHaveAccessibleDescription('Available in the installed desktop app.')
  await expect(desktop.getByRole('checkbox', { name: 'Global shortcuts' })).not.toBeChecked()
  await expect(desktop.getByRole('group', { name: 'Log a glass shortcut' })).toContainText('Ctrl+Alt+W')
  await expect(desktop.getByRole('group', { name: 'Cramp relief shortcut' })).toContainText('Ctrl+Alt+C')
})

test('two shortcuts that clash are refused next to the field, and saving works once they differ', async ({
  limber
}) => {
  const { page } = limber
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click()
  await page.getByRole('checkbox', { name: 'Global shortcuts' }).check()
  const crampRelief = page.getByRole('button', { name: 'Record Cramp relief shortcut' })
  await crampRelief.click()
  await page.keyboard.press('Control+Alt+W')
  await page.getByRole('button', { name: 'Save settings' }).click()
  await expect(crampRelief).toHaveAttribute('aria-invalid', 'true')
  await expect(crampRelief).toBeFocused()
  await expect(crampRelief).toHaveAccessibleDescription(/Choose a different shortcut from the one that logs a glass\.$/)
  await expect(page.getByRole('status').filter({ hasText: 'Settings saved' })).toHaveCount(0)

  await limber.restart()
  await limber.page.reload()
  await limber.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click()
  await expect(limber.page.getByRole('checkbox', { name: 'Global shortcuts' })).not.toBeChecked()
  await limber.page.getByRole('checkbox', { name: 'Global shortcuts' }).check()
  await limber.page.getByRole('button', { name: 'Record Cramp relief shortcut' }).click()
  await limber.page.keyboard.press('Shift+Alt+R')
  await expect(limber.page.getByRole('group', { name: 'Cramp relief shortcut' })).toContainText('Alt+Shift+R')
  await limber.page.getByRole('button', { name: 'Save settings' }).click()
  await expect(limber.page.getByRole('status').filter({ hasText: 'Settings saved' })).toBeVisible()
  await limber.page.reload()
  await expect(limber.page.getByRole('checkbox', { name: 'Global shortcuts' })).toBeChecked()
  await expect(limber.page.getByRole('group', { name: 'Cramp relief shortcut' })).toContainText('Alt+Shift+R')
})

test('a shortcut is recorded by pressing the keys; a key without a modifier is refused with a message', async ({
  limber
}) => {
  const { page } = limber
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click()
  const logGlass = page.getByRole('group', { name: 'Log a glass shortcut' })
  const record = page.getByRole('button', { name: 'Record Log a glass shortcut' })
  await record.click()
  await expect(logGlass).toContainText('Press the keys…')
  await page.keyboard.press('G')
  await expect(record).toHaveAttribute('aria-invalid', 'true')
  await expect(record).toHaveAccessibleDescription(/Hold Ctrl, Alt, Shift or the Windows\/Command key/)
  await page.keyboard.down('Control')
  await page.keyboard.down('Shift')
  await expect(logGlass).toContainText('Press the keys…')
  await page.keyboard.press('F8')
  await page.keyboard.up('Shift')
  await page.keyboard.up('Control')
  await expect(logGlass).toContainText('Ctrl+Shift+F8')
  await expect(record).not.toHaveAttribute('aria-invalid')
  await page.getByRole('button', { name: 'Save settings' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Settings saved' })).toBeVisible()

  await page.reload()
  await expect(page.getByRole('group', { name: 'Log a glass shortcut' })).toContainText('Ctrl+Shift+F8')
  // Stored in Electron's accelerator syntax, as before.
  const stored = JSON.parse(readFileSync(join(limber.dataDir, 'settings.json'), 'utf8')) as {
    readonly shortcuts: { readonly logGlass: string }
  }
  expect(stored.shortcuts.logGlass).toBe('CommandOrControl+Shift+F8')
})

test('Esc while recording keeps the shortcut as it was', async ({ limber }) => {
  const { page } = limber
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click()
  await page.getByRole('button', { name: 'Record Cramp relief shortcut' }).click()
  await page.keyboard.press('Escape')
  await expect(page.getByRole('group', { name: 'Cramp relief shortcut' })).toContainText('Ctrl+Alt+C')
})
