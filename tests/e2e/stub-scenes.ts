// Scenes for the in-page stub Api: the border-summit draft with its quotes checked against the
// wire story (a crude matcher, enough to give every screen realistic content), and a workspace
// of thousands of claims for measuring scroll smoothness.
import { diffWords } from 'diff'
import { readFileSync } from 'node:fs'
import type { DiffPart, Quote, Relation, Verdict } from '../../src/core/model'
import type { ArticleSummary, ClaimDetail, MatchView } from '../../src/shared/api-contract'
import type { StubScene } from './stub-api'

const EVENT_DIR = 'tests/fixtures/events/border-summit'
const QUOTED = /[“"]([^”"]{2,600})[”"]/g

interface Span {
  start: number
  end: number
  text: string
}

function quotedSpans(text: string): Span[] {
  return [...text.matchAll(QUOTED)].map((found) => ({ start: found.index + 1, end: found.index + 1 + found[1].length, text: found[1] }))
}

const words = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}’']+/gu) ?? []

function paragraphAround(text: string, start: number, end: number) {
  const from = text.lastIndexOf('\n\n', start) + 1 || 0
  const to = text.indexOf('\n\n', end)
  const paragraph = text.slice(from === 0 ? 0 : from + 1, to < 0 ? text.length : to)
  const offset = from === 0 ? 0 : from + 1
  return { text: paragraph, start: start - offset, end: end - offset }
}

function relationOf(quote: string, source: string): Relation {
  const a = words(quote).join(' ')
  const b = words(source).join(' ')
  if (a === b) return quote === source ? 'identical' : 'minor'
  if (b.includes(a) || a.includes(b)) return 'fragment'
  return 'reworded'
}

function summary(id: string, title: string, outlet: string, role: ArticleSummary['role'], quoteCount: number): ArticleSummary {
  return {
    id,
    title,
    outlet,
    url: null,
    publishedAt: '2025-03-08',
    role,
    format: 'txt',
    importedAt: '2025-03-09T08:00:00.000Z',
    importedBy: 'Anna Kowalska',
    quoteCount,
    counts: { verified: 0, disputed: 0, unverifiable: 0, open: quoteCount, conflict: 0 },
  }
}

