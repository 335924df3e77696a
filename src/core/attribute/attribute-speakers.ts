// Says who speaks each quotation of an article: the speaker's canonical name, the words that name
// them near the quote (mention) and the reporting cue. Spans of one utterance share one answer.
//
// Evidence for an utterance, strongest first:
//   1. a clause right after one of its spans (“…,” said X / “…,” X told reporters);
//   2. a clause before it in its sentence (X said: “…” / X described it as “…”), then later in it;
//   3. a credit line under a block quote, or a transcript speaker label;
//   4. a colon ending the previous paragraph, or a colon before the quote in its own sentence;
//   5. a paragraph that is only a quote continues the speaker of the quote before it, or the
//      person the previous paragraph was about;
//   6. the speaker or subject of the previous sentence, then a person named in the quote's sentence.
// Headline and subhead quotes are attributed last: without a named speaker they take the speaker of
// the body quote that repeats their words, and a headline quote that is part of a longer body quote
// is a partial quote.

import type { ExtractedQuote, QuoteKind } from '../model'
import { paragraphs as splitParagraphs, type ParagraphSpan } from '../text/paragraphs'
import { findEntities } from './article-entities'
import { PUNCT, QUOTE, quoteRegion, tokeniseArticle, WORD, type ArticleTokens } from './article-tokens'
import { clauseAfter, clauseBefore, clauseLaterInSentence, nounPhraseAfter, type Clause } from './find-attribution'
import { ORGANISATION_NOUNS, PERSON_ROLE_NOUNS } from './name-lexicon'
import { isReportingVerb } from './reporting-verbs'
import { byOrganisationNoun, firstAtOrAfter, noteSalient, resolveSpeaker, type ResolutionContext, type Speaker } from './resolve-speaker'

export interface QuoteToAttribute {
  start: number
  end: number
  text: string
  kind: QuoteKind
  utterance: number
}

interface Attribution {
  speaker: Speaker | null
  mention: string | null
  cue: string | null
}

interface AttributionContext extends ResolutionContext {
  /** For each paragraph: it holds quotations and nothing else but punctuation. */
  onlyQuotes: boolean[]
  /** Mention salience by the mention's first token. */
  salientAt: Map<number, boolean>
  /** Normalised words of each quote, computed when first needed (headline echoes). */
  words: Map<number, string[]>
}

/** Bounds that keep attribution linear on pathological input (one endless paragraph or sentence). */
const MAX_TOKENS_BACK = 60
const MAX_QUOTES_BACK = 8
const MAX_HEADING_CHARS = 300
const MAX_ECHO_CANDIDATES = 400

/** Punctuation that may stand beside quotes in a paragraph that is "only a quote". */
const QUOTE_PARAGRAPH_PUNCTUATION = new Set(['.', ',', ';', ':', '!', '?', '>', '*', '_', '—', '–', '#', '-'])

const SPEAKER_LABEL = /^\s*(?:\*\*|__)?([^*_:\n]{2,80}?)(?:\*\*|__)?\s*:\s*(?:\*\*|__)?\s/
const HEADING = /^\s*#{1,6}\s/

/**
 * Speakers for `quotes` (as extractQuotes gives them). Kinds are kept, except that a headline quote
 * repeating part of a longer body quote becomes partial.
 */
