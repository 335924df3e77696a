// Decides whether a quoted span is a full utterance (direct), a few quoted words inside the
// writer's sentence (partial), or a name, title or term nobody is quoted as saying (title).
// It reads only the span and a bounded window of its paragraph on either side.

import type { QuoteKind } from '../model'
import { isReportingVerb } from '../attribute/reporting-verbs'

const WINDOW = 80

/** Words just before a quote that introduce a name rather than speech ("an event called ‘…’"). */
const NAMING_VERBS = /(?:^|[^\p{L}])(call|calls|called|named|dubbed|titled|entitled|nicknamed|codenamed|code-named|known(?:\s+[\p{L}-]+){0,4}\s+as|(?:simply|widely|popularly|locally|officially|internally)\s+as|billed as|styled|badged as|marketed as|branded|branded as|labelled|labeled|labelled as|labeled as|reading|read|christened|renamed)\s*$/iu
const SO_CALLED = /(?:^|[^\p{L}])(so-called|so called|self-styled|self-proclaimed|the word|the words|the term|the phrase|the slogan|the motto|the hashtag|the headline|the banner|the caption|the title|the name|the label|the nickname|the moniker|the acronym|the codename|hashtag)\s*$/iu
/** Nouns that a title or name follows ("the report ‘Safe Harbours’", "the film ‘Night Shift’"). */
const WORK_NOUNS = /(?:^|[^\p{L}])(?:book|film|movie|song|album|play|report|documentary|programme|program|show|series|podcast|exhibition|festival|event|conference|summit|campaign|operation|initiative|project|scheme|plan|policy|bill|act|law|motion|petition|slogan|motto|hashtag|banner|sign|placard|poster|headline|column|essay|article|paper|study|memo|letter|manifesto|newsletter|game|app|brand|label|product|drug|vaccine|ship|vessel|study|site|website|portal|hotline|helpline|tool|platform|database|dossier|review|boat|group|movement|network|coalition|party|alliance|magazine|newspaper|blog|website|channel|video|novel|poem|opera|musical|ballet|painting|sculpture|installation|exercise|manoeuvre|maneuver|tour)\s*,?\s*$/iu
const PRONOUN_BEFORE = /(?:^|[^\p{L}])(?:he|she|they|we|i|you|it|who|which|what)\s+\S*\s*$/iu
const NOT_ATTRIBUTION_START = new Set(['was', 'is', 'were', 'are', 'has', 'had', 'have', 'will', 'would', 'could', 'should', 'can', 'may', 'might', 'and', 'or', 'but', 'to', 'for', 'of', 'in', 'on', 'that', 'which', 'as', 'be', 'been', 'being'])
const SMALL_WORDS = new Set(['a', 'an', 'the', 'of', 'and', 'or', 'for', 'to', 'in', 'on', 'at', 'by', 'with', 'from', 'de', 'la', 'le', 'von', 'van', 'is', 'are', 'not', 'no', 'nor', 'but', 'as', 'vs', 'v'])

export interface KindContext {
  /** The quoted words. */
  quote: string
  /** Up to WINDOW characters of the paragraph before the opening mark (from the paragraph's first word). */
  before: string
  /** Up to WINDOW characters of the paragraph after the closing mark ("" when the quote ends the paragraph). */
  after: string
  /** True when the span is one of several spans of one utterance. */
  multiSpan: boolean
}

export const KIND_WINDOW = WINDOW