export function borderSummitScene(): StubScene {
  const draftText = readFileSync(`${EVENT_DIR}/draft-westbrook-summit.txt`, 'utf8')
  const wireText = readFileSync(`${EVENT_DIR}/opa-wire.txt`, 'utf8')
  const draftTitle = draftText.split('\n')[0]
  const wireTitle = wireText.split('\n')[0]
  const wireQuotes = quotedSpans(wireText)
  const draft = summary('a-draft', draftTitle, 'The Westbrook Review', 'draft', 0)
  const wire = summary('a-wire', wireTitle, 'Meridian Press Agency', 'source', wireQuotes.length)

  const claims: ClaimDetail[] = quotedSpans(draftText).map((span, index) => {
    const quote: Quote = {
      id: `q-draft-${index + 1}`,
      articleId: draft.id,
      utteranceId: `u-${index + 1}`,
      start: span.start,
      end: span.end,
      text: span.text,
      kind: span.text.split(' ').length < 4 ? 'partial' : 'direct',
      utterance: span.start,
      speaker: /Moravec|she/.test(draftText.slice(Math.max(0, span.start - 120), span.end + 60)) ? 'Liisa Moravec' : 'Yury Korvalev',
      mention: null,
      cue: 'said',
      speakerId: null,
    }
    const quoteWords = new Set(words(span.text))
    const overlapOf = (text: string) => new Set(words(text).filter((word) => quoteWords.has(word))).size / Math.max(1, quoteWords.size)
    const scored = wireQuotes
      .map((source) => ({ source, overlap: overlapOf(source.text) }))
      .filter((candidate) => candidate.overlap >= 0.6)
      .sort((a, b) => b.overlap - a.overlap)
    const matches: MatchView[] = scored.map(({ source, overlap }) => ({
      quote: quote.id,
      source: { article: wire.id, quote: `q-wire-${source.start}`, start: source.start, end: source.end, text: source.text },
      relation: relationOf(span.text, source.text),
      score: Math.round(overlap * 100) / 100,
      speakerAgrees: true,
      diff: diffWords(source.text, span.text).map((change): DiffPart => ({ op: change.added ? 'insert' : change.removed ? 'delete' : 'equal', text: change.value })),
      sourceArticle: { id: wire.id, title: wireTitle, outlet: wire.outlet, url: null, role: 'source' },
      sourceSpeaker: 'Yury Korvalev',
      context: paragraphAround(wireText, source.start, source.end),
    }))
    const best = matches[0]
    const suggestion = !best
      ? { status: 'unverifiable' as const, reason: 'no source in the workspace has these words' }
      : best.relation === 'reworded'
        ? { status: 'disputed' as const, reason: 'reworded: the source’s words were changed' }
        : { status: 'verified' as const, reason: `${best.relation} match in ${wire.outlet}` }
    return {
      quote,
      article: { id: draft.id, title: draftTitle, outlet: draft.outlet },
      best: best ? { relation: best.relation, score: best.score, sourceArticle: wire.id, sourceTitle: wireTitle, speakerAgrees: true } : null,
      suggestion,
      current: null,
      conflict: false,
      context: paragraphAround(draftText, span.start, span.end),
      matches,
      heads: [],
      history: [],
    }
  })

  // One claim two colleagues decided differently without seeing each other.
  const contested = claims.find((claim) => claim.matches.length > 0)
  if (contested) {
    const piotr: Verdict = { id: 'v-piotr', quote: contested.quote.id, status: 'verified', note: 'Same words as the MPA copy.', evidence: null, reviewer: 'Piotr Nowak', createdAt: '2025-03-09T10:15:00.000Z', supersedes: [] }
    const maria: Verdict = { ...piotr, id: 'v-maria', status: 'disputed', note: 'MPA has the longer sentence; we cut it mid-way.', reviewer: 'Maria Lind', createdAt: '2025-03-09T10:16:00.000Z' }
    Object.assign(contested, { heads: [piotr, maria], history: [piotr, maria], current: maria, conflict: true })
  }

  draft.quoteCount = claims.length
  draft.counts = { verified: 0, disputed: 0, unverifiable: 0, open: claims.length - 1, conflict: 1 }
  return {
    session: {
      workspace: { path: '/desk/border-summit.verbatim', name: 'border-summit.verbatim', readOnly: false, backupPath: null, articleCount: 2 },
      reviewer: 'Anna Kowalska',
      recentWorkspaces: ['/desk/border-summit.verbatim'],
      nativeDialogs: false,
    },
    articles: [draft, wire],
    articleDetails: {
      [draft.id]: { article: { ...draft, text: draftText, byline: 'Sam Okoro', format: 'txt', fileName: 'draft-westbrook-summit.txt', contentHash: 'x' }, claims },
      [wire.id]: { article: { ...wire, text: wireText, byline: 'Agnes Wirth', format: 'txt', fileName: 'opa-wire.txt', contentHash: 'y' }, claims: [] },
    },
    claims,
    speakers: [
      { id: 's-1', name: 'Yury Korvalev', kind: 'person', quoteCount: 9, aliases: [] },
      { id: 's-2', name: 'Liisa Moravec', kind: 'person', quoteCount: 6, aliases: [] },
      { id: 's-3', name: 'Yuri Korvalev', kind: 'person', quoteCount: 2, aliases: [] },
    ],
    proposals: [
      { from: { id: 's-3', name: 'Yuri Korvalev' }, to: { id: 's-1', name: 'Yury Korvalev' }, score: 0.93, reason: 'one letter apart; same title “presidential aide”', status: 'proposed', decidedBy: null },
    ],
    presence: [
      { reviewer: 'Anna Kowalska', host: 'desk-3', heartbeatAt: '2025-03-09T10:20:00.000Z', self: true },
      { reviewer: 'Piotr Nowak', host: 'desk-7', heartbeatAt: '2025-03-09T10:20:00.000Z', self: false },
    ],
  }
}

/** A workspace with `count` claims over 50 articles, for the scroll measurement. */
export function largeScene(count: number): StubScene {
  const scene = borderSummitScene()
  const template = scene.claims.find((claim) => claim.matches.length > 0)!
  const statuses = ['verified', 'disputed', 'unverifiable'] as const
  const claims: ClaimDetail[] = Array.from({ length: count }, (_, index) => {
    const id = `q-bulk-${index + 1}`
    const status = index % 4 === 3 ? null : statuses[index % 3]
    const verdict: Verdict | null = status
      ? { id: `v-bulk-${index + 1}`, quote: id, status, note: '', evidence: null, reviewer: 'Piotr Nowak', createdAt: '2025-03-09T10:15:00.000Z', supersedes: [] }
      : null
    return {
      ...template,
      quote: { ...template.quote, id, text: `${template.quote.text} (claim ${index + 1})` },
      article: { id: `a-bulk-${index % 50}`, title: `Regional desk story ${index % 50}`, outlet: 'The Westbrook Review' },
      current: verdict,
      conflict: false,
      heads: verdict ? [verdict] : [],
      history: verdict ? [verdict] : [],
    }
  })
  return { ...scene, claims }
}
