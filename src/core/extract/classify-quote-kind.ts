// Decides whether a quoted span is a full utterance (direct), a few quoted words inside the
// writer's sentence (partial), or a name, title or term nobody is quoted as saying (title).
// It reads only the span and a bounded window of its paragraph on either side.

import type { QuoteKind } from '../model'
import { isReportingVerb } from '../attribute/reporting-verbs'
import { isSpaceChar } from '../text/characters'

const WINDOW = 80

/** A word just before a quote that introduces a name rather than speech ("an event called ‘…’"). */
const NAMING_WORDS = new Set([
  'call', 'calls', 'called', 'named', 'dubbed', 'titled', 'entitled', 'nicknamed', 'codenamed', 'code-named',
  'styled', 'branded', 'labelled', 'labeled', 'reading', 'read', 'christened', 'renamed',
])
/** Words before "as" that make it introduce a name: "known (in the town) as", "billed as". */
const BEFORE_NAMING_AS = new Set(['simply', 'widely', 'popularly', 'locally', 'officially', 'internally', 'billed', 'badged', 'marketed', 'branded', 'labelled', 'labeled'])
/** "the slogan ‘…’", "the term ‘…’": marks around words nobody is quoted as saying. */
const TERM_NOUNS = new Set(['word', 'words', 'term', 'phrase', 'slogan', 'motto', 'hashtag', 'headline', 'banner', 'caption', 'title', 'name', 'label', 'nickname', 'moniker', 'acronym', 'codename'])
const SO_CALLED = new Set(['so-called', 'self-styled', 'self-proclaimed', 'hashtag'])
/** Nouns that a title or name follows ("the report ‘Safe Harbours’", "the film ‘Night Shift’"). */
const WORK_NOUNS = new Set([
  'book', 'film', 'movie', 'song', 'album', 'play', 'report', 'documentary', 'programme', 'program', 'show',
  'series', 'podcast', 'exhibition', 'festival', 'event', 'conference', 'summit', 'campaign', 'operation',
  'initiative', 'project', 'scheme', 'plan', 'policy', 'bill', 'act', 'law', 'motion', 'petition', 'slogan',
  'motto', 'hashtag', 'banner', 'sign', 'placard', 'poster', 'headline', 'column', 'essay', 'article', 'paper',
  'study', 'memo', 'letter', 'manifesto', 'newsletter', 'game', 'app', 'brand', 'label', 'product', 'drug',
  'vaccine', 'ship', 'vessel', 'site', 'website', 'portal', 'hotline', 'helpline', 'tool', 'platform',
  'database', 'dossier', 'review', 'boat', 'group', 'movement', 'network', 'coalition', 'party', 'alliance',
  'magazine', 'newspaper', 'blog', 'channel', 'video', 'novel', 'poem', 'opera', 'musical', 'ballet',
  'painting', 'sculpture', 'installation', 'exercise', 'manoeuvre', 'maneuver', 'tour',
])
/** A word after these is a noun: "a report", "the call", "his claim". */
const NOUN_MARKERS = new Set(['a', 'an', 'the', 'his', 'her', 'its', 'their', 'our', 'this', 'that', 'whose', 'my', 'your'])
const PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i', 'you', 'it', 'who', 'which', 'what'])
const SPEECH_ADVERBS = new Set(['that', 'simply', 'only', 'just', 'bluntly', 'flatly', 'again', 'later', 'then', 'repeatedly', 'tersely'])
const TELL_VERBS = new Set(['told', 'tells', 'tell', 'telling', 'asked', 'asks', 'ask', 'warned', 'warns', 'assured', 'urged', 'informed', 'reminded'])
const LISTENERS = new Set(['reporters', 'journalists', 'the', 'a', 'an', 'his', 'her', 'their', 'its', 'parliament', 'lawmakers', 'residents', 'workers', 'members', 'supporters', 'staff', 'listeners', 'viewers', 'delegates', 'me', 'us', 'him', 'them'])
const MAX_TAIL_WORDS = 7

