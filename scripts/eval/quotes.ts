// Quote extraction and attribution against the hand labels: span precision/recall/F1 (exact
// offsets, and overlap ≥ 0.5), speaker accuracy on direct quotes, kind accuracy, utterance links.

import { analyseArticle } from '../../src/core/analyse-article'
import { nameKey, proposeAliases } from '../../src/core/attribute/speaker-aliases'
import type { ExtractedQuote } from '../../src/core/model'
import type { FixtureArticle, FixtureEvent, LabelledQuote } from './load-fixtures'

interface Tally {
  gold: number
  predicted: number
  exact: number
  overlap: number
  /** Gold quotes lying inside another gold quote (the extractor reports only the outer one). */
  nestedGold: number
  nestedFound: number
  directGold: number
  speakerStrict: number
  speakerAlias: number
  speakerGoldAll: number
  speakerAliasAll: number
  kindMatched: number
  kindRight: number
  linksGold: number
  linksFound: number
  linksPredicted: number
  linksRight: number
  unresolved: number
}

const emptyTally = (): Tally => ({
  gold: 0, predicted: 0, exact: 0, overlap: 0, nestedGold: 0, nestedFound: 0, directGold: 0, speakerStrict: 0,
  speakerAlias: 0, speakerGoldAll: 0, speakerAliasAll: 0, kindMatched: 0, kindRight: 0, linksGold: 0,
  linksFound: 0, linksPredicted: 0, linksRight: 0, unresolved: 0,
})

function add(into: Tally, from: Tally): void {
  for (const key of Object.keys(into) as Array<keyof Tally>) into[key] += from[key]
}

const verbose = process.argv.includes('--verbose') || process.env.EVAL_VERBOSE === '1'

function overlapRatio(a: { start: number; end: number }, b: { start: number; end: number }): number {
  const inter = Math.min(a.end, b.end) - Math.max(a.start, b.start)
  if (inter <= 0) return 0
  return inter / (Math.max(a.end, b.end) - Math.min(a.start, b.start))
}

function sameSpeaker(predicted: string | null, gold: string | null, allowAlias: boolean): boolean {
  if (predicted === null || gold === null) return predicted === gold
  if (nameKey(predicted) === nameKey(gold)) return true
  if (!allowAlias) return false
  return proposeAliases([{ id: 'p', name: predicted }, { id: 'g', name: gold }]).some((proposal) => proposal.score >= 0.6)
}

function isNested(quote: LabelledQuote, all: readonly LabelledQuote[]): boolean {
  return all.some((other) => other !== quote && other.start <= quote.start && other.end >= quote.end && other.end - other.start > quote.end - quote.start)
}

function scoreArticle(article: FixtureArticle): Tally {
  const tally = emptyTally()
  const predicted = analyseArticle(article.text)
  const gold = article.quotes
  tally.gold = gold.length
  tally.predicted = predicted.length
  tally.unresolved = article.unresolved.length

  // One-to-one matching, best overlap first.
  const candidates: Array<{ g: number; p: number; ratio: number }> = []
  gold.forEach((g, gi) => predicted.forEach((p, pi) => {
    const ratio = overlapRatio(g, p)
    if (ratio >= 0.5) candidates.push({ g: gi, p: pi, ratio })
  }))
  candidates.sort((a, b) => b.ratio - a.ratio)
  const goldMatch = new Array<number>(gold.length).fill(-1)
  const predictedMatch = new Array<number>(predicted.length).fill(-1)
  for (const { g, p } of candidates) {
    if (goldMatch[g] >= 0 || predictedMatch[p] >= 0) continue
    goldMatch[g] = p
    predictedMatch[p] = g
  }

  const lines: string[] = []
  gold.forEach((g, gi) => {
    const nested = isNested(g, gold)
    if (nested) tally.nestedGold++
    const pi = goldMatch[gi]
    if (pi < 0) {
      lines.push(`  MISS  ${g.kind.padEnd(7)} ${nested ? '(nested) ' : ''}${JSON.stringify(g.text.slice(0, 90))}`)
      return
    }
    const p = predicted[pi]
    tally.overlap++
    if (nested) tally.nestedFound++
    if (p.start === g.start && p.end === g.end) tally.exact++
    else lines.push(`  SPAN  gold ${JSON.stringify(g.text.slice(0, 70))} got ${JSON.stringify(p.text.slice(0, 70))}`)
    tally.kindMatched++
    if (p.kind === g.kind) tally.kindRight++
    else lines.push(`  KIND  ${g.kind} got ${p.kind}: ${JSON.stringify(g.text.slice(0, 80))}`)
    if (g.kind === 'direct') {
      tally.directGold++
      if (sameSpeaker(p.speaker, g.speaker, false)) tally.speakerStrict++
      if (sameSpeaker(p.speaker, g.speaker, true)) tally.speakerAlias++
    }
    if (g.kind !== 'title') {
      tally.speakerGoldAll++
      if (sameSpeaker(p.speaker, g.speaker, true)) tally.speakerAliasAll++
      else lines.push(`  WHO   ${g.kind.padEnd(7)} gold ${g.speaker} got ${p.speaker} (mention ${JSON.stringify(p.mention)}): ${JSON.stringify(g.text.slice(0, 60))}`)
    }
  })
  predicted.forEach((p, pi) => {
    if (predictedMatch[pi] < 0) lines.push(`  EXTRA ${p.kind.padEnd(7)} ${JSON.stringify(p.text.slice(0, 90))}`)
  })
  scoreUtterances(gold, goldMatch, predicted, tally)
  for (const missing of article.unresolved) lines.push(`  LABEL NOT FOUND IN TEXT ${missing.id}: ${JSON.stringify(missing.text.slice(0, 80))}`)
  if (verbose && lines.length > 0) console.log(`${article.event}/${article.file}\n${lines.join('\n')}`)
  return tally
}

