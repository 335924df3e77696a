// Given a quote and candidate passages (retrieved elsewhere, e.g. by full-text search), decide
// which passages hold the same statement, how they relate, and whether the speaker agrees.
import { wordDiff, type WordDiffOptions } from '../diff/word-diff'
import type { Match, QuoteKind } from '../model'
import { alignQuote, type Alignment } from './align-quote'
import { classifyRelation, type RelationResult } from './classify-relation'
import { contextsAgree } from './context-agreement'
import { isMeaningWord } from './function-words'
import { speakersAgree } from './speaker-agreement'
import { formName, wordSequence, type WordSequence } from './word-sequence'

/** A passage that may hold the quote: a quote of another article, or a sentence of its narration. */
export interface Candidate {
  article: string
  /** Id of the source quote this passage is, or null for narration. */
  quote: string | null
  /** UTF-16 offsets of text in its article. */
  start: number
  end: number
  text: string
  speaker: string | null
  /**
   * The words around the passage, to tell one event from another: best the article's headline
   * and the paragraph the passage is in.
   */
  context?: string
}

export interface QuoteToMatch {
  id: string
  text: string
  speaker: string | null
  kind: QuoteKind
  /** The words around the quote, as for Candidate.context. */
  context?: string
}

export interface MatchOptions {
  /** Speaker comparison; defaults to speakersAgree (spelling-tolerant name comparison). */
  sameSpeaker?: (quoteSpeaker: string | null, sourceSpeaker: string | null) => boolean | null
  diff?: WordDiffOptions
  /** Most matches to return. */
  limit?: number
}

/** Below this many content words in common, a match is only believed with speaker and context. */
const WEAK_EVIDENCE = 4
/** A rewording sharing this few content words needs the stricter test of coversWholeQuote. */
const FEW_WORDS = 2
/** A different speaker is reported as misattribution only for a statement this distinctive. */
const MISATTRIBUTION_CONTENT = 4
const MISATTRIBUTION_WORDS = 6
const MISATTRIBUTION_REWORDED = 0.75
/** With no speaker to compare, a rewording must score at least this. */
const UNATTRIBUTED_REWORDED = 0.5
/** With contexts that disagree, only a long run of shared content words still counts. */
const DISTINCTIVE_CONTENT = 8
const DEFAULT_LIMIT = 10

interface Judged {
  candidate: Candidate
  alignment: Alignment
  relation: RelationResult
  speakerAgrees: boolean | null
  rank: number
}

/** Matches for one quote, best first. A passage that only looks like the quote is left out. */
export function matchQuote(q: QuoteToMatch, candidates: Candidate[], opts: MatchOptions = {}): Match[] {
  // Marks around a name or a term ("Smart Quay") quote nobody: there is no statement to trace.
  if (q.kind === 'title') return []
  const quote = wordSequence(q.text)
  if (quote.length === 0) return []
  const quoteWords = new Set<number>()
  for (let i = 0; i < quote.length; i++) if (quote.content[i]) quoteWords.add(quote.loose[i])
  if (quoteWords.size === 0) return [] // a quote of function words alone ("and so on") cannot be traced
  const sameSpeaker = opts.sameSpeaker ?? speakersAgree

  const judged: Judged[] = []
  for (const candidate of candidates) {
    const passage = wordSequence(candidate.text)
    if (!sharesContentWord(passage, quoteWords)) continue
    const alignment = alignQuote(quote, passage)
    if (!alignment) continue
    const relation = classifyRelation(alignment)
    if (!relation) continue
    const speakerAgrees = sameSpeaker(q.speaker, candidate.speaker)
    const contextAgrees = contextsAgree(q.context, candidate.context, [quote, passage], [q.speaker, candidate.speaker])
    if (!admissible(relation, alignment, speakerAgrees, contextAgrees)) continue
    const bonus = speakerAgrees === true ? 0.05 : speakerAgrees === false ? -0.2 : 0
    judged.push({ candidate, alignment, relation, speakerAgrees, rank: relation.score + bonus })
  }
  judged.sort((a, b) => b.rank - a.rank)

  // The same words found twice in one article (as a source quote and as its sentence) count once,
  // and the copy that names a speaker is the one kept: it can show a misattribution.
  const kept: Judged[] = []
  for (const j of judged) {
    const k = kept.findIndex((other) => overlaps(other, j))
    if (k < 0) kept.push(j)
    else if (kept[k].speakerAgrees === null && j.speakerAgrees !== null) kept[k] = j
  }
  kept.sort((a, b) => b.rank - a.rank)
  return kept.slice(0, opts.limit ?? DEFAULT_LIMIT).map((j) => toMatch(q, quote, j, opts.diff))
}

