// `npm start`: the desktop app where Electron's binary can be had; otherwise browser mode,
// with one sentence saying why.
import { spawn, spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'

const run = (command, args) =>
  new Promise((resolve) => {
    const child = spawn(command, args, { stdio: 'inherit', shell: process.platform === 'win32' })
    child.on('exit', (code) => resolve(code ?? 1))
  })

// Resolving the electron package downloads its binary on first use; on a machine that cannot
// reach the download (or with ELECTRON_SKIP_BINARY_DOWNLOAD) this fails, and we say so.
const probe = spawnSync(process.execPath, ['-e', "process.stdout.write(require('electron'))"], {
  encoding: 'utf8',
  timeout: 10 * 60_000,
  stdio: ['ignore', 'pipe', 'pipe'],
})
const electronAvailable = probe.status === 0 && existsSync(probe.stdout.trim())

if (electronAvailable) {
  const built = await run('npx', ['electron-vite', 'build'])
  process.exit(built === 0 ? await run('npx', ['electron-vite', 'preview', '--skipBuild']) : built)
} else {
  console.log('Electron’s desktop binary is not available on this machine (it could not be downloaded), so Verbatim opens in browser mode instead: open the link printed below.')
  const built = await run('npx', ['electron-vite', 'build'])
  if (built !== 0) process.exit(built)
  process.exit(await run(process.execPath, ['bin/verbatim.js', 'serve', ...process.argv.slice(2)]))
}
