// Matching against the hand labels: each event's articles go through the real pipeline (import,
// extraction, FTS5 retrieval, alignment) in an in-memory workspace, and the stored matches are
// compared with the labelled pairs. A pair is found when the quote has a match in the labelled
// source article whose span overlaps the labelled source span.

import type { ArticleRole, Match, Relation } from '../../src/core/model'
import { suggestVerdict } from '../../src/core/verdict/suggest-verdict'
import { storeArticle } from '../../src/main/import/import-articles'
import { articleFromPaste } from '../../src/main/import/read-article'
import { matchesByQuote } from '../../src/main/workspace/claims-store'
import { closeWorkspace, openMemoryWorkspace } from '../../src/main/workspace/open-workspace'
import type { FixtureEvent, LabelledQuote } from './load-fixtures'

interface PairLabel {
  quote: string
  source: { article: string; text: string }
  relation: Relation
  speakerAgrees?: boolean
}

interface GoldPair {
  quote: string
  sourceFile: string
  start: number
  end: number
  relation: Relation
  speakerAgrees: boolean
}

interface Tally {
  gold: number
  found: number
  predicted: number
  correctPredicted: number
  relationRight: number
  misattributionGold: number
  misattributionFound: number
  unmatchedGold: number
  unmatchedQuiet: number
  suggestionRight: number
  suggestionTotal: number
}

const emptyTally = (): Tally => ({
  gold: 0, found: 0, predicted: 0, correctPredicted: 0, relationRight: 0, misattributionGold: 0, misattributionFound: 0,
  unmatchedGold: 0, unmatchedQuiet: 0, suggestionRight: 0, suggestionTotal: 0,
})

const verbose = process.argv.includes('--verbose') || process.env.EVAL_VERBOSE === '1'
const pct = (n: number, d: number) => (d === 0 ? '   n/a' : `${((100 * n) / d).toFixed(1).padStart(5)}%`)
const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end

/** What the labels say the editor should be told: fragments and same words verify, rewording or another speaker disputes. */
function expectedSuggestion(pairs: GoldPair[]): 'verified' | 'disputed' | 'unverifiable' {
  if (pairs.length === 0) return 'unverifiable'
  if (pairs.some((p) => p.speakerAgrees && p.relation !== 'reworded')) return 'verified'
  return 'disputed'
}

