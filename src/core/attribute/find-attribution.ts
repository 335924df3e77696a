// Finds the attribution clause of a quotation in the writer's words around it: the words naming
// the speaker (a noun phrase, as a token range) and the reporting cue.
//   after the quote:  “…,” said X  /  “…,” X said  /  “…,” X, the foo, told reporters  /  “…,” according to X
//   before the quote: X said: “…”  /  X described it as “…”  /  According to X, the … “…”  /  X: ‘…’

import { PUNCT, QUOTE, WORD, type ArticleToken, type ArticleTokens } from './article-tokens'
import { DOCUMENT_NOUNS, ORGANISATION_NOUNS, PERSON_ROLE_NOUNS, SPEAKER_PRONOUNS } from './name-lexicon'
import { isReportingVerb, PHRASAL_REPORTING_VERBS, reportingVerbBase } from './reporting-verbs'

export interface Clause {
  /**
   * Token ranges that may name the speaker, best first: usually one; for a subject followed by
   * appositions ("Daniela Mirko, 31, from Ostvik, whose son …, said") the leftmost comes first.
   */
  nounPhrases: Array<{ start: number; end: number }>
  /** Token range of the cue ("said", "told reporters", "according to"). */
  cueStart: number
  cueEnd: number
}

/** Words between a subject and its verb that do not change who speaks: "has also", "later", "repeatedly". */
const AUXILIARIES = new Set([
  'has', 'had', 'have', 'was', 'is', 'were', 'are', 'will', 'would', 'also', 'later', 'then', 'again', 'once',
  'already', 'earlier', 'previously', 'separately', 'further', 'still', 'even', 'just', 'only', 'never',
  'now', 'first', 'often', 'since', 'too', 'nonetheless', 'however', 'herself', 'himself', 'themselves',
  'itself', 'had', 'did', 'does', 'do', 'may', 'might', 'could', 'should', 'can', 'not', 'always',
  'subsequently', 'initially', 'finally', 'recently', 'reportedly', 'yesterday', 'today', 'tonight',
])
const NP_STOP = new Set([
  'of', 'in', 'on', 'at', 'to', 'for', 'with', 'from', 'by', 'and', 'or', 'but', 'as', 'into', 'about',
  'after', 'before', 'over', 'under', 'during', 'than', 'that', 'which', 'who', 'whom', 'whose', 'when',
  'where', 'while', 'because', 'if', 'so', 'not', 'no', 'is', 'was', 'were', 'are', 'be', 'been', 'has',
  'had', 'have', 'will', 'would', 'could', 'should', 'can', 'may', 'might', 'must', 'it', 'this', 'these',
  'those', 'there', 'here', 'what', 'how', 'why', 'very', 'more', 'most', 'also', 'then', 'though',
  'although', 'since', 'until', 'through', 'against', 'between', 'among', 'without', 'within', 'via',
  'per', 'like', 'unlike', 'despite', 'outside', 'inside', 'near', 'up', 'down', 'out', 'off',
])
const DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'one', 'another', 'some', 'two', 'three', 'several', 'many', 'other'])
// Objects of "told" that are listeners, kept in the cue: "told reporters", "told the BBC".
const LISTENER_WORDS = new Set(['reporters', 'journalists', 'the', 'a', 'an', 'parliament', 'lawmakers', 'residents', 'members', 'supporters', 'staff', 'delegates', 'me', 'us', 'him', 'her', 'them', 'radio', 'television', 'listeners', 'viewers', 'crowd', 'crowds', 'press', 'news', 'conference', 'briefing', 'interview', 'meeting', 'rally', 'audience', 'committee', 'inquiry', 'hearing', 'court', 'council', 'reuters'])
/** Verbs whose subject may follow them ("said Heller"); others take an object there ("accused Tessan"). */
const INVERTING_VERBS = new Set([
  'say', 'add', 'ask', 'warn', 'write', 'note', 'explain', 'insist', 'continue', 'reply', 'respond', 'retort',
  'conclude', 'recall', 'admit', 'argue', 'complain', 'concede', 'declare', 'quip', 'joke', 'observe', 'comment',
  'remark', 'counter', 'suggest', 'muse', 'recount', 'confirm', 'acknowledge', 'predict', 'agree', 'claim', 'cry',
  'exclaim', 'shout', 'whisper', 'sum', 'reflect', 'wonder', 'lament', 'sigh', 'scoff', 'boast', 'assert',
  'stress', 'emphasise', 'emphasize', 'reiterate', 'repeat', 'state', 'announce', 'go', 'point', 'chime', 'confide',
])
const TIME_WORDS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'week', 'month', 'year', 'night', 'morning', 'evening', 'afternoon', 'weekend'])
const TELL_VERBS = new Set(['told', 'tells', 'tell', 'telling', 'informed', 'assured', 'reassured', 'warned', 'urged', 'reminded', 'asked'])
const MAX_NP = 7
/** How far before a quote its introducing clause may start, in tokens. */
const MAX_CLAUSE_TOKENS = 60
const MAX_APPOSITIVE = 22