export function classifyQuoteKind(context: KindContext): QuoteKind {
  const { quote, multiSpan } = context
  const before = context.before.replace(/\s+$/, '')
  const after = context.after
  if (multiSpan) return 'direct'

  const words = quote.match(/[\p{L}\p{N}][\p{L}\p{N}'’\-]*/gu) ?? []
  const first = firstLetter(quote)
  const startsUpper = first !== '' && first === first.toUpperCase() && first !== first.toLowerCase()
  const sentenceLike = /[.!?…]["'”’»]?$/.test(quote) || /[.!?]\s+\p{Lu}/u.test(quote)
  const endsWithComma = /[,;:—–-]$/.test(quote)
  const followedByAttribution = attributionFollows(after)

  if (words.length <= 10 && !followedByAttribution) {
    const titleCase = isTitleCase(words)
    if (SO_CALLED.test(before)) return 'title'
    if (NAMING_VERBS.test(before)) {
      // A name after "called", "known as", "branded": capitalised like a name, or with no speaker
      // before the verb ("what he called ‘a disgrace’" is a speaker's words).
      if (titleCase) return 'title'
      if (startsUpper && !endsWithComma && !PRONOUN_BEFORE.test(before)) return 'title'
    }
    if (titleCase && !/[;:!?]$/.test(quote) && !introducesSpeech(before)) {
      if (WORK_NOUNS.test(before) || /[\p{L}\p{N},(]$/u.test(before)) return 'title'
    }
    if (startsUpper && words.length <= 6 && WORK_NOUNS.test(before) && !sentenceLike) return 'title'
  }

  // Quoted words the writer's sentence runs on from: “Someone will have to answer” for the delay.
  const runsOn = /^\s+\p{Ll}/u.test(after) && !followedByAttribution && !/[.,!?;:—–…-]$/.test(quote)
  if (runsOn && words.length <= 12) return 'partial'

  if (before === '' || /[:]$/.test(before)) return 'direct'
  if (/[—–-]$/.test(before) || /[,;]$/.test(before)) {
    if (startsUpper || followedByAttribution) return 'direct'
    return 'partial'
  }
  if (introducesSpeech(before)) {
    if (startsUpper && (sentenceLike || words.length >= 3 || followedByAttribution)) return 'direct'
    return 'partial'
  }
  if (/[\p{L}\p{N}]$/u.test(before)) {
    if (startsUpper && sentenceLike && words.length >= 6) return 'direct'
    return 'partial'
  }
  if (/[.!?]["'”’»)]*$/.test(before)) return startsUpper || followedByAttribution ? 'direct' : 'partial'
  return startsUpper ? 'direct' : 'partial'
}

function firstLetter(quote: string): string {
  const match = /[\p{L}\p{N}]/u.exec(quote)
  return match === null ? '' : match[0]
}

/** A name or title: every word capitalised except small function words, at least one big word. */
function isTitleCase(words: readonly string[]): boolean {
  if (words.length === 0) return false
  let capitalised = 0
  for (let i = 0; i < words.length; i++) {
    const word = words[i]
    const initial = word[0]
    const upper = initial !== initial.toLowerCase() || /\d/.test(initial)
    if (upper) {
      capitalised++
      continue
    }
    if ((i > 0 || words.length > 1) && SMALL_WORDS.has(word.toLowerCase())) continue
    return false
  }
  if (words.length === 1) return words[0].length > 1
  return capitalised >= 1
}

/** The text before the quote ends with a speech verb (optionally its object): "said", "told the BBC". */
function introducesSpeech(before: string): boolean {
  const tail = before.match(/([\p{L}'’-]+)(?:\s+[\p{L}'’-]+){0,3}\s*,?$/u)
  if (tail === null) return false
  const lastWords = tail[0].replace(/,$/, '').trim().split(/\s+/)
  const verbAt = lastWords.findIndex((word) => isReportingVerb(word))
  if (verbAt < 0) return false
  // "said" or "said that" right before, or "told reporters", "told the BBC": a verb then its object.
  const rest = lastWords.slice(verbAt + 1)
  if (rest.length === 0) return true
  if (rest.length === 1 && /^(?:that|simply|only|just|bluntly|flatly|again|later|then|repeatedly|tersely)$/i.test(rest[0])) return true
  const lowerVerb = lastWords[verbAt].toLowerCase()
  if (/^(?:told|tells|tell|telling|asked|asks|ask|warned|warns|assured|urged|informed|reminded)$/.test(lowerVerb)) return /^[\p{Lu}]|^(?:reporters|journalists|the|a|an|his|her|their|its|parliament|lawmakers|residents|workers|members|supporters|staff|listeners|viewers|delegates|me|us|him|them)$/u.test(rest[0])
  if (/^(?:in|on|at|via|during)$/i.test(rest[0])) return true
  return false
}

/** The text after the quote starts with an attribution: ", he said", "said Smith", "— the minister". */
function attributionFollows(after: string): boolean {
  const match = /^\s*[,—–-]?\s*((?:[\p{L}\p{N}'’.-]+\s+){0,6}?[\p{L}'’.-]+)\s*(?:[,.;:!?(]|$)/u.exec(after)
  if (match === null) return false
  if (!/^\s*[,—–-]/.test(after) && !/^\s+\p{Ll}/u.test(after)) return false
  const words = match[1].split(/\s+/)
  // “…” was mentioned / “…” is the key: the quote is the subject of the writer's own sentence.
  if (NOT_ATTRIBUTION_START.has(words[0].toLowerCase())) return false
  return words.some((word) => isReportingVerb(word) || /^according$/i.test(word))
}