/** Links between consecutive spans of one utterance: gold pairs found, predicted pairs right. */
function scoreUtterances(gold: readonly LabelledQuote[], goldMatch: readonly number[], predicted: readonly ExtractedQuote[], tally: Tally): void {
  for (let i = 1; i < gold.length; i++) {
    for (let j = 0; j < i; j++) {
      if (gold[i].utterance === null || gold[i].utterance !== gold[j].utterance) continue
      tally.linksGold++
      const pi = goldMatch[i]
      const pj = goldMatch[j]
      if (pi >= 0 && pj >= 0 && predicted[pi].utterance === predicted[pj].utterance) tally.linksFound++
    }
  }
  const goldOf = new Map<number, number>()
  goldMatch.forEach((p, g) => {
    if (p >= 0) goldOf.set(p, g)
  })
  for (let i = 1; i < predicted.length; i++) {
    for (let j = 0; j < i; j++) {
      if (predicted[i].utterance !== predicted[j].utterance) continue
      tally.linksPredicted++
      const gi = goldOf.get(i)
      const gj = goldOf.get(j)
      if (gi !== undefined && gj !== undefined && gold[gi].utterance !== null && gold[gi].utterance === gold[gj].utterance) tally.linksRight++
    }
  }
}

const pct = (n: number, d: number): string => (d === 0 ? '   -  ' : `${((100 * n) / d).toFixed(1).padStart(5)}%`)
const f1 = (p: number, r: number): number => (p + r === 0 ? 0 : (2 * p * r) / (p + r))

function report(label: string, t: Tally): void {
  const pe = t.exact / Math.max(1, t.predicted)
  const re = t.exact / Math.max(1, t.gold)
  const po = t.overlap / Math.max(1, t.predicted)
  const ro = t.overlap / Math.max(1, t.gold)
  const outerGold = t.gold - t.nestedGold
  const outerFound = t.overlap - t.nestedFound
  console.log(
    `${label.padEnd(16)} gold ${String(t.gold).padStart(4)} pred ${String(t.predicted).padStart(4)} | exact P ${pct(t.exact, t.predicted)} R ${pct(t.exact, t.gold)} F1 ${(100 * f1(pe, re)).toFixed(1).padStart(5)} | overlap P ${pct(t.overlap, t.predicted)} R ${pct(t.overlap, t.gold)} F1 ${(100 * f1(po, ro)).toFixed(1).padStart(5)} | outer-only R ${pct(outerFound, outerGold)} | speaker(direct) ${pct(t.speakerStrict, t.directGold)} strict ${pct(t.speakerAlias, t.directGold)} alias | speaker(all) ${pct(t.speakerAliasAll, t.speakerGoldAll)} | kind ${pct(t.kindRight, t.kindMatched)} | utterance links R ${pct(t.linksFound, t.linksGold)} P ${pct(t.linksRight, t.linksPredicted)}${t.unresolved > 0 ? ` | ${t.unresolved} labels not found` : ''}`,
  )
}

/** Prints the quote figures per event and overall; returns the overall tally. */
export function evaluateQuotes(events: readonly FixtureEvent[]): Tally {
  console.log('Quotes: extraction and attribution (exact = same offsets; overlap = IoU ≥ 0.5; speaker "alias" accepts spelling variants such as Yuri/Yury)')
  const overall = emptyTally()
  for (const event of events) {
    const eventTally = emptyTally()
    for (const article of event.articles) add(eventTally, scoreArticle(article))
    report(event.name, eventTally)
    add(overall, eventTally)
  }
  report('OVERALL', overall)
  console.log(`  nested labels (inside another labelled quote; the extractor reports the outer quote only): ${overall.nestedGold}`)
  return overall
}
