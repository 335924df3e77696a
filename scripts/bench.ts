// `npm run bench`: speed and memory figures, printed. Targets are stated beside each figure;
// nothing here fails a build. Sizes can be reduced with BENCH_SCALE=0.1 for a quick look.
import Database from 'better-sqlite3'
import { mkdtempSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { analyseArticle } from '../src/core/analyse-article'
import { wordDiff } from '../src/core/diff/word-diff'
import { sentences } from '../src/core/text/sentences'
import { storeArticle } from '../src/main/import/import-articles'
import { articleFromPaste } from '../src/main/import/read-article'
import { MatchFinder } from '../src/main/match/refresh-matches'
import { closeWorkspace, openWorkspace, type Workspace } from '../src/main/workspace/open-workspace'
import { measureContention } from '../tests/support/contention'
import { generateCorpus, type CorpusArticle } from './bench/generate-corpus'

const SCALE = Number(process.env.BENCH_SCALE ?? 1)
const sizes = [2_000, 10_000].map((n) => Math.max(50, Math.round(n * SCALE)))
const dir = mkdtempSync(join(tmpdir(), 'verbatim-bench-'))
let peakRss = 0
const sampleMemory = () => {
  peakRss = Math.max(peakRss, process.memoryUsage().rss)
}
const memoryTimer = setInterval(sampleMemory, 25)
const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1)
const ms = (value: number) => `${value.toFixed(1)} ms`
const line = (label: string, value: string, target = '') => console.log(`  ${label.padEnd(46)} ${value.padStart(16)}${target ? `   (target ${target})` : ''}`)
const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((values.length * p) / 100))]

function timed<T>(fn: () => T): [T, number] {
  const start = performance.now()
  const value = fn()
  return [value, performance.now() - start]
}

/** The floor: the same texts inserted raw into an FTS5 table, one transaction per article as import does. */
function ftsFloor(articles: CorpusArticle[]): number {
  const path = join(dir, `floor-${articles.length}.db`)
  const db = new Database(path)
  db.pragma('journal_mode = DELETE')
  db.pragma('synchronous = FULL')
  db.exec("CREATE VIRTUAL TABLE t USING fts5(text, tokenize='unicode61 remove_diacritics 2')")
  const insert = db.prepare('INSERT INTO t (text) VALUES (?)')
  const each = db.transaction((text: string) => insert.run(text))
  const [, elapsed] = timed(() => {
    for (const article of articles) each(article.text)
  })
  db.close()
  return elapsed
}

function importAll(workspace: Workspace, articles: CorpusArticle[]): number {
  const [, elapsed] = timed(() => {
    for (const article of articles) {
      storeArticle(workspace, articleFromPaste(article.text, { title: article.name }), 'bench', { match: false })
      sampleMemory()
    }
  })
  return elapsed
}

console.log(`Verbatim benchmarks — Node ${process.version}, ${new Date().toISOString().slice(0, 10)}${SCALE !== 1 ? `, scale ${SCALE}` : ''}\n`)

const largest = generateCorpus(sizes[sizes.length - 1])
const totalBytes = (articles: CorpusArticle[]) => articles.reduce((sum, a) => sum + Buffer.byteLength(a.text), 0)

console.log('Extraction (quotes + speakers, one core)')
{
  const sample = largest.articles.slice(0, Math.min(2_000, largest.articles.length))
  analyseArticle(sample[0].text) // warm up
  const [quotes, elapsed] = timed(() => sample.reduce((n, a) => n + analyseArticle(a.text).length, 0))
  line('throughput', `${(totalBytes(sample) / 1024 / 1024 / (elapsed / 1000)).toFixed(1)} MB/s`, '≥ 5 MB/s')
  line('quotes found', String(quotes))
  const hostile = '“‘"\'«»„‹›’'.repeat(100_000).slice(0, 1_000_000)
  line('1 MB of nothing but quote marks', ms(timed(() => analyseArticle(hostile))[1]), '< 1 s')
}

let bigWorkspace: Workspace | null = null
for (const size of sizes) {
  const articles = largest.articles.slice(0, size)
  console.log(`\nImport of ${size} articles (${mb(totalBytes(articles))} MB), one transaction each, rollback journal, synchronous=FULL`)
  const floor = ftsFloor(articles)
  const workspace = openWorkspace(join(dir, `bench-${size}.verbatim`), { create: true })
  const elapsed = importAll(workspace, articles)
  line('floor: raw insert into FTS5', `${ms(floor)}`)
  line('import (extract, store, index; matching deferred)', `${ms(elapsed)}`)
  line('throughput', `${(size / (elapsed / 1000)).toFixed(0)} articles/s, ${(totalBytes(articles) / 1024 / 1024 / (elapsed / 1000)).toFixed(2)} MB/s`)
  line('ratio to the floor', `${(elapsed / floor).toFixed(2)}×`, '≤ 3×')
  line('workspace file', `${mb(statSync(workspace.path).size)} MB`)
  if (size === sizes[sizes.length - 1]) bigWorkspace = workspace
  else closeWorkspace(workspace)
}

