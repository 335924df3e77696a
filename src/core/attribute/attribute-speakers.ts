// Says who speaks each quotation of an article: the speaker's canonical name, the words that name
// them near the quote (mention) and the reporting cue. Spans of one utterance share one answer.
//
// Order of evidence for an utterance: a clause right after one of its spans (“…,” said X), a clause
// before it in the sentence (X said: “…”), a clause later in the sentence; then a credit line under a
// block quote, a transcript speaker label, a colon ending the previous paragraph, the speaker of the
// previous paragraph's quote when this paragraph is nothing but a quote, and the subject of the
// previous sentence. Headline quotes without a named speaker take the speaker of the body quote
// that repeats their words.

import type { ExtractedQuote, QuoteKind } from '../model'
import { normaliseWord } from '../text/normalise-word'
import { paragraphs as splitParagraphs, type ParagraphSpan } from '../text/paragraphs'
import { findEntities } from './article-entities'
import { PUNCT, QUOTE, quoteRegion, tokeniseArticle, WORD, type ArticleTokens } from './article-tokens'
import { clauseAfter, clauseBefore, clauseLaterInSentence, isPronoun, nounPhraseAfter, type Clause } from './find-attribution'
import { resolveSpeaker, type ResolutionContext, type Speaker } from './resolve-speaker'

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
  /** The speaker came from a name or description in the clause, not only from context. */
  named: boolean
}

const SPEAKER_LABEL = /^\s*(?:\*\*|__)?([^*_:\n]{2,80}?)(?:\*\*|__)?\s*:\s*(?:\*\*|__)?\s/
const HEADING = /^\s*#{1,6}\s/

export function attributeSpeakers(text: string, quotes: readonly QuoteToAttribute[], paragraphs: readonly ParagraphSpan[] = splitParagraphs(text)): ExtractedQuote[] {
  const regions = quotes.map((quote) => quoteRegion(text, quote.start, quote.end))
  const article = tokeniseArticle(text, paragraphs, regions)
  const entities = findEntities(text, article)
  const context: ResolutionContext = { text, article, entities, speakerEvents: [] }
  const { tokens, quoteToken } = article

  const spansOf = new Map<number, number[]>()
  quotes.forEach((quote, i) => {
    const list = spansOf.get(quote.utterance) ?? []
    list.push(i)
    spansOf.set(quote.utterance, list)
  })

  const attribution: Array<Attribution | null> = quotes.map(() => null)
  const headlineUtterances: number[] = []
  for (const [utterance, spans] of spansOf) {
    if (quotes[utterance].kind === 'title') continue
    if (isHeading(text, paragraphs, tokens[quoteToken[utterance]].paragraph)) {
      headlineUtterances.push(utterance)
      continue
    }
    const found = attributeUtterance(context, quotes, spans, attribution, paragraphs)
    for (const span of spans) attribution[span] = found
    if (found?.speaker != null && found.speaker.entity >= 0) context.speakerEvents.push({ entity: found.speaker.entity, token: quoteToken[spans[0]] })
  }
  for (const utterance of headlineUtterances) {
    const spans = spansOf.get(utterance)!
    let found = attributeUtterance(context, quotes, spans, attribution, paragraphs)
    if (found === null || !found.named || found.speaker === null) {
      const echo = echoedSpeaker(quotes, utterance, attribution)
      if (echo !== null) found = { speaker: echo.speaker, mention: found?.mention ?? echo.mention, cue: found?.cue ?? null, named: true }
    }
    for (const span of spans) attribution[span] = found
  }

  return quotes.map((quote, i) => {
    const found = attribution[i]
    const result: ExtractedQuote = {
      start: quote.start,
      end: quote.end,
      text: quote.text,
      kind: quote.kind,
      utterance: quote.utterance,
      speaker: found?.speaker?.name ?? null,
      mention: found?.mention ?? null,
      cue: found?.cue ?? null,
    }
    if (found?.speaker?.kind !== undefined) result.speakerKind = found.speaker.kind
    return result
  })
}

