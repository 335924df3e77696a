// Given a quote and candidate passages (retrieved elsewhere, e.g. by full-text search), decide
// which passages hold the same statement, how they relate, and whether the speaker agrees.
import { wordDiff, type WordDiffOptions } from '../diff/word-diff'
import type { Match, QuoteKind } from '../model'
import { alignQuote, LOOSE_SCORING, type Alignment } from './align-quote'
import { classifyRelation, type RelationResult } from './classify-relation'
import { contextsAgree } from './context-agreement'
import { isMeaningWord } from './function-words'
import { reportedSpeakers } from './reported-speaker'
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

/** Content words in common before a looser alignment is tried for a statement in other words. */
const LOOSE_ALIGNMENT_WORDS = 3
const LOOSE_ALIGNMENT_SHARE = 0.4
/** Below this many content words in common, a match is only believed with speaker and context. */
const WEAK_EVIDENCE = 4
/** A rewording sharing this few content words must also be mostly the same words on both sides. */
const FEW_WORDS = 2
/** A different speaker is reported as misattribution only for a statement this distinctive. */
const MISATTRIBUTION_CONTENT = 4
const MISATTRIBUTION_WORDS = 6
const MISATTRIBUTION_REWORDED = 0.75
const MISATTRIBUTION_REWORDED_SAME_EVENT = 0.5
/** With no speaker to compare, a rewording must score at least this. */
const UNATTRIBUTED_REWORDED = 0.5
/** With contexts that disagree, only a long run of shared content words still counts. */
const DISTINCTIVE_CONTENT = 8
const DEFAULT_LIMIT = 10
/** Content words a sentence must report beyond a quotation it holds to be kept beside it. */
const WORDS_BEYOND = 2

interface Judged {
  candidate: Candidate
  alignment: Alignment
  relation: RelationResult
  speakerAgrees: boolean | null
  sourceSpeaker: string | null
  rank: number
}

/** Matches for one quote, best first. A passage that only looks like the quote is left out. */
export function matchQuote(q: QuoteToMatch, candidates: Candidate[], opts: MatchOptions = {}): Match[] {
  // Marks around a name or a term ("Smart Quay") quote nobody: there is no statement to trace.
  if (q.kind === 'title') return []
  const quote = wordSequence(q.text)
  if (quote.length === 0) return []
  const quoteWords = contentWordsOf(quote)
  if (quoteWords.size === 0) return [] // a quote of function words alone ("and so on") cannot be traced
  const sameSpeaker = opts.sameSpeaker ?? speakersAgree

  const judged: Judged[] = []
  for (const candidate of candidates) {
    const j = judgeCandidate(q, quote, quoteWords, candidate, sameSpeaker)
    if (isAdmitted(j)) judged.push(j)
  }
  judged.sort((a, b) => b.rank - a.rank)

  // The same words found twice in one article (as a source quote and as its sentence) count once.
  // The copy that names a speaker is kept, since it can show a misattribution; between two that
  // say the same of the speaker, the source's quotation: its marks claim the exact words, where
  // the sentence around them is the reporter's own.
  // A sentence that also reports, in its own words, more of the statement than the quotation it
  // holds is kept beside it: "called it ‘in good condition’ but said the gates were not".
  let kept: Judged[] = []
  for (const j of judged) {
    const k = kept.findIndex((other) => overlaps(other, j))
    if (k < 0 || addsWords(j, [kept[k]])) kept.push(j)
    else if (preferred(j, kept[k])) {
      if (addsWords(kept[k], [j])) kept.push(j)
      else kept[k] = j
    }
  }
  // A sentence whose words the quotations kept beside it already cover adds nothing.
  kept = kept.filter((j) => {
    if (j.candidate.quote !== null) return true
    const quotations = kept.filter((other) => other !== j && other.candidate.quote !== null && overlaps(other, j))
    return quotations.length === 0 || addsWords(j, quotations)
  })
  kept.sort((a, b) => b.rank - a.rank)
  return kept.slice(0, opts.limit ?? DEFAULT_LIMIT).map((j) => toMatch(q, quote, j, opts.diff))
}

/** How one candidate was judged, and why it was kept or left out: for matchQuote and for diagnosis. */
export interface CandidateJudgement {
  candidate: Candidate
  alignment?: Alignment
  relation?: RelationResult
  speakerAgrees?: boolean | null
  contextAgrees?: boolean | null
  /** The speaker the source gives the words to (see sourceSpeaker). */
  sourceSpeaker?: string | null
  admitted: boolean
  /** Why the candidate was left out, when it was. */
  reason?: string
  rank: number
}

/** Judge one candidate passage for a quote (see matchQuote), keeping the reason for a refusal. */
export function explainCandidate(q: QuoteToMatch, candidate: Candidate, opts: MatchOptions = {}): CandidateJudgement {
  const quote = wordSequence(q.text)
  return judgeCandidate(q, quote, contentWordsOf(quote), candidate, opts.sameSpeaker ?? speakersAgree)
}

