#!/usr/bin/env node
// The `verbatim` command. It needs Node 22 or later (better-sqlite3 13); where the system's Node
// is older, it runs itself again on the Node the project pins (node_modules/node).
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const here = dirname(fileURLToPath(import.meta.url))
const major = Number(process.versions.node.split('.')[0])
if (major < 22) {
  const pinned = join(here, '..', 'node_modules', 'node', 'bin', 'node')
  if (!existsSync(pinned)) {
    console.error(`verbatim: Node ${process.versions.node} is too old; install Node 22 or run npm install in ${join(here, '..')}.`)
    process.exit(1)
  }
  const result = spawnSync(pinned, [fileURLToPath(import.meta.url), ...process.argv.slice(2)], { stdio: 'inherit' })
  process.exit(result.status ?? 1)
}
const { register } = await import('tsx/esm/api')
register()
await import('../src/cli/index.ts')