function attributeUtterance(context: ResolutionContext, quotes: readonly QuoteToAttribute[], spans: readonly number[], done: ReadonlyArray<Attribution | null>, paragraphs: readonly ParagraphSpan[]): Attribution | null {
  const { article } = context
  const quoteToken = article.quoteToken
  for (const span of spans) {
    const clause = clauseAfter(article, quoteToken[span])
    if (clause !== null) {
      const found = fromClause(context, clause, quoteToken[span])
      if (found !== null) return found
    }
  }
  for (const finder of [clauseBefore, clauseLaterInSentence]) {
    for (const span of spans) {
      const clause = finder(article, quoteToken[span])
      if (clause !== null) {
        const found = fromClause(context, clause, quoteToken[span])
        if (found !== null) return found
      }
    }
  }
  const first = quoteToken[spans[0]]
  const last = quoteToken[spans[spans.length - 1]]
  return (
    creditLine(context, last) ??
    speakerLabel(context, first, paragraphs) ??
    colonBefore(context, first) ??
    previousQuoteSpeaker(context, quotes, spans[0], first, done) ??
    previousSentenceSubject(context, first)
  )
}

function fromClause(context: ResolutionContext, clause: Clause, at: number): Attribution | null {
  const { text, article } = context
  const tokens = article.tokens
  const speaker = resolveSpeaker(context, clause.npStart, clause.npEnd, at)
  const mention = text.slice(tokens[clause.npStart].start, tokens[clause.npEnd - 1].end)
  const cue = clause.cueEnd > clause.cueStart ? text.slice(tokens[clause.cueStart].start, tokens[clause.cueEnd - 1].end) : null
  return { speaker, mention, cue, named: !(clause.npEnd - clause.npStart === 1 && isPronoun(tokens[clause.npStart])) && speaker !== null && speaker.entity >= 0 && context.entities.runAt.slice(clause.npStart, clause.npEnd).some((run) => run >= 0 && context.entities.runs[run].entity === speaker.entity) }
}

/** "> “…”" then "> — Yury Korvalev, aide to the president": the credit line names the speaker. */
function creditLine(context: ResolutionContext, quoteToken: number): Attribution | null {
  const { tokens } = context.article
  const paragraph = tokens[quoteToken].paragraph
  if (!paragraphIsOnlyQuotes(context.article, paragraph)) return null
  const start = context.article.paragraphStart[paragraph + 1]
  const dash = tokens[start]
  if (dash === undefined || dash.paragraph !== paragraph + 1 || !/^[—–-]$/.test(dash.text)) return null
  const end = nounPhraseAfter(tokens, start + 1, tokens.length)
  if (end < 0) return null
  const speaker = resolveSpeaker(context, start + 1, end, start + 1)
  if (speaker === null) return null
  return { speaker, mention: context.text.slice(tokens[start + 1].start, tokens[end - 1].end), cue: null, named: true }
}

/** A transcript turn: "**Yury Korvalev:** … “…”" or "REINHOLT: …". */
function speakerLabel(context: ResolutionContext, quoteToken: number, paragraphs: readonly ParagraphSpan[]): Attribution | null {
  const { tokens } = context.article
  const paragraph = tokens[quoteToken].paragraph
  const paragraphText = paragraphs[paragraph].text
  const label = SPEAKER_LABEL.exec(paragraphText)
  if (label === null || label.index !== 0) return null
  const name = label[1].replace(/\s*\(.*\)\s*$/, '').trim()
  if (name.split(/\s+/).length > 6 || /^(?:q|question|a|answer)$/i.test(name)) return null
  const labelStart = paragraphs[paragraph].start + paragraphText.indexOf(label[1])
  const first = context.article.paragraphStart[paragraph]
  let t = first
  while (t < tokens.length && tokens[t].end <= labelStart) t++
  let end = t
  while (end < tokens.length && tokens[end].start < labelStart + name.length) end++
  if (end <= t) return null
  const speaker = resolveSpeaker(context, t, end, t)
  if (speaker === null) return null
  return { speaker, mention: name, cue: null, named: true }
}