if (bigWorkspace) {
  const workspace = bigWorkspace
  console.log(`\nMatching a 40-quote draft against ${sizes[sizes.length - 1]} articles`)
  const draft = articleFromPaste(largest.draft.text, { title: 'draft', role: 'draft' })
  const draftResult = storeArticle(workspace, draft, 'bench', { match: false })
  const draftId = draftResult.status === 'imported' ? draftResult.article.id : draftResult.existing.id
  const quotes = workspace.db.prepare('SELECT id, article_id, start, end, text, kind, speaker_id FROM quotes WHERE article_id = ?').all(draftId) as Parameters<MatchFinder['matchesFor']>[0][]
  const finder = new MatchFinder(workspace.db)
  const perQuote: number[] = []
  const bestFast = new Map<string, string | null>()
  const [, total] = timed(() => {
    for (const quote of quotes) {
      const [found, elapsed] = timed(() => finder.matchesFor(quote))
      perQuote.push(elapsed)
      bestFast.set(quote.id, found[0] ? `${found[0].source.article}:${found[0].source.start}` : null)
      sampleMemory()
    }
  })
  line('quotes in the draft', String(quotes.length))
  line('total', ms(total), '< 300 ms')
  line('p95 per quote', ms(percentile(perQuote, 95)))
  line('quotes with a match', `${[...bestFast.values()].filter(Boolean).length}`)

  const incremental = generateCorpus(1, 99).articles[0]
  const [, importOne] = timed(() => storeArticle(workspace, articleFromPaste(incremental.text, { title: 'one more' }), 'bench'))
  line('import one more article, with matching', ms(importOne))

  // Brute force on a 500-article subset: every quote and sentence aligned, no index.
  const subsetIds = (workspace.db.prepare('SELECT id FROM articles WHERE id <> ? ORDER BY imported_at LIMIT 500').all(draftId) as { id: string }[]).map((r) => r.id)
  const subset = new Set(subsetIds)
  const indexed = new MatchFinder(workspace.db, subset)
  const passages = workspace.db.prepare(`SELECT id, article_id, quote_id, start, end FROM passages WHERE article_id IN (SELECT value FROM json_each(?))`).all(JSON.stringify(subsetIds)) as Parameters<MatchFinder['candidate']>[0][]
  const candidates = passages.map((p) => indexed.candidate(p))
  let agree = 0
  const [, indexedTime] = timed(() => {
    for (const quote of quotes) indexed.matchesFor(quote)
  })
  const [, bruteTime] = timed(() => {
    for (const quote of quotes) {
      const fast = indexed.matchesFor(quote)[0]
      const brute = indexed.judge(quote, candidates)[0]
      const key = (m: typeof fast) => (m ? `${m.source.article}:${m.source.start}` : null)
      if (key(fast) === key(brute)) agree++
      for (const candidate of candidates) wordDiff(candidate.text, quote.text, { maxEditLength: 200 })
    }
  })
  line(`brute force (align + jsdiff) on ${subset.size} articles`, ms(bruteTime))
  line('indexed on the same subset', ms(indexedTime))
  line('ratio', `${(bruteTime / Math.max(indexedTime, 0.001)).toFixed(0)}×`)
  line('best match agrees with brute force', `${((agree / Math.max(1, quotes.length)) * 100).toFixed(1)}%`, '≥ 99%')
  closeWorkspace(workspace)
}

console.log('\nBounds')
{
  const words = generateCorpus(60, 7).articles.map((a) => a.text).join(' ')
  const quote = words.slice(0, 200_000)
  const source = words.slice(100_000, 300_000)
  const [diff, elapsed] = timed(() => wordDiff(source, quote))
  line('200 KB quote vs 200 KB source (word diff)', ms(elapsed), '< 1 s')
  line('result', diff.ok ? 'diffed' : `bound: ${diff.reason.slice(0, 40)}…`)
  const [, extractBig] = timed(() => sentences(words.slice(0, 1_000_000)))
  line('sentences of 1 MB of text', ms(extractBig))
}

console.log('\nTeam review: 4 processes × 500 verdicts on one file, 2 readers polling')
{
  const result = await measureContention(join(dir, 'contention.verbatim'), { writers: 4, verdictsEach: Math.max(50, Math.round(500 * Math.min(1, SCALE * 2))), readers: 2 })
  line('verdicts stored', `${result.stored} of ${result.expected}`)
  line('errors seen by any process', String(result.errors))
  line('integrity_check', result.integrity)
  line('verdict write latency p50', ms(result.p50))
  line('verdict write latency p99', ms(result.p99))
  line('elapsed', ms(result.elapsed))
}

clearInterval(memoryTimer)
sampleMemory()
console.log(`\nPeak memory (RSS) of this process: ${mb(peakRss)} MB (target < 500 MB)`)
rmSync(dir, { recursive: true, force: true })
