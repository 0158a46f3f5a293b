import { defineConfig } from '@playwright/test'

/** Debian's Chromium; Playwright's own browser download cannot run here. */
const chromiumPath = process.env.LIMBER_CHROMIUM ?? '/usr/bin/chromium'

const chromium = {
  browserName: 'chromium' as const,
  launchOptions: {
    executablePath: chromiumPath,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync'
    ]
  }
}

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: false,
  workers: 2,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  timeout: 30_000,
  reporter: [['list'], ['./e2e/support/skip-reasons-reporter.ts']],
  use: { trace: 'retain-on-failure', screenshot: 'only-on-failure' },
  projects: [
    { name: 'browser-mode', use: chromium },
    // The same specs against the desktop app; they skip themselves (with the reason) where no Electron binary
    // exists. It shares the Chromium settings only because the fixture file declares one browser for both.
    { name: 'electron', use: chromium }
  ]
})