/** The previous paragraph ends with a colon: "Tamashov had a warning for the port authority:". */
function colonBefore(context: ResolutionContext, quoteToken: number): Attribution | null {
  const { tokens, paragraphStart, sentenceStart } = context.article
  const paragraph = tokens[quoteToken].paragraph
  if (paragraphStart[paragraph] !== quoteToken || paragraph === 0) return null
  const colon = quoteToken - 1
  if (tokens[colon]?.text !== ':' || tokens[colon].paragraph !== paragraph - 1) return null
  const clause = clauseBefore(context.article, colon)
  if (clause !== null) return fromClause(context, clause, colon)
  const start = sentenceStart[tokens[colon].sentence]
  const end = nounPhraseAfter(tokens, start, colon)
  if (end < 0) return null
  const speaker = resolveSpeaker(context, start, end, start)
  return speaker === null ? null : { speaker, mention: context.text.slice(tokens[start].start, tokens[end - 1].end), cue: null, named: false }
}

/** A paragraph that is only a quote, after a paragraph whose quote has a speaker, continues that speaker. */
function previousQuoteSpeaker(context: ResolutionContext, quotes: readonly QuoteToAttribute[], span: number, quoteToken: number, done: ReadonlyArray<Attribution | null>): Attribution | null {
  const { tokens } = context.article
  const paragraph = tokens[quoteToken].paragraph
  if (!paragraphIsOnlyQuotes(context.article, paragraph)) return null
  for (let q = span - 1; q >= 0; q--) {
    const previousParagraph = tokens[context.article.quoteToken[q]].paragraph
    if (previousParagraph === paragraph) continue
    if (previousParagraph < paragraph - 1) return null
    const found = done[q]
    if (found?.speaker != null && quotes[q].kind !== 'title') return { ...found, mention: found.mention, named: false }
  }
  return null
}

/** "Moravec was more guarded. “…”": the subject of the sentence before, in the same paragraph. */
function previousSentenceSubject(context: ResolutionContext, quoteToken: number): Attribution | null {
  const { tokens, sentenceStart } = context.article
  const sentence = tokens[quoteToken].sentence
  if (sentence === 0 || sentenceStart[sentence] !== quoteToken) return null
  const start = sentenceStart[sentence - 1]
  if (tokens[start].paragraph !== tokens[quoteToken].paragraph || tokens[start].type !== WORD) return null
  const end = nounPhraseAfter(tokens, start, quoteToken)
  if (end < 0) return null
  const speaker = resolveSpeaker(context, start, end, start)
  if (speaker === null) return null
  return { speaker, mention: context.text.slice(tokens[start].start, tokens[end - 1].end), cue: null, named: false }
}

function paragraphIsOnlyQuotes(article: ArticleTokens, paragraph: number): boolean {
  const { tokens, paragraphStart } = article
  let sawQuote = false
  for (let t = paragraphStart[paragraph]; t < tokens.length && tokens[t].paragraph === paragraph; t++) {
    if (tokens[t].type === QUOTE) sawQuote = true
    else if (tokens[t].type !== PUNCT || !/^[.,;:!?>*_—–-]$/.test(tokens[t].text)) return false
  }
  return sawQuote
}

function isHeading(text: string, paragraphs: readonly ParagraphSpan[], paragraph: number): boolean {
  if (paragraph === 0) return true
  const span = paragraphs[paragraph]
  if (HEADING.test(span.text)) return true
  return false
}

/** The body quote that repeats a headline quote's words gives the headline quote its speaker. */
function echoedSpeaker(quotes: readonly QuoteToAttribute[], utterance: number, done: ReadonlyArray<Attribution | null>): Attribution | null {
  const words = quoteWords(quotes[utterance].text)
  if (words.length === 0) return null
  let best: Attribution | null = null
  let bestScore = 0
  for (let q = 0; q < quotes.length; q++) {
    const found = done[q]
    if (q === utterance || found?.speaker == null || !found.named) continue
    const other = quoteWords(quotes[q].text)
    const score = containsRun(other, words) ? 1 : overlap(words, other)
    if (score > bestScore && score >= 0.6) {
      best = found
      bestScore = score
    }
  }
  return best
}

function quoteWords(quote: string): string[] {
  return (quote.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? []).map((word) => normaliseWord(word))
}

function containsRun(haystack: readonly string[], needle: readonly string[]): boolean {
  outer: for (let i = 0; i + needle.length <= haystack.length; i++) {
    for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer
    return true
  }
  return false
}

function overlap(words: readonly string[], other: readonly string[]): number {
  const set = new Set(other)
  return words.filter((word) => set.has(word)).length / words.length
}