export function attributeSpeakers(text: string, quotes: readonly QuoteToAttribute[], paragraphs: readonly ParagraphSpan[] = splitParagraphs(text)): ExtractedQuote[] {
  const regions = quotes.map((quote) => quoteRegion(text, quote.start, quote.end))
  const article = tokeniseArticle(text, paragraphs, regions)
  const entities = findEntities(text, article)
  const context: AttributionContext = { text, article, entities, speakerEvents: [], organisationCache: new Map(), onlyQuotes: paragraphsOnlyQuotes(article, paragraphs.length), salientAt: new Map(entities.mentions.map((mention) => [mention.token, mention.salient])), words: new Map() }
  noteOrganisationSubjects(context)
  const { tokens, quoteToken } = article

  const spansOf = new Map<number, number[]>()
  quotes.forEach((quote, i) => {
    const list = spansOf.get(quote.utterance) ?? []
    list.push(i)
    spansOf.set(quote.utterance, list)
  })

  const attribution: Array<Attribution | null> = quotes.map(() => null)
  const kinds = quotes.map((quote) => quote.kind)
  const headings: number[] = []
  for (const [utterance, spans] of spansOf) {
    if (quotes[utterance].kind === 'title') continue
    if (isHeading(paragraphs, tokens[quoteToken[utterance]].paragraph)) {
      headings.push(utterance)
      continue
    }
    const found = attributeUtterance(context, quotes, spans, attribution, paragraphs)
    for (const span of spans) attribution[span] = found
    if (found?.speaker != null && found.speaker.entity >= 0) noteSalient(context, found.speaker.entity, quoteToken[spans[0]])
  }
  for (const utterance of headings) {
    const spans = spansOf.get(utterance)!
    // A headline is no continuation of the paragraph before it: only its own words or an echo count.
    let found = clauseAttribution(context, spans) ?? creditLine(context, quoteToken[spans[spans.length - 1]])
    const echo = echoOf(context, quotes, utterance, attribution)
    if (echo !== null) {
      if (found === null || found.speaker === null || !found.speaker.named) found = { speaker: echo.attribution.speaker, mention: found?.mention ?? echo.attribution.mention, cue: found?.cue ?? null }
      if (echo.part && kinds[utterance] === 'direct' && spans.length === 1) kinds[utterance] = 'partial'
    }
    for (const span of spans) attribution[span] = found
  }

  return quotes.map((quote, i) => {
    const found = attribution[i]
    const result: ExtractedQuote = {
      start: quote.start,
      end: quote.end,
      text: quote.text,
      kind: kinds[i],
      utterance: quote.utterance,
      speaker: found?.speaker?.name ?? null,
      mention: found?.mention ?? null,
      cue: found?.cue ?? null,
    }
    if (found?.speaker?.kind !== undefined) result.speakerKind = found.speaker.kind
    return result
  })
}

function clauseAttribution(context: AttributionContext, spans: readonly number[]): Attribution | null {
  const { article } = context
  for (const finder of [clauseAfter, clauseBefore, clauseLaterInSentence]) {
    for (const span of spans) {
      const clause = finder(article, article.quoteToken[span])
      if (clause === null) continue
      const found = fromClause(context, clause, article.quoteToken[span])
      if (found !== null && found.speaker !== null) return found
    }
  }
  return null
}

function attributeUtterance(context: AttributionContext, quotes: readonly QuoteToAttribute[], spans: readonly number[], done: ReadonlyArray<Attribution | null>, paragraphs: readonly ParagraphSpan[]): Attribution | null {
  const quoteToken = context.article.quoteToken
  const fromClauses = clauseAttribution(context, spans)
  if (fromClauses !== null) return fromClauses
  const first = quoteToken[spans[0]]
  const last = quoteToken[spans[spans.length - 1]]
  return (
    creditLine(context, last) ??
    speakerLabel(context, first, paragraphs) ??
    colonBefore(context, first) ??
    colonInSentence(context, spans[0], done) ??
    previousQuoteSpeaker(context, quotes, spans[0], first, done) ??
    previousParagraphPerson(context, first) ??
    previousSentenceSpeaker(context, first) ??
    personInSentence(context, first)
  )
}

/** The speaker of a clause: of its candidate noun phrases, the first that names someone, else the first that resolves. */
function fromClause(context: AttributionContext, clause: Clause, at: number): Attribution | null {
  const { text, article } = context
  const tokens = article.tokens
  const cue = clause.cueEnd > clause.cueStart ? text.slice(tokens[clause.cueStart].start, tokens[clause.cueEnd - 1].end) : null
  let fallback: Attribution | null = null
  for (const phrase of clause.nounPhrases) {
    const speaker = resolveSpeaker(context, phrase.start, phrase.end, at)
    const mention = text.slice(tokens[phrase.start].start, tokens[phrase.end - 1].end)
    if (speaker !== null && speaker.named) return { speaker, mention, cue }
    fallback ??= speaker === null ? null : { speaker, mention, cue }
  }
  if (fallback !== null) return fallback
  const first = clause.nounPhrases[0]
  return first === undefined ? null : { speaker: null, mention: text.slice(tokens[first.start].start, tokens[first.end - 1].end), cue }
}

function speakerFromPhrase(context: AttributionContext, start: number, end: number, at: number, cue: string | null = null): Attribution | null {
  const speaker = resolveSpeaker(context, start, end, at)
  if (speaker === null) return null
  return { speaker, mention: context.text.slice(context.article.tokens[start].start, context.article.tokens[end - 1].end), cue }
}

