// One process of the contention harness: a writer appending verdicts, or a reader polling.
// Prints one JSON line with what it measured; never throws past main (errors are counted).
import { existsSync } from 'node:fs'
import { resolveVerdicts } from '../../src/core/verdict/resolve-verdicts'
import { listClaims } from '../../src/main/workspace/claims-store'
import { closeWorkspace, openWorkspace } from '../../src/main/workspace/open-workspace'
import { appendVerdict, listVerdicts } from '../../src/main/workspace/verdicts-store'

const [role, path, countText, name, stopFile] = process.argv.slice(2)
const count = Number(countText)
const statuses = ['verified', 'disputed', 'unverifiable'] as const

async function main(): Promise<void> {
  const workspace = openWorkspace(path)
  const quotes = (workspace.db.prepare('SELECT id FROM quotes ORDER BY id').all() as { id: string }[]).map((r) => r.id)
  const latencies: number[] = []
  const errors: string[] = []
  if (role === 'writer') {
    for (let i = 0; i < count; i++) {
      const quoteId = quotes[(i * 7 + name.length) % quotes.length]
      const start = performance.now()
      try {
        const { heads } = resolveVerdicts(listVerdicts(workspace.db, quoteId))
        appendVerdict(workspace, { quoteId, status: statuses[i % 3], note: `${name} #${i}`, supersedes: heads.map((h) => h.id), reviewer: name })
        latencies.push(performance.now() - start)
      } catch (error) {
        errors.push((error as Error).message)
      }
    }
  } else {
    let polls = 0
    let version = -1
    while (!existsSync(stopFile)) {
      try {
        const now = workspace.db.pragma('data_version', { simple: true }) as number
        if (now !== version) {
          version = now
          listClaims(workspace)
        }
        polls++
      } catch (error) {
        errors.push((error as Error).message)
      }
      await new Promise((resolve) => setTimeout(resolve, 20))
    }
    latencies.push(polls)
  }
  closeWorkspace(workspace)
  process.stdout.write(`${JSON.stringify({ role, name, latencies, errors })}\n`)
}

void main()