function isAdmitted(j: CandidateJudgement): j is CandidateJudgement & Judged {
  return j.admitted
}

/** The loose forms of a text's content words. */
function contentWordsOf(sequence: WordSequence): Set<number> {
  const words = new Set<number>()
  for (let i = 0; i < sequence.length; i++) if (sequence.content[i]) words.add(sequence.loose[i])
  return words
}

function judgeCandidate(
  q: QuoteToMatch,
  quote: WordSequence,
  quoteWords: Set<number>,
  candidate: Candidate,
  sameSpeaker: NonNullable<MatchOptions['sameSpeaker']>,
): CandidateJudgement {
  const refused = (reason: string, more: Partial<CandidateJudgement> = {}): CandidateJudgement => ({ candidate, admitted: false, reason, rank: 0, ...more })
  const passage = wordSequence(candidate.text)
  // Only a rewording sharing a good part of the quote's words can pass classifyRelation after a looser alignment.
  const looseWords = Math.max(LOOSE_ALIGNMENT_WORDS, Math.ceil(LOOSE_ALIGNMENT_SHARE * quoteWords.size))
  const shared = sharedContentWords(passage, quoteWords, looseWords)
  if (shared === 0) return refused('no content word in common')
  let alignment = alignQuote(quote, passage)
  if (!alignment) return refused('no alignment')
  let relation = classifyRelation(alignment)
  if ((!relation || relation.relation === 'reworded') && shared >= looseWords) {
    // The same statement in other words often puts other words between the ones it keeps.
    const loose = alignQuote(quote, passage, LOOSE_SCORING)
    const looseRelation = loose && classifyRelation(loose)
    if (loose && looseRelation && (!relation || looseRelation.score > relation.score)) {
      alignment = loose
      relation = looseRelation
    }
  }
  if (!relation) return refused('too few words in common', { alignment })
  const source = sourceSpeaker(q, candidate, alignment, sameSpeaker)
  const speakerAgrees = sameSpeaker(q.speaker, source)
  // Of a sentence of narration only the words it reports are the statement; the rest of the
  // sentence ("according to its head of quality") is the reporter's, and tells the event.
  const sourceWords = candidate.quote === null ? candidate.text.slice(alignment.passageSpan.start, alignment.passageSpan.end) : candidate.text
  const contextAgrees = contextsAgree(q.context, candidate.context, q.text, sourceWords, [q.speaker, source])
  const judged = { candidate, alignment, relation, speakerAgrees, contextAgrees, sourceSpeaker: source }
  const refusal = inadmissible(relation, alignment, speakerAgrees, contextAgrees, candidate.quote !== null)
  if (refusal) return { ...judged, admitted: false, reason: refusal, rank: 0 }
  const bonus = speakerAgrees === true ? 0.05 : speakerAgrees === false ? -0.2 : 0
  return { ...judged, admitted: true, rank: relation.score + bonus }
}

/**
 * Who the source passage gives the words to. A source quote has its attributed speaker; a sentence
 * of narration is given to the person it names as reporting them ("Mendez said the budget was
 * balanced"), else to its transcript turn's speaker, if any. A description ("the council said")
 * counts only where it fits the quote's speaker: "the minister" may be anyone's minister.
 */
function sourceSpeaker(
  q: QuoteToMatch,
  candidate: Candidate,
  alignment: Alignment,
  sameSpeaker: NonNullable<MatchOptions['sameSpeaker']>,
): string | null {
  if (candidate.quote !== null) return candidate.speaker
  // The nearest name decides; a description that does not fit ("its bulletins warned") is passed over.
  for (const reported of reportedSpeakers(candidate.text, matchedSpan(alignment))) {
    if (!reported.description || sameSpeaker(q.speaker, reported.name) === true) return reported.name
  }
  return candidate.speaker
}

/** Offsets of the passage's words from the first to the last one found in the quote (not the changed words paired at either end). */
function matchedSpan(alignment: Alignment): { start: number; end: number } {
  const { pairs, passage } = alignment
  let first = -1
  let last = -1
  for (const pair of pairs) {
    if (pair.kind !== 'equal' && pair.kind !== 'related') continue
    if (first < 0) first = pair.passageWord
    last = pair.passageWord
  }
  return first < 0 ? alignment.passageSpan : { start: passage.start[first], end: passage.end[last] }
}

/** How many of the quote's content words (by loose form) the passage holds, counted up to `enough`. */
function sharedContentWords(passage: WordSequence, quoteWords: Set<number>, enough: number): number {
  const seen: number[] = []
  for (let j = 0; j < passage.length && seen.length < enough; j++) {
    const id = passage.loose[j]
    if (passage.content[j] && quoteWords.has(id) && !seen.includes(id)) seen.push(id)
  }
  return seen.length
}

