// Builds only the renderer (out/renderer) with the renderer section of electron.vite.config.ts,
// so the browser-mode tests can run while the Electron bundles are elsewhere in progress.
// `npm run e2e` builds everything first; this rebuilds the renderer only when its sources are newer.
import { readdirSync, statSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { build, type InlineConfig } from 'vite'

export const RENDERER_OUT = resolve('out/renderer')

export async function buildRendererIfStale(): Promise<void> {
  const builtAt = modifiedAt(join(RENDERER_OUT, 'index.html'))
  const changedAt = Math.max(newest(resolve('src/renderer')), newest(resolve('src/shared')), newest(resolve('src/core')))
  if (builtAt >= changedAt) return
  const config = (await import('../../electron.vite.config')).default as { renderer: InlineConfig }
  await build({ ...config.renderer, configFile: false, logLevel: 'warn', build: { ...config.renderer.build, outDir: RENDERER_OUT, emptyOutDir: true } })
}

function modifiedAt(path: string): number {
  try {
    return statSync(path).mtimeMs
  } catch {
    return 0
  }
}

function newest(dir: string): number {
  let latest = 0
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) latest = Math.max(latest, modifiedAt(join(entry.parentPath, entry.name)))
  }
  return latest
}

if (process.argv[1] && resolve(process.argv[1]) === resolve('tests/e2e/build-renderer.ts')) {
  await buildRendererIfStale()
}
