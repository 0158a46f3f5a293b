import { expect, test } from './fixtures'

test.describe('browser-mode access checks', () => {
  test.beforeEach(({}, testInfo) => {
    testInfo.skip(testInfo.project.name !== 'browser-mode', 'HTTP access checks exist only in browser mode')
  })

  test('a request without the token is refused, and the page says how to get in', async ({ limber, playwright }) => {
    const anonymous = await playwright.request.newContext()
    const call = await anonymous.post(`${limber.origin()}/api/call/logWater`, { data: { amountMl: 250 } })
    expect(call.status()).toBe(401)
    const page = await anonymous.get(`${limber.origin()}/`)
    expect(page.status()).toBe(401)
    expect(await page.text()).toContain('Open the full address printed in the terminal')
    await anonymous.dispose()
    await expect(limber.page.getByText('0 ml of 2,000 ml', { exact: true })).toBeVisible()
  })

  test('a request from another origin is refused even when it carries the cookie', async ({ limber }) => {
    const foreign = await limber.page.request.post(`${limber.origin()}/api/call/logWater`, {
      headers: { origin: 'http://evil.example' },
      data: { amountMl: 250 }
    })
    expect(foreign.status()).toBe(403)
    const own = await limber.page.request.post(`${limber.origin()}/api/call/logWater`, {
      headers: { origin: limber.origin() },
      data: { amountMl: 250 }
    })
    expect(own.status()).toBe(200)
    await expect(limber.page.getByText('250 ml of 2,000 ml', { exact: true })).toBeVisible()
  })
})