/** "> “…”" then "> — Yury Korvalev, aide to the president": the credit line names the speaker. */
function creditLine(context: AttributionContext, quoteToken: number): Attribution | null {
  const { tokens } = context.article
  const paragraph = tokens[quoteToken].paragraph
  if (!context.onlyQuotes[paragraph]) return null
  let start = context.article.paragraphStart[paragraph + 1]
  while (tokens[start]?.text === '>' && tokens[start].paragraph === paragraph + 1) start++
  const dash = tokens[start]
  if (dash === undefined || dash.paragraph !== paragraph + 1 || !/^[—–-]$/.test(dash.text)) return null
  const end = nounPhraseAfter(tokens, start + 1, tokens.length)
  return end < 0 ? null : speakerFromPhrase(context, start + 1, end, start + 1)
}

/** A transcript turn: "**Yury Korvalev:** … “…”" or "REINHOLT: …". */
function speakerLabel(context: AttributionContext, quoteToken: number, paragraphs: readonly ParagraphSpan[]): Attribution | null {
  const { tokens } = context.article
  const paragraph = tokens[quoteToken].paragraph
  const paragraphText = paragraphs[paragraph].text
  const label = SPEAKER_LABEL.exec(paragraphText)
  if (label === null) return null
  const name = label[1].replace(/\s*\(.*\)\s*$/, '').trim()
  if (name.split(/\s+/).length > 6 || /^(?:q|question|a|answer)$/i.test(name)) return null
  const labelStart = paragraphs[paragraph].start + paragraphText.indexOf(label[1])
  let t = context.article.paragraphStart[paragraph]
  while (t < tokens.length && tokens[t].end <= labelStart) t++
  let end = t
  while (end < tokens.length && tokens[end].start < labelStart + name.length) end++
  if (end <= t || t >= quoteToken) return null
  const found = speakerFromPhrase(context, t, end, t)
  return found === null ? null : { ...found, mention: name }
}

/** The previous paragraph ends with a colon: "Tamashov had a warning for the port authority:". */
function colonBefore(context: AttributionContext, quoteToken: number): Attribution | null {
  const { tokens, paragraphStart } = context.article
  const paragraph = tokens[quoteToken].paragraph
  if (paragraphStart[paragraph] !== quoteToken || paragraph === 0) return null
  const colon = quoteToken - 1
  if (tokens[colon]?.text !== ':' || tokens[colon].paragraph !== paragraph - 1) return null
  const clause = clauseBefore(context.article, colon)
  if (clause !== null) return fromClause(context, clause, colon)
  return sentenceSubjectAttribution(context, colon)
}

/** “Tamashov mocked the minister’s account: “…”” — a colon hands the quote to the sentence's subject, or the paragraph's last speaker. */
function colonInSentence(context: AttributionContext, span: number, done: ReadonlyArray<Attribution | null>): Attribution | null {
  const { tokens, quoteToken } = context.article
  const at = quoteToken[span]
  if (tokens[at - 1]?.text !== ':' || tokens[at - 1].paragraph !== tokens[at].paragraph) return null
  const subject = sentenceSubjectAttribution(context, at - 1)
  if (subject !== null) return subject
  for (let q = span - 1; q >= 0 && span - q <= MAX_QUOTES_BACK; q--) {
    if (tokens[quoteToken[q]].paragraph !== tokens[at].paragraph) break
    if (done[q]?.speaker != null) return done[q]
  }
  return null
}

function sentenceSubjectAttribution(context: AttributionContext, at: number): Attribution | null {
  const { tokens, sentenceStart } = context.article
  let start = sentenceStart[tokens[at].sentence]
  while (start < at && tokens[start].type !== WORD) start++
  const end = nounPhraseAfter(tokens, start, at)
  return end < 0 ? null : speakerFromPhrase(context, start, end, start)
}

