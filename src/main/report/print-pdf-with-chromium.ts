import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable', '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome']

/** The Chromium the command line can print with: $VERBATIM_CHROMIUM, or a usual install path. */
export function findChromium(): string | null {
  const given = process.env.VERBATIM_CHROMIUM
  if (given) return existsSync(given) ? given : null
  return CANDIDATES.find((path) => existsSync(path)) ?? null
}

/** Prints HTML to PDF with headless Chromium: JavaScript off, no network, a throwaway profile. */
export async function printPdfWithChromium(html: string, chromium = findChromium()): Promise<Buffer> {
  if (!chromium) throw new Error('PDF reports need Chromium, which was not found (set VERBATIM_CHROMIUM to its path), or export HTML and print it.')
  const dir = mkdtempSync(join(tmpdir(), 'verbatim-pdf-'))
  try {
    const input = join(dir, 'report.html')
    const output = join(dir, 'report.pdf')
    writeFileSync(input, html)
    const args = [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-javascript',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      `--user-data-dir=${join(dir, 'profile')}`,
      '--no-pdf-header-footer',
      `--print-to-pdf=${output}`,
      input,
    ]
    await new Promise<void>((resolve, reject) => {
      const child = spawn(chromium, args, { stdio: ['ignore', 'ignore', 'pipe'] })
      let errors = ''
      child.stderr.on('data', (chunk) => (errors += String(chunk)))
      const timer = setTimeout(() => child.kill('SIGKILL'), 60_000)
      child.on('error', reject)
      child.on('exit', (code) => {
        clearTimeout(timer)
        if (code === 0 && existsSync(output)) resolve()
        else reject(new Error(`Chromium could not print the report (exit ${code}): ${errors.trim().split('\n').at(-1) ?? ''}`))
      })
    })
    return readFileSync(output)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
