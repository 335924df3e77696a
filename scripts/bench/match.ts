// Micro benchmark of the matcher: alignment of word pairs, and matching a whole draft's quotes
// against the candidates full-text search would retrieve. Run: npx tsx scripts/bench/match.ts
import { pathToFileURL } from 'node:url'
import { alignQuote } from '../../src/core/match/align-quote'
import { matchQuote, type Candidate } from '../../src/core/match/match-quote'
import { tokeniseWords } from '../../src/core/match/word-sequence'

const VOCABULARY = (
  'the a of to and in that is was for on said he she it with as by at from his her its has have had be ' +
  'not will would could may government minister union port strike talks offer deal plan automation cranes dockers ' +
  'workers pension retraining moratorium authority chief executive economy ships cargo timber fish exporters ' +
  'quay terminal capital ministry negotiations agreement proposal members vote week day month year hours ' +
  'police statement reporters television address pressure opposition parliament budget tax prices inflation ' +
  'bank interest rate growth jobs unemployment companies shipping lines schedules backlog containers traffic ' +
  'neighbouring countries region exports imports fruit terminals operators remote control room drivers cabs ' +
  'useful constructive good reasonable serious difficult important necessary clear firm fair new old long short ' +
  'we they our their us them this these those there here very more most less many few first last next other ' +
  'agree reject accept demand promise warn urge insist deny confirm announce expect hope believe know think'
).split(' ')

/** A deterministic generator, so runs compare. */
function randomSource(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0
    return state / 2 ** 32
  }
}

function sentence(random: () => number, words: number): string {
  const out: string[] = []
  for (let i = 0; i < words; i++) {
    // Zipf-like: common words far more often than rare ones
    const index = Math.floor(VOCABULARY.length * random() ** 2.2)
    out.push(VOCABULARY[index])
  }
  out[0] = out[0][0].toUpperCase() + out[0].slice(1)
  return `${out.join(' ')}.`
}

/** A quote as a draft would have it: the source words with a few changed or dropped. */
function perturb(random: () => number, text: string): string {
  return text
    .split(' ')
    .filter(() => random() > 0.05)
    .map((w) => (random() < 0.05 ? VOCABULARY[Math.floor(random() * VOCABULARY.length)] : w))
    .join(' ')
}

export interface MatchBenchResult {
  name: string
  operations: number
  totalMs: number
  perOperationUs: number
}

function time(name: string, operations: number, run: () => void): MatchBenchResult {
  const began = performance.now()
  run()
  const totalMs = performance.now() - began
  return { name, operations, totalMs: Math.round(totalMs * 10) / 10, perOperationUs: Math.round((totalMs * 1000) / operations) }
}

export interface MatchBenchOptions {
  /** Quotes in the draft. */
  quotes?: number
  /** Candidates retrieved per quote. */
  candidatesPerQuote?: number
  /** Pairs for the alignment-only measures. */
  pairs?: number
}

/** Time alignment and whole-draft matching on generated news-like text. */
export function benchMatch(opts: MatchBenchOptions = {}): MatchBenchResult[] {
  const quotes = opts.quotes ?? 40
  const perQuote = opts.candidatesPerQuote ?? 50
  const pairs = opts.pairs ?? 2000
  const random = randomSource(7)
  const results: MatchBenchResult[] = []

  const short = Array.from({ length: pairs }, () => {
    const passage = sentence(random, 15 + Math.floor(random() * 25))
    return { quote: tokeniseWords(perturb(random, passage)), passage: tokeniseWords(passage) }
  })
  results.push(time('align quote ~25 words vs sentence ~25 words (pre-tokenised)', pairs, () => {
    for (const p of short) alignQuote(p.quote, p.passage)
  }))

  const long = Array.from({ length: Math.max(1, pairs / 10) }, () => {
    const passage = Array.from({ length: 16 }, () => sentence(random, 25)).join(' ')
    const start = Math.floor(random() * 300)
    const quote = passage.split(' ').slice(start, start + 80).join(' ')
    return { quote: tokeniseWords(perturb(random, quote)), passage: tokeniseWords(passage) }
  })
  results.push(time('align quote 80 words vs passage 400 words (pre-tokenised)', long.length, () => {
    for (const p of long) alignQuote(p.quote, p.passage)
  }))

  // A draft of `quotes` quotes; each has one true source among `perQuote` retrieved candidates.
  const draft = Array.from({ length: quotes }, (_, k) => {
    const candidates: Candidate[] = Array.from({ length: perQuote }, (_, c) => {
      const text = sentence(random, 12 + Math.floor(random() * 30))
      return { article: `source-${k}-${c}`, quote: null, start: 0, end: text.length, text, speaker: random() < 0.5 ? 'Irena Dovan' : null }
    })
    const truth = candidates[Math.floor(random() * perQuote)]
    truth.speaker = 'Irena Dovan'
    return { quote: { id: `q${k}`, text: perturb(random, truth.text), speaker: 'Irena Dovan', kind: 'direct' as const }, candidates }
  })
  results.push(time(`match a ${quotes}-quote draft, ${perQuote} candidates each (cold: tokenising included)`, quotes, () => {
    for (const d of draft) matchQuote(d.quote, d.candidates)
  }))
  results.push(time(`match a ${quotes}-quote draft, ${perQuote} candidates each (warm: passages tokenised)`, quotes, () => {
    for (const d of draft) matchQuote(d.quote, d.candidates)
  }))

  const huge = sentence(random, 34_000)
  const other = sentence(random, 34_000)
  results.push(time('match a 200 KB quote against a 200 KB passage (bounded)', 1, () => {
    matchQuote({ id: 'huge', text: huge, speaker: null, kind: 'direct' }, [
      { article: 'other', quote: null, start: 0, end: other.length, text: other, speaker: null },
    ])
  }))
  return results
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  for (const r of benchMatch()) {
    console.log(`${r.name}: ${r.totalMs} ms total, ${r.perOperationUs} µs each (${r.operations})`)
  }
}