/** The end of the text before a quote: its last words (lower case, in order) and last character. */
interface Tail {
  /** Last words of the clause before the quote, lower case, oldest first. */
  words: string[]
  /** Whether the first of those (in reading order, the last word) kept its capital: for "Minister Says". */
  lastCapitalised: boolean
  /** The last non-space character before the quote, "" at the start of a paragraph. */
  last: string
  /** A comma sits between the last word and the quote. */
  comma: boolean
}

function isWordChar(code: number): boolean {
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 39 || code === 45
  return code === 0x2019 || /[\p{L}\p{N}\p{M}]/u.test(String.fromCharCode(code))
}

/** Reads the last words before the quote by scanning back from its end: constant work per quote. */
function tailOf(before: string): Tail {
  let i = before.length - 1
  while (i >= 0 && isSpaceChar(before[i])) i--
  const last = i >= 0 ? before[i] : ''
  const comma = last === ','
  if (comma) {
    i--
    while (i >= 0 && isSpaceChar(before[i])) i--
  }
  const words: string[] = []
  let lastCapitalised = false
  while (i >= 0 && words.length < MAX_TAIL_WORDS) {
    const end = i + 1
    while (i >= 0 && isWordChar(before.charCodeAt(i))) i--
    if (end === i + 1) break
    const word = before.slice(i + 1, end)
    if (words.length === 0) lastCapitalised = word[0] !== word[0].toLowerCase()
    words.unshift(word.toLowerCase().replace(/’/g, "'"))
    if (i >= 0 && !isSpaceChar(before[i])) break
    while (i >= 0 && isSpaceChar(before[i])) i--
  }
  return { words, lastCapitalised, last, comma }
}

function lastWord(tail: Tail, back = 0): string {
  return tail.words[tail.words.length - 1 - back] ?? ''
}

function isSoCalled(tail: Tail): boolean {
  if (tail.comma) return false
  const word = lastWord(tail)
  return SO_CALLED.has(word) || (word === 'called' && lastWord(tail, 1) === 'so') || (TERM_NOUNS.has(word) && lastWord(tail, 1) === 'the')
}

function isNaming(tail: Tail): boolean {
  if (tail.comma || tail.words.length === 0) return false
  const word = lastWord(tail)
  if (NAMING_WORDS.has(word)) return true
  if (word !== 'as') return false
  if (BEFORE_NAMING_AS.has(lastWord(tail, 1))) return true
  for (let back = 1; back <= 5; back++) if (lastWord(tail, back) === 'known') return true
  return false
}

function followsWorkNoun(tail: Tail): boolean {
  return WORK_NOUNS.has(lastWord(tail))
}

function pronounBefore(tail: Tail): boolean {
  return PRONOUNS.has(lastWord(tail, 1))
}