function evaluateEvent(event: FixtureEvent): Tally {
  const tally = emptyTally()
  const workspace = openMemoryWorkspace()
  try {
    const articleIdByFile = new Map<string, string>()
    const fileByArticleId = new Map<string, string>()
    const textByFile = new Map<string, string>()
    for (const article of event.articles) {
      const result = storeArticle(workspace, articleFromPaste(article.text, { role: article.role as ArticleRole, title: article.file }), null)
      const id = result.status === 'imported' ? result.article.id : result.existing.id
      articleIdByFile.set(article.file, id)
      fileByArticleId.set(id, article.file)
      textByFile.set(article.file, article.text)
    }
    const roleByFile = new Map(event.articles.map((a) => [a.file, a.role]))

    // Labelled quotes and the stored quote (same span, or overlapping) each one became.
    const labelled = new Map<string, LabelledQuote & { file: string }>()
    for (const article of event.articles) for (const quote of article.quotes) labelled.set(quote.id, { ...quote, file: article.file })
    const storedFor = new Map<string, string>()
    const quoteRows = workspace.db.prepare('SELECT id, article_id, start, end FROM quotes').all() as { id: string; article_id: string; start: number; end: number }[]
    for (const [labelId, label] of labelled) {
      const articleId = articleIdByFile.get(label.file)
      const stored = quoteRows.find((q) => q.article_id === articleId && q.start === label.start && q.end === label.end) ??
        quoteRows.find((q) => q.article_id === articleId && overlaps(q, label))
      if (stored) storedFor.set(labelId, stored.id)
    }

    // Gold pairs, made symmetric where the source span is itself a labelled quote.
    const gold: GoldPair[] = []
    for (const pair of (event.labels.pairs ?? []) as PairLabel[]) {
      const text = textByFile.get(pair.source.article)
      const start = text?.indexOf(pair.source.text) ?? -1
      if (start < 0 || !labelled.has(pair.quote)) continue
      const span = { start, end: start + pair.source.text.length }
      gold.push({ quote: pair.quote, sourceFile: pair.source.article, ...span, relation: pair.relation, speakerAgrees: pair.speakerAgrees !== false })
      const reverse = [...labelled.values()].find((q) => q.file === pair.source.article && q.start === span.start && q.end === span.end)
      const quote = labelled.get(pair.quote)!
      if (reverse && roleByFile.get(quote.file) !== 'draft') {
        gold.push({ quote: reverse.id, sourceFile: quote.file, start: quote.start, end: quote.end, relation: pair.relation, speakerAgrees: pair.speakerAgrees !== false })
      }
    }
    const goldByQuote = new Map<string, GoldPair[]>()
    for (const pair of gold) {
      if (goldByQuote.get(pair.quote)?.some((g) => g.sourceFile === pair.sourceFile && overlaps(g, pair))) continue
      goldByQuote.set(pair.quote, [...(goldByQuote.get(pair.quote) ?? []), pair])
    }

    const matches = matchesByQuote(workspace.db)
    for (const [labelId, label] of labelled) {
      if (label.kind === 'title') continue
      const storedId = storedFor.get(labelId)
      const predicted = (storedId ? (matches.get(storedId) ?? []) : []).filter((m) => roleByFile.get(fileByArticleId.get(m.source.article) ?? '') !== 'draft')
      const expected = goldByQuote.get(labelId) ?? []
      const sourceFile = (m: Match) => fileByArticleId.get(m.source.article)
      for (const pair of expected) {
        tally.gold++
        const hit = predicted.find((m) => sourceFile(m) === pair.sourceFile && overlaps(m.source, pair))
        if (pair.speakerAgrees === false) tally.misattributionGold++
        if (!hit) {
          if (verbose) console.log(`    missed   ${event.name} ${labelId} → ${pair.sourceFile} (${pair.relation}): “${label.text.slice(0, 70)}”`)
          continue
        }
        tally.found++
        if (hit.relation === pair.relation) tally.relationRight++
        else if (verbose) console.log(`    relation ${event.name} ${labelId} → ${pair.sourceFile}: labelled ${pair.relation}, found ${hit.relation}`)
        if (pair.speakerAgrees === false && hit.speakerAgrees === false) tally.misattributionFound++
      }
      for (const match of predicted) {
        tally.predicted++
        if (expected.some((pair) => sourceFile(match) === pair.sourceFile && overlaps(match.source, pair))) tally.correctPredicted++
        else if (verbose) console.log(`    extra    ${event.name} ${labelId} → ${sourceFile(match)} (${match.relation} ${match.score.toFixed(2)}): “${match.source.text.slice(0, 70)}”`)
      }
      if ((event.labels.unmatched ?? []).includes(labelId)) {
        tally.unmatchedGold++
        if (predicted.length === 0) tally.unmatchedQuiet++
      }
      if (label.kind === 'direct' || label.kind === 'partial') {
        tally.suggestionTotal++
        if (suggestVerdict(predicted).status === expectedSuggestion(expected)) tally.suggestionRight++
      }
    }
  } finally {
    closeWorkspace(workspace)
  }
  return tally
}

function line(name: string, t: Tally): string {
  const precision = t.predicted === 0 ? 0 : t.correctPredicted / t.predicted
  const recall = t.gold === 0 ? 0 : t.found / t.gold
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall)
  return (
    `${name.padEnd(16)} gold ${String(t.gold).padStart(4)} found ${String(t.found).padStart(4)} | pair P ${pct(t.correctPredicted, t.predicted)} R ${pct(t.found, t.gold)} F1 ${(f1 * 100).toFixed(1).padStart(5)}` +
    ` | relation ${pct(t.relationRight, t.found)} | misattribution ${t.misattributionFound}/${t.misattributionGold}` +
    ` | unmatched kept quiet ${t.unmatchedQuiet}/${t.unmatchedGold} | suggestion ${pct(t.suggestionRight, t.suggestionTotal)}`
  )
}

export function evaluatePairs(events: readonly FixtureEvent[]): void {
  console.log('Pairs: matching through the workspace (pair = a match in the labelled source article overlapping the labelled span; drafts are never sources)')
  const total = emptyTally()
  for (const event of events) {
    const tally = evaluateEvent(event)
    console.log(line(event.name, tally))
    for (const key of Object.keys(total) as Array<keyof Tally>) total[key] += tally[key]
  }
  console.log(line('OVERALL', total))
}
