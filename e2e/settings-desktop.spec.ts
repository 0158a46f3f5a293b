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
  await expect(desktop.getByRole('textbox', { name: 'Log a glass shortcut' })).toHaveValue('CommandOrControl+Alt+W')
  await expect(desktop.getByRole('textbox', { name: 'Cramp relief shortcut' })).toHaveValue('CommandOrControl+Alt+C')
})

test('two shortcuts that clash are refused next to the field, and saving works once they differ', async ({
  limber
}) => {
  const { page } = limber
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click()
  await page.getByRole('checkbox', { name: 'Global shortcuts' }).check()
  const crampRelief = page.getByRole('textbox', { name: 'Cramp relief shortcut' })
  await crampRelief.fill('CommandOrControl+Alt+W')
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
  await limber.page.getByRole('textbox', { name: 'Cramp relief shortcut' }).fill('Shift+Alt+R')
  await limber.page.getByRole('button', { name: 'Save settings' }).click()
  await expect(limber.page.getByRole('status').filter({ hasText: 'Settings saved' })).toBeVisible()
  await limber.page.reload()
  await expect(limber.page.getByRole('checkbox', { name: 'Global shortcuts' })).toBeChecked()
  await expect(limber.page.getByRole('textbox', { name: 'Cramp relief shortcut' })).toHaveValue('Shift+Alt+R')
})

test('a shortcut the service cannot read is refused next to its field', async ({ limber }) => {
  const { page } = limber
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click()
  const logGlass = page.getByRole('textbox', { name: 'Log a glass shortcut' })
  await logGlass.fill('ctrl+alt+w')
  await page.getByRole('button', { name: 'Save settings' }).click()
  await expect(logGlass).toHaveAttribute('aria-invalid', 'true')
  await expect(logGlass).toHaveAccessibleDescription(/such as CommandOrControl\+Alt\+W\.$/)
  await expect(page.getByText('Nothing was saved. Please correct the highlighted fields.')).toBeVisible()
})
