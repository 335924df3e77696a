import { spawn } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { storeArticle } from '../../src/main/import/import-articles'
import { articleFromPaste } from '../../src/main/import/read-article'
import { closeWorkspace, openWorkspace } from '../../src/main/workspace/open-workspace'

const WORKER = join(dirname(fileURLToPath(import.meta.url)), 'contention-worker.ts')

export interface ContentionResult {
  expected: number
  stored: number
  errors: number
  errorMessages: string[]
  integrity: string
  p50: number
  p99: number
  elapsed: number
}

interface WorkerReport {
  role: string
  name: string
  latencies: number[]
  errors: string[]
}

function runWorker(args: string[]): Promise<WorkerReport> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', WORKER, ...args], { stdio: ['ignore', 'pipe', 'pipe'] })
    let out = ''
    let err = ''
    child.stdout.on('data', (chunk) => (out += String(chunk)))
    child.stderr.on('data', (chunk) => (err += String(chunk)))
    child.on('error', reject)
    child.on('exit', (code) => {
      const last = out.trim().split('\n').at(-1)
      if (code !== 0 || !last) reject(new Error(`worker ${args[0]} exited ${code}: ${err.trim().slice(-500)}`))
      else resolve(JSON.parse(last) as WorkerReport)
    })
  })
}

/** Several processes appending verdicts to one workspace file while others read and poll it. */
export async function measureContention(path: string, options: { writers: number; verdictsEach: number; readers: number }): Promise<ContentionResult> {
  const workspace = openWorkspace(path, { create: true })
  storeArticle(
    workspace,
    articleFromPaste(
      'Harbour talks resume\n\n“We will not back down,” union leader Piotr Kowal said.\n\n“The offer is fair and final,” Labour Minister Ana Mendez told reporters.\n\nKowal called the offer “an insult”.',
    ),
    'setup',
  )
  closeWorkspace(workspace)
  const stopFile = `${path}.stop`
  const started = performance.now()
  const readers = Array.from({ length: options.readers }, (_, i) => runWorker(['reader', path, '0', `reader-${i}`, stopFile]))
  const writers = await Promise.all(Array.from({ length: options.writers }, (_, i) => runWorker(['writer', path, String(options.verdictsEach), `Writer ${i + 1}`, stopFile])))
  const elapsed = performance.now() - started
  writeFileSync(stopFile, 'stop')
  const readerReports = await Promise.all(readers)
  const check = openWorkspace(path, { readOnly: true })
  const stored = (check.db.prepare("SELECT count(*) AS n FROM verdicts WHERE reviewer LIKE 'Writer %'").get() as { n: number }).n
  const integrity = check.db.pragma('integrity_check', { simple: true }) as string
  closeWorkspace(check)
  const latencies = writers.flatMap((w) => w.latencies).sort((a, b) => a - b)
  const errorMessages = [...writers, ...readerReports].flatMap((r) => r.errors)
  const at = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor((latencies.length * p) / 100))] ?? 0
  return {
    expected: options.writers * options.verdictsEach,
    stored,
    errors: errorMessages.length,
    errorMessages: errorMessages.slice(0, 5),
    integrity,
    p50: at(50),
    p99: at(99),
    elapsed,
  }
}