function sharesContentWord(passage: WordSequence, quoteWords: Set<number>): boolean {
  for (let j = 0; j < passage.length; j++) if (passage.content[j] && quoteWords.has(passage.loose[j])) return true
  return false
}

/**
 * The rules that keep look-alikes out: short or common wording needs the same speaker and a
 * context that does not point elsewhere; a different speaker is a finding (misattribution)
 * only when the words are distinctive enough to be the same statement.
 */
function admissible(
  relation: RelationResult,
  alignment: Alignment,
  speakerAgrees: boolean | null,
  contextAgrees: boolean | null,
): boolean {
  const weak = relation.contentMatched < WEAK_EVIDENCE
  if (weak) {
    if (speakerAgrees !== true || contextAgrees === false) return false
    // One or two words in common, reworded around ("very good" for "reasonably good"): they must
    // still cover the whole quote and include a word that names something, not only "very" or "not".
    if (relation.relation !== 'reworded' || relation.contentMatched > FEW_WORDS) return true
    return relation.quoteCoverage >= 0.5 && coversWholeQuote(alignment) && sharesLexicalWord(alignment)
  }
  // Four or more content words from the same speaker: reporters describe one event in different words.
  if (speakerAgrees === true) return true
  // A long run of the same content words is the same statement whatever the sentences around say.
  if (contextAgrees === false && relation.contentMatched < DISTINCTIVE_CONTENT) return false
  if (speakerAgrees === false) {
    const sameWords = relation.relation !== 'reworded' || relation.score >= MISATTRIBUTION_REWORDED
    return sameWords && relation.contentMatched >= MISATTRIBUTION_CONTENT && alignment.matched >= MISATTRIBUTION_WORDS
  }
  // Nobody named on one side: a loose rewording could be anyone's words on the same subject.
  return relation.relation !== 'reworded' || relation.score >= UNATTRIBUTED_REWORDED
}

function coversWholeQuote(alignment: Alignment): boolean {
  return alignment.quoteWords.from === 0 && alignment.quoteWords.to === alignment.quote.length
}

function sharesLexicalWord(alignment: Alignment): boolean {
  const quote = alignment.quote
  return alignment.pairs.some((pair) => {
    if (pair.kind !== 'equal' || !quote.content[pair.quoteWord]) return false
    const form = formName(quote.form[pair.quoteWord])
    return !isMeaningWord(form) && !/\d/.test(form)
  })
}

function overlaps(a: Judged, b: Judged): boolean {
  if (a.candidate.article !== b.candidate.article) return false
  const aStart = a.candidate.start + a.alignment.passageSpan.start
  const aEnd = a.candidate.start + a.alignment.passageSpan.end
  const bStart = b.candidate.start + b.alignment.passageSpan.start
  const bEnd = b.candidate.start + b.alignment.passageSpan.end
  return aStart < bEnd && bStart < aEnd
}

function toMatch(q: QuoteToMatch, quote: WordSequence, j: Judged, diffOptions: WordDiffOptions | undefined): Match {
  const { candidate, alignment, relation } = j
  const span = alignment.passageSpan
  const spanText = candidate.text.slice(span.start, span.end)
  // The quote's words without the punctuation that belongs to the sentence around it.
  const quoteText = q.text.slice(quote.start[0], quote.end[quote.length - 1])
  const diff = wordDiff(spanText, quoteText, diffOptions)
  const match: Match = {
    quote: q.id,
    source: {
      article: candidate.article,
      quote: candidate.quote,
      start: candidate.start + span.start,
      end: candidate.start + span.end,
      text: spanText,
    },
    relation: relation.relation,
    score: relation.score,
    speakerAgrees: j.speakerAgrees,
    diff: diff.ok ? diff.parts : [],
    speakers: { quote: q.speaker, source: candidate.speaker },
  }
  if (!diff.ok) match.diffTooLarge = diff.reason
  return match
}