/**
 * The rules that keep look-alikes out: short or common wording needs the same speaker and a
 * context that does not point elsewhere; a different speaker is a finding (misattribution)
 * only when the words are distinctive enough to be the same statement. Returns why a candidate
 * is refused, or null when it is admitted.
 */
function inadmissible(
  relation: RelationResult,
  alignment: Alignment,
  speakerAgrees: boolean | null,
  contextAgrees: boolean | null,
  quotation: boolean,
): string | null {
  const weak = relation.contentMatched < WEAK_EVIDENCE
  if (weak) {
    if (speakerAgrees !== true) return 'few words, speaker not confirmed'
    if (contextAgrees === false) return 'few words, other context'
    // One or two words in common, reworded around ("very good" for "reasonably good"): one side must
    // be covered whole ("held hostage" within "cannot be taken hostage by…"), both must be mostly
    // the same words ("useful for whom?" is not "useful talks do"), and a word that names something
    // must be shared, not only "very" or "not".
    if (relation.relation !== 'reworded' || relation.contentMatched > FEW_WORDS) return null
    const quoteSide = coversWholeQuote(alignment) ? relation.quoteCoverage : coversWholePassage(alignment) ? relation.alignedQuoteCoverage : 0
    const mostlySame = quoteSide >= 0.5 && relation.spanCoverage >= 0.5
    return mostlySame && sharesLexicalWord(alignment) ? null : 'few words reworded'
  }
  // Four or more content words from the same speaker: reporters describe one event in different words.
  if (speakerAgrees === true) return null
  // A long run of the same content words is the same statement whatever the sentences around say.
  if (contextAgrees === false && relation.contentMatched < DISTINCTIVE_CONTENT) return 'other context'
  if (speakerAgrees === false) {
    // A rewording is the same statement if nearly word for word, or, for a quotation, if the
    // sentences around both tell of the same event: a translation given to another speaker is
    // still a misattribution. Narration that describes the same facts in other words is not.
    const enough = quotation && contextAgrees === true ? MISATTRIBUTION_REWORDED_SAME_EVENT : MISATTRIBUTION_REWORDED
    const sameWords = relation.relation !== 'reworded' || relation.score >= enough
    if (!sameWords) return 'other speaker, reworded'
    return relation.contentMatched >= MISATTRIBUTION_CONTENT && alignment.matched >= MISATTRIBUTION_WORDS ? null : 'other speaker, few words'
  }
  // Nobody named on one side: a loose rewording could be anyone's words on the same subject.
  return relation.relation !== 'reworded' || relation.score >= UNATTRIBUTED_REWORDED ? null : 'no speaker, loose rewording'
}

function coversWholeQuote(alignment: Alignment): boolean {
  return alignment.quoteWords.from === 0 && alignment.quoteWords.to === alignment.quote.length
}

function coversWholePassage(alignment: Alignment): boolean {
  return alignment.passageWords.from === 0 && alignment.passageWords.to === alignment.passage.length
}

/**
 * True when a word that names something is shared: the same word, or, where every content word
 * of the quote's aligned part is accounted for, a related one ("deepest apologies" for "deeply sorry").
 */
function sharesLexicalWord(alignment: Alignment): boolean {
  const quote = alignment.quote
  const lexical = (word: number) => {
    const form = formName(quote.form[word])
    return !isMeaningWord(form) && !/\d/.test(form)
  }
  let related = false
  let unmatched = false
  const { from, to } = alignment.quoteWords
  for (const pair of alignment.pairs) {
    if (pair.quoteWord < from || pair.quoteWord >= to || !quote.content[pair.quoteWord]) continue
    if (pair.kind === 'equal') {
      if (lexical(pair.quoteWord)) return true
    } else if (pair.kind === 'related') {
      if (lexical(pair.quoteWord)) related = true
    } else {
      unmatched = true
    }
  }
  return related && !unmatched
}

function preferred(j: Judged, over: Judged): boolean {
  if (over.speakerAgrees === null) return j.speakerAgrees !== null
  return j.speakerAgrees === over.speakerAgrees && over.candidate.quote === null && j.candidate.quote !== null
}

/** True when j finds enough content words of the quote outside the spans of the other matches. */
function addsWords(j: Judged, others: Judged[]): boolean {
  const { quote, passage } = j.alignment
  let outside = 0
  for (const pair of j.alignment.pairs) {
    if ((pair.kind !== 'equal' && pair.kind !== 'related') || !quote.content[pair.quoteWord]) continue
    const at = j.candidate.start + passage.start[pair.passageWord]
    const covered = others.some((other) => {
      const from = other.candidate.start + other.alignment.passageSpan.start
      return other.candidate.article === j.candidate.article && at >= from && at < other.candidate.start + other.alignment.passageSpan.end
    })
    if (!covered) outside++
  }
  return outside >= WORDS_BEYOND
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
    speakers: { quote: q.speaker, source: j.sourceSpeaker },
  }
  if (!diff.ok) match.diffTooLarge = diff.reason
  return match
}
