// Who a sentence of narration says made the statement it reports: "Dr Ana Mendez, who chairs the
// committee, said the budget was balanced", "…, said Mendez", "according to its spokesman, Piotr
// Kowal". Reporters often give a statement in indirect speech; the sentence still names its speaker.
// A light pattern, not a parser: it names someone only when the sentence's shape leaves no doubt.
import { COMMON_CAPITALISED, DOCUMENT_NOUNS, NAME_PARTICLES, ORGANISATION_NOUNS, PERSON_ROLE_NOUNS } from '../attribute/name-lexicon'
import { isStrongReportingVerb, reportingVerbBase, CHARACTERISING_VERBS } from '../attribute/reporting-verbs'

export interface ReportedSpeaker {
  /** The name as written ("Dr Ana Mendez"), or the description ("the council"). */
  name: string
  /** True for a description ("the council", "the minister") rather than a name. */
  description: boolean
  /** UTF-16 offsets of the reporting verb in the sentence. */
  verbStart: number
  verbEnd: number
  /** UTF-16 offsets of the name in the sentence. */
  start: number
  end: number
}

interface Token {
  text: string
  lower: string
  start: number
  end: number
  word: boolean
}

const TOKEN = /\p{L}[\p{L}\p{M}\p{N}]*(?:['’.-]\p{L}[\p{L}\p{M}\p{N}]*)*\.?|\p{N}+|[,;:()–—«»“”"‘’„.!?]/gu
/** Words that may stand between a subject and its verb ("Mendez also said", "Kowal has since told"). */
const BETWEEN = new Set([
  'also', 'later', 'then', 'only', 'again', 'has', 'have', 'had', 'was', 'is', 'would', 'once', 'since',
  'previously', 'separately', 'further', 'still', 'repeatedly', 'herself', 'himself', 'itself', 'subsequently',
  'at', 'first', 'however', 'too', 'now', 'today', 'yesterday', 'recently', 'publicly', 'privately', 'earlier',
])
const DETERMINERS = new Set(['the', 'its', 'his', 'her', 'their', 'a', 'an', 'our', 'this', 'that'])
const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'i', 'we', 'you', 'who', 'which', 'that'])
/** Words that open a clause set off by commas and that is not a name ("…, who chairs the board,"). */
const CLAUSE_OPENERS = new Set(['who', 'whose', 'which', 'where', 'when', 'while', 'whom', 'a', 'an', 'the', 'his', 'her', 'its', 'their', 'in', 'on', 'at', 'for', 'as', 'after', 'before', 'speaking', 'according', 'asked', 'like'])
const NAME_REACH = 8
const QUOTE_MARKS = new Set(['«', '»', '“', '”', '"', '‘', '’', '„'])

function tokens(sentence: string): Token[] {
  const out: Token[] = []
  for (const m of sentence.matchAll(TOKEN)) {
    const text = m[0]
    out.push({ text, lower: text.toLowerCase(), start: m.index, end: m.index + text.length, word: /\p{L}/u.test(text[0]) })
  }
  return out
}

function capitalised(t: Token | undefined): boolean {
  return !!t && t.word && /\p{Lu}/u.test(t.text[0])
}

