import { expect, test } from './fixtures'

test.use({ testClock: true })

for (const [width, height] of [
  [260, 160],
  [320, 200]
] as const) {
  test(`the widget page fits a ${width}×${height} window: nothing clipped, the ring shows its number`, async ({
    limber
  }) => {
    const { page } = limber
    // Inside the default active hours, so the next-reminder line has a countdown to show.
    await limber.clock.setTomorrowAt(10)
    await page.setViewportSize({ width, height })
    await page.evaluate(() => (window.location.hash = '#/widget'))
    const ring = page.getByRole('progressbar', { name: 'Water today' })
    await expect(ring).toContainText('0%')
    await page.getByRole('button', { name: 'Log a glass (250 ml)' }).click()
    await expect(ring).toHaveAttribute('aria-valuetext', '250 of 2,000 ml')
    await expect(ring).toContainText('12%')

    const page_ = await page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      scrollHeight: document.documentElement.scrollHeight,
      clientWidth: document.documentElement.clientWidth,
      clientHeight: document.documentElement.clientHeight
    }))
    expect(page_.scrollWidth, 'no sideways scrolling').toBeLessThanOrEqual(page_.clientWidth)
    expect(page_.scrollHeight, 'no scrolling down').toBeLessThanOrEqual(page_.clientHeight)
    const parts = [
      ring,
      page.getByText('250 of 2,000 ml', { exact: true }),
      page.getByRole('region', { name: 'Next reminder' }),
      page.getByRole('button', { name: 'Log a glass (250 ml)' }),
      page.getByRole('link', { name: 'Open Limber' })
    ]
    for (const part of parts) {
      const box = await part.boundingBox()
      expect(box, 'shown').not.toBeNull()
      if (!box) continue
      expect(box.x).toBeGreaterThanOrEqual(0)
      expect(box.y).toBeGreaterThanOrEqual(0)
      expect(box.x + box.width).toBeLessThanOrEqual(width)
      expect(box.y + box.height).toBeLessThanOrEqual(height)
    }
    // The reminder line is not cut inside its own box either.
    const next = page.getByRole('region', { name: 'Next reminder' }).locator('p')
    expect(await next.evaluate((line) => line.scrollHeight <= line.clientHeight + 1)).toBe(true)
  })
}