/** A paragraph that is only a quote, after a paragraph whose quote has a speaker, continues that speaker. */
function previousQuoteSpeaker(context: AttributionContext, quotes: readonly QuoteToAttribute[], span: number, quoteToken: number, done: ReadonlyArray<Attribution | null>): Attribution | null {
  const { tokens } = context.article
  const paragraph = tokens[quoteToken].paragraph
  if (!context.onlyQuotes[paragraph]) return null
  for (let q = span - 1; q >= 0 && span - q <= MAX_QUOTES_BACK; q--) {
    const previousParagraph = tokens[context.article.quoteToken[q]].paragraph
    if (previousParagraph === paragraph) continue
    if (previousParagraph < paragraph - 1) return null
    const found = done[q]
    if (found?.speaker != null && quotes[q].kind !== 'title') return found
  }
  return null
}

/**
 * A paragraph that is only a quote, after a paragraph about someone: the last person that paragraph
 * named as a subject, or the last "he"/"she" in it ("Asked about …, she was more expansive.").
 */
function previousParagraphPerson(context: AttributionContext, quoteToken: number): Attribution | null {
  const { tokens, paragraphStart } = context.article
  const paragraph = tokens[quoteToken].paragraph
  if (paragraph === 0 || paragraphStart[paragraph] !== quoteToken || !context.onlyQuotes[paragraph]) return null
  const { runAt, runs, entities } = context.entities
  const salientAt = context.salientAt
  for (let t = quoteToken - 1; t >= 0 && tokens[t].paragraph === paragraph - 1 && quoteToken - t <= MAX_TOKENS_BACK * 4; t--) {
    const token = tokens[t]
    if (token.type === QUOTE) return null
    if (token.type === WORD && (token.lower === 'he' || token.lower === 'she')) return speakerFromPhrase(context, t, t + 1, t)
    const r = runAt[t]
    if (r >= 0 && runs[r].first === t && runs[r].entity >= 0 && entities[runs[r].entity].kind === 'person' && salientAt.get(t) === true) {
      const entity = entities[runs[r].entity]
      return { speaker: { name: entity.canonical, kind: 'person', entity: runs[r].entity, named: false }, mention: null, cue: null }
    }
  }
  return null
}

/** “…” right after a sentence with an attribution or a subject in the same paragraph: "Moravec was more guarded. “…”". */
function previousSentenceSpeaker(context: AttributionContext, quoteToken: number): Attribution | null {
  const { tokens, sentenceStart } = context.article
  const sentence = tokens[quoteToken].sentence
  if (sentence === 0 || sentenceStart[sentence] !== quoteToken) return null
  const start = sentenceStart[sentence - 1]
  if (tokens[start].paragraph !== tokens[quoteToken].paragraph) return null
  // The last reporting clause of the previous sentence, read as if it introduced this quote.
  const clause = clauseBefore(context.article, quoteToken - 1)
  if (clause !== null) {
    const found = fromClause(context, clause, quoteToken - 1)
    if (found?.speaker != null) return found
  }
  const { mentions, entities } = context.entities
  for (let m = firstAtOrAfter(mentions, Math.max(start, quoteToken - MAX_TOKENS_BACK)); m < mentions.length; m++) {
    const mention = mentions[m]
    if (mention.token >= quoteToken) break
    if (mention.salient) {
      const entity = entities[mention.entity]
      return { speaker: { name: entity.canonical, kind: entity.kind, entity: mention.entity, named: false }, mention: null, cue: null }
    }
  }
  let first = start
  while (first < quoteToken && tokens[first].type !== WORD) first++
  const end = nounPhraseAfter(tokens, first, quoteToken)
  return end < 0 ? null : speakerFromPhrase(context, first, end, first)
}

/** “For Moravec, … the plight of the drivers is “a humanitarian problem”": a person named in the sentence. */
function personInSentence(context: AttributionContext, quoteToken: number): Attribution | null {
  const { tokens, sentenceStart } = context.article
  const { runAt, runs, entities } = context.entities
  for (let t = Math.max(sentenceStart[tokens[quoteToken].sentence], quoteToken - MAX_TOKENS_BACK); t < quoteToken; t++) {
    const r = runAt[t]
    if (r < 0 || runs[r].entity < 0 || entities[runs[r].entity].kind !== 'person') continue
    const entity = entities[runs[r].entity]
    return { speaker: { name: entity.canonical, kind: 'person', entity: runs[r].entity, named: true }, mention: context.text.slice(tokens[runs[r].first].start, tokens[runs[r].end - 1].end), cue: null }
  }
  return null
}