function isName(t: Token | undefined): boolean {
  return capitalised(t) && !COMMON_CAPITALISED.has(t!.lower.replace(/[.’']s$/, ''))
}

function isPossessive(t: Token): boolean {
  return /['’]s$/.test(t.text)
}

function reportingVerb(t: Token): boolean {
  if (!t.word) return false
  if (isStrongReportingVerb(t.lower)) return true
  const base = reportingVerbBase(t.lower)
  return base !== null && CHARACTERISING_VERBS.has(base)
}

/** A run of capitalised words ending at `last` (inclusive), or null. */
function nameEndingAt(list: Token[], last: number): { from: number; to: number } | null {
  if (!isName(list[last]) || isPossessive(list[last])) return null
  let from = last
  while (from > 0) {
    const before = list[from - 1]
    if (isPossessive(before)) break
    if (capitalised(before) && !COMMON_CAPITALISED.has(before.lower)) from--
    else if (NAME_PARTICLES.has(before.lower) && from - 2 >= 0 && capitalised(list[from - 2])) from--
    else break
  }
  return { from, to: last + 1 }
}

/** A run of capitalised words starting at `first`, or null. */
function nameStartingAt(list: Token[], first: number): { from: number; to: number } | null {
  if (!isName(list[first])) return null
  let to = first + 1
  while (to < list.length) {
    const next = list[to]
    if (capitalised(next) && !COMMON_CAPITALISED.has(next.lower)) to++
    else if (NAME_PARTICLES.has(next.lower) && capitalised(list[to + 1])) to++
    else break
    if (isPossessive(list[to - 1])) return null
  }
  return { from: first, to }
}

/** The subject written before the verb at `verb`: a name, an apposition after a description, or a description. */
function subjectBefore(list: Token[], verb: number): { from: number; to: number; description: boolean } | null {
  let k = verb - 1
  while (k >= 0 && BETWEEN.has(list[k].lower)) k--
  // Clauses set off by commas or dashes: an apposition that is a name is the subject; any other
  // clause ("who chairs the board", "a former minister") is stepped over.
  while (k >= 0 && (list[k].text === ',' || list[k].text === '–' || list[k].text === '—')) {
    const mark = list[k].text
    let open = k - 1
    while (open >= 0 && list[open].text !== mark && !/^[.;:!?]$/.test(list[open].text)) open--
    if (open < 0 || list[open].text !== mark) return null
    const name = nameStartingAt(list, open + 1)
    if (name && name.to === k) return { ...name, description: false }
    const opener = list[open + 1]
    if (!opener || !CLAUSE_OPENERS.has(opener.lower)) return null
    k = open - 1
  }
  if (k < 0) return null
  const name = nameEndingAt(list, k)
  if (name) return { ...name, description: false }
  // "the council said", "The company's chief executive said": a description, never a pronoun.
  if (!list[k].word || PRONOUNS.has(list[k].lower)) return null
  let from = k
  while (from > 0 && from > k - 4 && list[from - 1].word && !DETERMINERS.has(list[from - 1].lower)) from--
  if (from > 0 && DETERMINERS.has(list[from - 1].lower)) return { from: from - 1, to: k + 1, description: true }
  return null
}

/** The subject written after an inverted verb ("…,” said Dr Mendez", "asked the councillor Ana Mendez"). */
function subjectAfter(list: Token[], verb: number): { from: number; to: number; description: boolean } | null {
  if (list[verb + 1] && PRONOUNS.has(list[verb + 1].lower)) return null
  for (let k = verb + 1; k < list.length && k <= verb + NAME_REACH; k++) {
    const t = list[k]
    const name = nameStartingAt(list, k)
    if (name) return { ...name, description: false }
    if (t.text === ',' || (t.word && !capitalised(t))) continue
    return null
  }
  return null
}

// Sentences are judged against many quotes; what they name is found once per sentence.
const found = new Map<string, ReportedSpeaker[]>()
const FOUND_LIMIT = 20_000

/**
 * The speakers a sentence of narration names for what it reports, nearest the reported words
 * first. `span` is where the reported words lie in the sentence; a name inside it is not its speaker.
 */
export function reportedSpeakers(sentence: string, span?: { start: number; end: number }): ReportedSpeaker[] {
  let all = found.get(sentence)
  if (!all) {
    all = speakersNamedIn(sentence)
    if (found.size >= FOUND_LIMIT) found.clear()
    found.set(sentence, all)
  }
  if (!span || all.length === 0) return all
  const outside = all.filter((s) => (s.end <= span.start || s.start >= span.end) && (s.verbEnd <= span.start || s.verbStart >= span.end))
  // The clause nearest the reported words: the last verb before them, else the first after.
  const distance = (s: ReportedSpeaker) => (s.verbEnd <= span.start ? span.start - s.verbEnd : sentence.length + s.verbStart - span.end)
  return outside.sort((a, b) => distance(a) - distance(b))
}

function speakersNamedIn(sentence: string): ReportedSpeaker[] {
  const list = tokens(sentence)
  const named: ReportedSpeaker[] = []
  const add = (subject: { from: number; to: number; description: boolean } | null, verbFrom: number, verbTo: number) => {
    if (!subject) return
    // "Officials said", "Residents warned": a capitalised common noun opening the sentence names nobody.
    const only = subject.to - subject.from === 1 ? list[subject.from].lower : null
    const common = only !== null && (PERSON_ROLE_NOUNS.has(only) || ORGANISATION_NOUNS.has(only) || DOCUMENT_NOUNS.has(only))
    named.push({
      // a full stop that ends the sentence is not part of the name; one after an initial is
      name: sentence.slice(list[subject.from].start, list[subject.to - 1].end).replace(/(\p{L}{2,})\.$/u, '$1'),
      description: subject.description || common,
      verbStart: list[verbFrom].start,
      verbEnd: list[verbTo].end,
      start: list[subject.from].start,
      end: list[subject.to - 1].end,
    })
  }
  for (let i = 0; i < list.length; i++) {
    const t = list[i]
    if (t.lower === 'according' && list[i + 1]?.lower === 'to') {
      add(subjectAfter(list, i + 1), i, i + 1)
      continue
    }
    if (!reportingVerb(t)) continue
    const previous = list[i - 1]
    // Right after a quotation ("…,” said Mendez) the verb comes before its subject; after a comma
    // it may ("…, said Mendez") or may not ("Mendez, the mayor, said").
    if (previous && QUOTE_MARKS.has(previous.text)) add(subjectAfter(list, i) ?? subjectBefore(list, i), i, i)
    else if (previous?.text === ',') add(subjectBefore(list, i) ?? subjectAfter(list, i), i, i)
    else add(subjectBefore(list, i), i, i)
  }
  return named
}
