import type { Command } from 'commander'
import { existsSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { createApiHost } from '../../main/api/create-api-host'
import { serveBrowserMode } from '../../main/http/serve-browser-mode'
import { printPdfWithChromium } from '../../main/report/print-pdf-with-chromium'
import { defaultSettingsPath } from '../../main/settings/settings-path'

const RENDERER_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'out', 'renderer')

export function registerServeCommand(program: Command): void {
  program
    .command('serve')
    .description('open Verbatim in your browser: serves the app and its API on 127.0.0.1 only, behind a one-time token')
    .option('--db <file>', 'a workspace to open (created if it does not exist)')
    .option('--port <port>', 'the port (default: any free one)', (value) => Number.parseInt(value, 10))
    .action(async (options: { db?: string; port?: number }) => {
      if (!existsSync(join(RENDERER_DIR, 'index.html'))) {
        throw new Error('the app is not built yet: run `npm run build:web` first (npm run web does both)')
      }
      const host = createApiHost({
        settingsPath: defaultSettingsPath(),
        workspacePath: options.db,
        createWorkspace: true,
        printToPdf: (html) => printPdfWithChromium(html),
      })
      const server = await serveBrowserMode(host, { port: options.port, rendererDir: RENDERER_DIR })
      console.log(`Verbatim is open at ${server.url}`)
      console.log('Only this machine can reach it, and only with the link above. Press Ctrl+C to stop.')
      const stop = async () => {
        await server.close()
        host.close()
        process.exit(0)
      }
      process.once('SIGINT', () => void stop())
      process.once('SIGTERM', () => void stop())
    })
}