export function isPronoun(token: ArticleToken | undefined): boolean {
  return token !== undefined && token.type === WORD && (SPEAKER_PRONOUNS.has(token.lower) || token.lower === 'i' || token.lower === 'we')
}

function stripPossessive(word: string): string {
  return word.replace(/'s$|'$/, '')
}

function isNounPhraseWord(token: ArticleToken): boolean {
  if (token.type !== WORD) return false
  if (token.capitalised) return !isReportingVerb(token.lower)
  const word = stripPossessive(token.lower)
  return PERSON_ROLE_NOUNS.has(word) || ORGANISATION_NOUNS.has(word) || DOCUMENT_NOUNS.has(word) || /-year-old$/.test(word) || token.lower.endsWith("'s") || token.lower.endsWith("s'")
}

function isModifier(token: ArticleToken): boolean {
  return token.type === WORD && !token.capitalised && !NP_STOP.has(token.lower) && !AUXILIARIES.has(token.lower) && !isReportingVerb(token.lower) && !/ly$/.test(token.lower) && !DETERMINERS.has(token.lower) && !isPronoun(token)
}

/** The start of the noun phrase that ends just before `end`, or -1. */
export function nounPhraseBefore(tokens: readonly ArticleToken[], end: number, floor: number): number {
  const last = tokens[end - 1]
  if (end - 1 < floor || last === undefined) return -1
  if (isPronoun(last)) return end - 1
  let start = end
  let hasHead = false
  for (let i = end - 1; i >= floor && end - i <= MAX_NP + 4; i--) {
    const token = tokens[i]
    if (token.type === PUNCT && /^['’]$/.test(token.text) && tokens[i - 1]?.end === token.start && hasHead) {
      start = i
      continue
    }
    if (token.type !== WORD) break
    if (DETERMINERS.has(token.lower)) {
      if (hasHead) start = i
      const before = tokens[i - 1]
      if (hasHead && before !== undefined && (before.lower === 'of' || before.lower === 'for' || before.lower === 'at') && i - 2 >= floor && isNounPhraseWord(tokens[i - 2])) continue
      break
    }
    // "Dr Ruth Calloway of the Calderran Paediatric Society": a name or role before "of" heads the phrase.
    if (hasHead && (token.lower === 'of' || token.lower === 'for' || token.lower === 'at') && tokens[i - 1] !== undefined && isNounPhraseWord(tokens[i - 1]) && end - i < MAX_NP + 4) {
      start = i
      continue
    }
    if (NP_STOP.has(token.lower) || isPronoun(token)) break
    if (isNounPhraseWord(token) || (hasHead && isModifier(token))) {
      hasHead = true
      start = i
      continue
    }
    break
  }
  return hasHead ? start : -1
}

/** The end (exclusive) of the noun phrase that starts at `start`, or -1. */
export function nounPhraseAfter(tokens: readonly ArticleToken[], start: number, limit: number): number {
  const first = tokens[start]
  if (first === undefined || start >= limit || first.type !== WORD) return -1
  if (isPronoun(first)) return start + 1
  let i = start
  if (DETERMINERS.has(first.lower)) i++
  let end = -1
  while (i < limit && i - start < MAX_NP) {
    const token = tokens[i]
    if (token.type === PUNCT && /^['’]$/.test(token.text) && tokens[i - 1]?.end === token.start) {
      i++
      continue
    }
    if (token.type !== WORD || NP_STOP.has(token.lower) || isPronoun(token)) break
    if (isReportingVerb(token.lower) && !token.capitalised) break
    if (isNounPhraseWord(token)) {
      i++
      end = i
      continue
    }
    // A modifier counts only if a head follows: "former crane driver", "Kaldavia’s labour minister".
    const ahead = [tokens[i + 1], tokens[i + 2]]
    if (isModifier(token) && i + 1 < limit && ahead.some((next) => next !== undefined && isNounPhraseWord(next))) {
      i++
      continue
    }
    break
  }
  if (end < 0) return -1
  // "a spokesman for the Kremlin", "an economist at the institute": keep the organisation.
  const next = tokens[end]
  if (next !== undefined && (next.lower === 'for' || next.lower === 'of' || next.lower === 'at') && !tokens[end - 1].capitalised) {
    const orgEnd = nounPhraseAfter(tokens, end + 1, limit)
    if (orgEnd > 0 && tokens.slice(end + 1, orgEnd).some((token) => token.capitalised)) return orgEnd
  }
  return end
}

function skipBackOverAuxiliaries(tokens: readonly ArticleToken[], i: number, floor: number): number {
  for (;;) {
    while (i >= floor && tokens[i].type === WORD && (AUXILIARIES.has(tokens[i].lower) || (!tokens[i].capitalised && /ly$/.test(tokens[i].lower) && tokens[i].lower.length > 4))) i--
    // "Joe Biden on Tuesday said", "the minister last week said".
    if (i >= floor && TIME_WORDS.has(tokens[i].lower)) {
      i--
      if (i >= floor && (tokens[i].lower === 'on' || tokens[i].lower === 'last' || tokens[i].lower === 'this' || tokens[i].lower === 'early' || tokens[i].lower === 'late')) i--
      continue
    }
    return i
  }
}

function skipAuxiliaries(tokens: readonly ArticleToken[], i: number, limit: number): number {
  while (i < limit && tokens[i].type === WORD && (AUXILIARIES.has(tokens[i].lower) || (!tokens[i].capitalised && /ly$/.test(tokens[i].lower) && tokens[i].lower.length > 4))) i++
  return i
}

const APPOSITION_CHAIN = 4
const RELATIVE_PRONOUNS = new Set(['who', 'which', 'whose', 'whom', 'where', 'when', 'that'])

/**
 * The subject of the verb at `verb`, skipping "has also", appositions and relative clauses:
 * "Daniela Mirko, 31, from Ostvik, whose son …, said" gives each noun phrase before a comma of
 * the chain, leftmost first; "Stellan, who warned …," gives Stellan.
 */
function subjectsOf(tokens: readonly ArticleToken[], verb: number, floor: number): Array<{ start: number; end: number }> {
  let i = skipBackOverAuxiliaries(tokens, verb - 1, floor)
  if (i < floor) return []
  if (tokens[i].type === WORD && (tokens[i].lower === 'who' || tokens[i].lower === 'which') && tokens[i - 1]?.text === ',') i -= 2
  if (i < floor) return []
  if (tokens[i].text !== ',') {
    const start = nounPhraseBefore(tokens, i + 1, floor)
    return start < 0 ? [] : [{ start, end: i + 1 }]
  }
  // Comma-separated segments before the verb, right to left; each may end in a noun phrase.
  const segments: Array<{ from: number; phrase: { start: number; end: number } | null }> = []
  let comma = i
  for (let link = 0; link < APPOSITION_CHAIN; link++) {
    let j = comma - 1
    while (j >= floor && comma - j <= MAX_APPOSITIVE && tokens[j].text !== ',' && tokens[j].type !== QUOTE) j--
    const atStart = j < floor || tokens[j].text !== ','
    const from = atStart ? Math.max(floor, j + 1) : j + 1
    const start = nounPhraseBefore(tokens, comma, from)
    segments.unshift({ from, phrase: start >= 0 ? { start, end: comma } : null })
    if (atStart) break
    comma = j
  }
  // Noun phrases inside a relative clause (", which represents dockers at Brennhaven,") are not subjects.
  const relative = segments.findIndex((segment) => RELATIVE_PRONOUNS.has(tokens[segment.from]?.lower ?? ''))
  const kept = relative < 0 ? segments : segments.slice(0, relative)
  return kept.flatMap((segment) => (segment.phrase === null ? [] : [segment.phrase]))
}

/** How far the reporting verb at `verb` extends: "told reporters", "pointed out", "said in a statement". */
function cueEnd(tokens: readonly ArticleToken[], verb: number, limit: number): number {
  const token = tokens[verb]
  const phrases = PHRASAL_REPORTING_VERBS.get(token.lower)
  if (phrases !== undefined) {
    for (const phrase of phrases) {
      const words = phrase.split(' ')
      if (words.every((word, k) => tokens[verb + k]?.lower === word)) return verb + words.length
    }
  }
  if (TELL_VERBS.has(token.lower)) {
    let end = verb + 1
    while (end < limit && end - verb <= 3 && tokens[end].type === WORD && !TIME_WORDS.has(tokens[end].lower) && (LISTENER_WORDS.has(tokens[end].lower) || tokens[end].capitalised)) end++
    return end
  }
  if (tokens[verb + 1]?.lower === 'in' && tokens[verb + 2]?.lower === 'a' && tokens[verb + 3]?.lower === 'statement') return verb + 4
  return verb + 1
}

/** A reporting verb; capitalised only as the first word of a sentence ("Asked about it, …"), not in a name ("Washington Post"). */
function isVerbAt(tokens: readonly ArticleToken[], i: number): boolean {
  const token = tokens[i]
  if (token === undefined || token.type !== WORD || !isReportingVerb(token.lower)) return false
  return !token.capitalised || i === 0 || tokens[i - 1].sentence !== token.sentence
}

/** The clause right after a quotation: “…,” he said / said X / X, the foo, said / according to X. */
export function clauseAfter(article: ArticleTokens, quoteToken: number): Clause | null {
  const { tokens } = article
  const paragraph = tokens[quoteToken].paragraph
  const sentence = tokens[quoteToken].sentence
  let limit = quoteToken + 1
  while (limit < tokens.length && tokens[limit].paragraph === paragraph && tokens[limit].type !== QUOTE && (tokens[limit].sentence === sentence || limit === quoteToken + 1) && limit - quoteToken < 40) limit++
  let i = quoteToken + 1
  let skipped = 0
  while (i < limit && tokens[i].type === PUNCT && /^[,—–\-:]$/.test(tokens[i].text) && skipped < 2) {
    i++
    skipped++
  }
  if (i >= limit) return null
  // A full stop after the quote ends its sentence: the next words are a new sentence.
  if (tokens[i].type === PUNCT) return null
  // So does one inside it, unless the attribution runs on in lower case (“… win.” he said).
  if (skipped === 0 && tokens[quoteToken].type === QUOTE && /\.[\s"'“”‘’«»‹›„]*$/.test(tokens[quoteToken].text) && tokens[i].capitalised && !isPronoun(tokens[i])) return null
  if (tokens[i].lower === 'according' && tokens[i + 1]?.lower === 'to') {
    const end = nounPhraseAfter(tokens, i + 2, limit)
    return end > 0 ? { nounPhrases: [{ start: i + 2, end }], cueStart: i, cueEnd: i + 2 } : null
  }
  const verbFirst = skipAuxiliaries(tokens, i, limit)
  if (verbFirst < limit && isVerbAt(tokens, verbFirst)) {
    // “…,” said Kremlin aide Yuri Ushakov.
    const end = nounPhraseAfter(tokens, verbFirst + 1, limit)
    if (end > 0) return { nounPhrases: [{ start: verbFirst + 1, end }], cueStart: verbFirst, cueEnd: verbFirst + 1 }
    return null
  }
  const npEnd = nounPhraseAfter(tokens, i, limit)
  if (npEnd < 0) return null
  let k = npEnd
  if (tokens[k]?.text === ',') {
    let j = k + 1
    while (j < limit && j - k <= MAX_APPOSITIVE && tokens[j].text !== ',') j++
    if (j < limit && tokens[j].text === ',') k = j + 1
  }
  k = skipAuxiliaries(tokens, k, limit)
  if (k < limit && isVerbAt(tokens, k)) return { nounPhrases: [{ start: i, end: npEnd }], cueStart: k, cueEnd: cueEnd(tokens, k, limit) }
  return null
}

/** The clause before a quotation in its sentence: X said: “…” / X described it as “…” / according to X, “…”. */
export function clauseBefore(article: ArticleTokens, quoteToken: number): Clause | null {
  const { tokens, sentenceStart } = article
  const floor = Math.max(sentenceStart[tokens[quoteToken].sentence], quoteToken - MAX_CLAUSE_TOKENS)
  for (let v = quoteToken - 1; v >= floor; v--) {
    const token = tokens[v]
    if (token.type !== WORD) continue
    if (token.lower === 'according' && tokens[v + 1]?.lower === 'to') {
      const end = nounPhraseAfter(tokens, v + 2, quoteToken)
      if (end > 0) return { nounPhrases: [{ start: v + 2, end }], cueStart: v, cueEnd: v + 2 }
      continue
    }
    // "in his words", "in the words of the mayor".
    if (token.lower === 'words' && tokens[v - 1]?.type === WORD && tokens[v - 2]?.lower === 'in') {
      const owner = tokens[v - 1].lower
      if (owner === 'his' || owner === 'her' || owner === 'their') return { nounPhrases: [{ start: v - 1, end: v }], cueStart: v - 2, cueEnd: v + 1 }
      if (owner === 'the' && tokens[v + 1]?.lower === 'of') {
        const end = nounPhraseAfter(tokens, v + 2, quoteToken)
        if (end > 0) return { nounPhrases: [{ start: v + 2, end }], cueStart: v - 2, cueEnd: v + 2 }
      }
    }
    if (!isVerbAt(tokens, v)) continue
    const subjects = subjectsOf(tokens, v, floor)
    if (subjects.length > 0) return { nounPhrases: subjects, cueStart: v, cueEnd: cueEnd(tokens, v, quoteToken) }
    if (INVERTING_VERBS.has(reportingVerbBase(token.lower) ?? '')) {
      // Inverted: "said Heller: “…”", "warns the economist Lena Ostrowa of the institute".
      const end = nounPhraseAfter(tokens, v + 1, quoteToken)
      const next = tokens[end]
      if (end > 0 && (end === quoteToken || next === undefined || next.type === PUNCT || /^(?:of|from|at|in|on|for|to|with)$/.test(next.lower))) return { nounPhrases: [{ start: v + 1, end }], cueStart: v, cueEnd: v + 1 }
    }
  }
  // A headline or a speaker label: "Trump: ‘We will win’".
  if (tokens[quoteToken - 1]?.text === ':') {
    const start = nounPhraseBefore(tokens, quoteToken - 1, floor)
    if (start >= 0 && start === firstWordOf(tokens, floor, quoteToken - 1)) return { nounPhrases: [{ start, end: quoteToken - 1 }], cueStart: quoteToken - 1, cueEnd: quoteToken - 1 }
  }
  return null
}

/** A clause later in the same sentence, after other words: “useful” and “frank”, Smith said. */
export function clauseLaterInSentence(article: ArticleTokens, quoteToken: number): Clause | null {
  const { tokens } = article
  const sentence = tokens[quoteToken].sentence
  let tried = 0
  for (let t = quoteToken + 1; t < tokens.length && tokens[t].sentence === sentence && t - quoteToken < 40 && tried < 4; t++) {
    if (tokens[t].type === QUOTE || (tokens[t].type === PUNCT && tokens[t].text === ',')) {
      tried++
      const clause = clauseAfter(article, t)
      if (clause !== null) return clause
    }
  }
  return null
}

function firstWordOf(tokens: readonly ArticleToken[], from: number, to: number): number {
  for (let t = from; t < to; t++) if (tokens[t].type === WORD) return t
  return -1
}