const NOT_ATTRIBUTION_START = new Set(['was', 'is', 'were', 'are', 'has', 'had', 'have', 'will', 'would', 'could', 'should', 'can', 'may', 'might', 'and', 'or', 'but', 'to', 'for', 'of', 'in', 'on', 'that', 'which', 'as', 'be', 'been', 'being', 'about', 'against', 'with', 'over', 'from'])
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
  const after = context.after
  if (multiSpan) return 'direct'
  const tail = tailOf(context.before)
  const last = tail.last

  const words = quote.match(/[\p{L}\p{N}][\p{L}\p{N}'’\-]*/gu) ?? []
  const first = firstLetter(quote)
  const startsUpper = first !== '' && first === first.toUpperCase() && first !== first.toLowerCase()
  const sentenceLike = /[.!?…]["'”’»]?$/.test(quote) || /[.!?]\s+\p{Lu}/u.test(quote)
  const endsWithComma = /[,;:—–-]$/.test(quote)
  const followedByAttribution = attributionFollows(after)

  if (words.length <= 10 && !followedByAttribution) {
    const titleCase = isTitleCase(words)
    if (isSoCalled(tail)) return 'title'
    if (isNaming(tail)) {
      // A name after "called", "known as", "branded": capitalised like a name, or with no speaker
      // before the verb ("what he called ‘a disgrace’" is a speaker's words).
      if (titleCase) return 'title'
      if (startsUpper && !endsWithComma && !pronounBefore(tail)) return 'title'
    }
    if (titleCase && !/[;:!?]$/.test(quote) && !introducesSpeech(tail)) {
      if (followsWorkNoun(tail) || last === ',' || last === '(' || (last !== '' && isWordChar(last.charCodeAt(0)))) return 'title'
    }
    if (startsUpper && words.length <= 6 && followsWorkNoun(tail) && !sentenceLike) return 'title'
  }

  // Quoted words the writer's sentence runs on from: “Someone will have to answer” for the delay.
  const runsOn = /^\s+\p{Ll}/u.test(after) && !followedByAttribution && !/[.,!?;:—–…-]$/.test(quote)
  if (runsOn && words.length <= 12) return 'partial'

  if (last === '' || last === ':') return 'direct'
  if (last === '—' || last === '–' || last === '-' || last === ';' || (last === ',' && !introducesSpeech(tail))) {
    if (startsUpper || followedByAttribution) return 'direct'
    return 'partial'
  }
  if (introducesSpeech(tail)) {
    if (startsUpper && (sentenceLike || words.length >= 3 || followedByAttribution)) return 'direct'
    return 'partial'
  }
  if (isWordChar(last.charCodeAt(0)) && last !== "'" && last !== '-') {
    if (startsUpper && sentenceLike && words.length >= 6) return 'direct'
    return 'partial'
  }
  if (/[.!?"'”’»)]/.test(last)) return startsUpper || followedByAttribution ? 'direct' : 'partial'
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
function introducesSpeech(tail: Tail): boolean {
  const lastWords = tail.words.slice(-4)
  const verbAt = lastWords.findIndex((word, i) => isReportingVerb(word) && !NOUN_MARKERS.has(lastWords[i - 1] ?? '') && !/^\d/.test(lastWords[i - 1] ?? ''))
  if (verbAt < 0) return false
  // "said" or "said that" right before, or "told reporters", "told the BBC": a verb then its object.
  const rest = lastWords.slice(verbAt + 1)
  if (rest.length === 0) return true
  if (rest.length === 1 && SPEECH_ADVERBS.has(rest[0])) return true
  if (TELL_VERBS.has(lastWords[verbAt])) return LISTENERS.has(rest[0]) || (rest.length === 1 && tail.lastCapitalised)
  return rest[0] === 'in' || rest[0] === 'on' || rest[0] === 'at' || rest[0] === 'via' || rest[0] === 'during'
}

/** The text after the quote starts with an attribution: ", he said", "said Smith", "— the minister". */
function attributionFollows(after: string): boolean {
  const match = /^\s*[,—–-]?\s*((?:[\p{L}\p{N}'’.-]+\s+){0,6}?[\p{L}'’.-]+)\s*(?:[,.;:!?(]|$)/u.exec(after)
  if (match === null) return false
  if (!/^\s*[,—–-]/.test(after) && !/^\s+\p{Ll}/u.test(after)) return false
  const words = match[1].split(/\s+/)
  // “…” was mentioned / “…” is the key: the quote is the subject of the writer's own sentence.
  if (NOT_ATTRIBUTION_START.has(words[0].toLowerCase())) return false
  // “…”, warned of the flaws: a verb with its own complement, not "said the minister".
  if (isReportingVerb(words[0]) && NOT_ATTRIBUTION_START.has(words[1]?.toLowerCase() ?? '')) return false
  return words.some((word) => isReportingVerb(word) || /^according$/i.test(word))
}