/** "The union reacted sharply.": organisations that are the subject of a sentence are remembered for "it" and "they". */
function noteOrganisationSubjects(context: AttributionContext): void {
  const { tokens, sentenceStart } = context.article
  for (const start of sentenceStart) {
    if (tokens[start]?.lower !== 'the') continue
    const end = nounPhraseAfter(tokens, start, Math.min(tokens.length, start + 6))
    const verb = tokens[end]
    // Followed by what reads as its verb: "The union reacted", "The ministry says".
    const looksLikeVerb = verb !== undefined && verb.type === WORD && !verb.capitalised && (isReportingVerb(verb.lower) || /(?:ed|s)$/.test(verb.lower))
    if (end < 0 || !looksLikeVerb) continue
    const head = tokens[end - 1].lower
    if (!ORGANISATION_NOUNS.has(head) || PERSON_ROLE_NOUNS.has(head)) continue
    const modifiers = tokens.slice(start + 1, end - 1).map((token) => token.lower)
    const organisation = byOrganisationNoun(context, head, modifiers, start)
    if (organisation !== null && organisation.entity >= 0) noteSalient(context, organisation.entity, start)
  }
}

function paragraphsOnlyQuotes(article: ArticleTokens, count: number): boolean[] {
  const only = new Array<boolean>(count).fill(false)
  const sawQuote = new Array<boolean>(count).fill(false)
  const other = new Array<boolean>(count).fill(false)
  for (const token of article.tokens) {
    if (token.type === QUOTE) sawQuote[token.paragraph] = true
    else if (token.type !== PUNCT || !QUOTE_PARAGRAPH_PUNCTUATION.has(token.text)) other[token.paragraph] = true
  }
  for (let p = 0; p < count; p++) only[p] = sawQuote[p] && !other[p]
  return only
}

/** A Markdown heading, or a first paragraph that reads like a headline (short, no full stop, not a block quote). */
function isHeading(paragraphs: readonly ParagraphSpan[], paragraph: number): boolean {
  const span = paragraphs[paragraph]
  if (span.end - span.start > MAX_HEADING_CHARS) return false
  if (HEADING.test(span.text)) return true
  return paragraph === 0 && !span.text.startsWith('>') && !/\.["'”’»]*$/.test(span.text)
}

/**
 * The body quote whose words a headline quote repeats, best named first; `part` when the
 * headline quote is only part of it.
 */
function echoOf(context: AttributionContext, quotes: readonly QuoteToAttribute[], utterance: number, done: ReadonlyArray<Attribution | null>): { attribution: Attribution; part: boolean } | null {
  const wordsOf = (q: number): string[] => {
    let words = context.words.get(q)
    if (words === undefined) {
      words = quoteWords(quotes[q].text)
      context.words.set(q, words)
    }
    return words
  }
  const words = wordsOf(utterance)
  if (words.length === 0) return null
  let best: { attribution: Attribution; part: boolean } | null = null
  let bestScore = 0
  for (let q = 0; q < quotes.length && q < MAX_ECHO_CANDIDATES; q++) {
    const found = done[q]
    if (q === utterance || found?.speaker == null) continue
    const other = wordsOf(q)
    const contained = containsRun(other, words)
    const score = (contained ? 1 : bigramOverlap(words, other)) + (found.speaker.named ? 0.01 : 0)
    if (score > bestScore && score >= 0.6) {
      best = { attribution: found, part: contained && other.length > words.length }
      bestScore = score
    }
  }
  return best
}

/** Lower-case words of a quote, apostrophes straightened: enough to see one quote repeat another. */
function quoteWords(quote: string): string[] {
  return quote.toLowerCase().replace(/’/g, "'").match(/[\p{L}\p{N}][\p{L}\p{N}'-]*/gu) ?? []
}

function containsRun(haystack: readonly string[], needle: readonly string[]): boolean {
  outer: for (let i = 0; i + needle.length <= haystack.length; i++) {
    for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer
    return true
  }
  return false
}

/** Share of the word pairs of `words` found in `other`: a reworded echo ("closer" / "we are closer"). */
function bigramOverlap(words: readonly string[], other: readonly string[]): number {
  if (words.length < 2) return 0
  const pairs = new Set<string>()
  for (let i = 0; i + 1 < other.length; i++) pairs.add(`${other[i]} ${other[i + 1]}`)
  let found = 0
  for (let i = 0; i + 1 < words.length; i++) if (pairs.has(`${words[i]} ${words[i + 1]}`)) found++
  return found / (words.length - 1)
}
