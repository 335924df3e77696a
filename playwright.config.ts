// End-to-end tests of the renderer in browser mode, in Debian's Chromium (never a downloaded one).
// Each spec starts its own browser-mode host on a temporary workspace (tests/e2e/browser-mode.ts).
import { defineConfig } from '@playwright/test'

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  // Not test-results itself: Playwright empties its output folder, and the screenshots live beside it.
  outputDir: 'test-results/playwright',
  globalSetup: './tests/e2e/global-setup.ts',
  workers: 1,
  fullyParallel: false,
  timeout: 120_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    viewport: { width: 1280, height: 800 },
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
})
