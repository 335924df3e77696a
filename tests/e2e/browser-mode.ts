// Playwright fixtures: a browser-mode host on a fresh temporary workspace folder, either the real
// API host or an in-page stub, and a helper that saves a screenshot of each screen.
import { test as base, type Page } from '@playwright/test'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { ApiEvent, ApiHandlers } from '../../src/shared/api-contract'
import { serveBrowserMode, type BrowserModeServer } from '../../src/main/http/serve-browser-mode'
import { RENDERER_OUT } from './build-renderer'
import { installStubApi, type StubScene } from './stub-api'

export interface RealDesk {
  url: string
  token: string
  dir: string
  /** Events the API host pushed, so a test can wait for the service rather than for time. */
  events: ApiEvent[]
}

interface Fixtures {
  realDesk: RealDesk
  openStubDesk: (scene: StubScene) => Promise<void>
  snap: (name: string) => Promise<void>
}

export const test = base.extend<Fixtures>({
  realDesk: async ({}, use) => {
    const dir = mkdtempSync(join(tmpdir(), 'verbatim-e2e-'))
    // Imported here so specs on the stub run even while the service is being built.
    const { createApiHost } = await import('../../src/main/api/create-api-host')
    // A quick heartbeat, so another reviewer's presence shows within the test's patience.
    const host = createApiHost({ settingsPath: join(dir, 'settings.json'), heartbeatMs: 1_000 })
    const events: ApiEvent[] = []
    const stop = host.onEvent((event) => events.push(event))
    const server = await serveBrowserMode(host, { rendererDir: RENDERER_OUT })
    await use({ url: server.url, token: server.token, dir, events })
    stop()
    await server.close()
    host.close()
    rmSync(dir, { recursive: true, force: true })
  },

  openStubDesk: async ({ page }, use) => {
    let server: BrowserModeServer | null = null
    await use(async (scene) => {
      const idle = { handlers: {} as ApiHandlers, onEvent: () => () => {} }
      server = await serveBrowserMode(idle, { rendererDir: RENDERER_OUT })
      await installStubApi(page, scene)
      await page.goto(server.url)
    })
    await (server as BrowserModeServer | null)?.close()
  },

  snap: async ({ page }, use) => {
    await use(async (name) => {
      await page.screenshot({ path: `test-results/screens/${name}.png` })
    })
  },
})

export const expect = test.expect

/** Content-Security-Policy violations and page errors, collected so a test can insist there are none. */
export function watchPageProblems(page: Page): string[] {
  const problems: string[] = []
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`))
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`)
  })
  return problems
}
