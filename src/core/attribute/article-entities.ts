// The people and organisations an article names, found once per article from capitalised runs of
// the writer's own words (never inside quotations). Gives each person one canonical name
// (Trump and Mr Trump → Donald Trump), remembers who was mentioned where, with roles and gender,
// so that "he", "the minister" or "the ministry" can be resolved at any point of the article.

import { PUNCT, QUOTE, WORD, type ArticleToken, type ArticleTokens } from './article-tokens'
import {
  COMMON_CAPITALISED,
  GENDERED_TITLES,
  guessGender,
  isKnownGivenName,
  NAME_PARTICLES,
  ORGANISATION_WORDS,
  PERSON_ROLE_NOUNS,
  PLACE_WORDS,
  TITLE_WORDS,
  type Gender,
} from './name-lexicon'
import { isReportingVerb } from './reporting-verbs'
import type { SpeakerKind } from '../model'
import { numberWordKind } from '../text/number-words'

export type RunKind = 'person' | 'organisation' | 'place' | 'title' | 'single'

/** A run of capitalised words: a name, an organisation, a place or a bare title. */
export interface NameRun {
  /** First token (titles included) and one past the last token. */
  first: number
  end: number
  /** First token of the name proper, after titles ("Labour Minister Irena Dovan" → "Irena"). */
  nameStart: number
  kind: RunKind
  /** The name as written, without titles or a possessive ending. */
  name: string
  /** Lower-case title words of the run ("labour", "minister"). */
  titles: string[]
  entity: number
}

export interface Entity {
  kind: SpeakerKind
  canonical: string
  /** Lower-case key of the surname (persons) or of the whole name (organisations). */
  surname: string
  given: string | null
  gender: Gender | null
  roles: Set<string>
  acronym: string | null
  /** Name words, lower case, for matching "the ministry" against "Labour Ministry". */
  words: Set<string>
}

export interface Mention {
  entity: number
  token: number
  /** The mention is the grammatical subject of its sentence, or a speaker. */
  salient: boolean
}

export interface ArticleEntities {
  entities: Entity[]
  runs: NameRun[]
  /** For each token, the index of the run it belongs to, or -1. */
  runAt: Int32Array
  mentions: Mention[]
}

/** Longer capitalised runs are headings in title case or shouting, not names. */
const MAX_RUN = 12
/** How far back the subject test looks for the start of a noun phrase. */
const MAX_SUBJECT_WALK = 12
const ORG_CONNECTORS = new Set(['of', 'for', 'on', 'and', 'the', "d'", 'de', 'du', 'des', 'la', 'le'])
const POSSESSIVE = /['’‘]s$|['’‘]$/
const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'our', 'this', 'that', 'one', 'another'])
const NOT_SUBJECT_NEXT = new Set([
  'of', 'in', 'on', 'at', 'to', 'for', 'with', 'from', 'by', 'and', 'or', 'but', 'the', 'a', 'an', 'as',
  'into', 'about', 'after', 'before', 'over', 'under', 'during', 'than', 'that', 'which', 'who', 'whose',
])

export function findEntities(text: string, article: ArticleTokens): ArticleEntities {
  const { tokens } = article
  const bylines = bylineParagraphs(article)
  const runs = findRuns(text, tokens).filter((run) => !bylines.has(tokens[run.first].paragraph))
  const runAt = new Int32Array(tokens.length).fill(-1)
  runs.forEach((run, r) => {
    for (let t = run.first; t < run.end; t++) runAt[t] = r
  })
  const entities: Entity[] = []
  const byKey = new Map<string, number>()
  const bySurname = new Map<string, number[]>()

  // Full names and organisations first, so a bare surname anywhere can find its full name.
  for (const run of runs) {
    if (run.kind === 'organisation') run.entity = organisationEntity(run, entities, byKey)
    else if (run.kind === 'person') run.entity = personEntity(run, entities, bySurname)
  }
  linkAcronyms(tokens, runs, entities)
  const index = indexNames(runs, entities)
  for (let r = 0; r < runs.length; r++) {
    const run = runs[r]
    if (run.kind !== 'single') continue
    run.entity = resolveSingle(run, r, index, tokens[run.first - 1])
    if (run.entity >= 0) run.kind = entities[run.entity].kind === 'person' ? 'person' : 'organisation'
    else if (run.titles.length > 0 && run.titles.some((title) => GENDERED_TITLES.has(title) || TITLE_WORDS.has(title))) {
      // "Mr Hale" with no full name anywhere: a person known by surname only.
      run.entity = newPerson(entities, run.name, null, run.name)
      run.kind = 'person'
    }
  }

  const mentions: Mention[] = []
  for (const run of runs) {
    if (run.entity < 0) continue
    const entity = entities[run.entity]
    for (const title of run.titles) {
      const gender = GENDERED_TITLES.get(title)
      if (gender !== undefined && entity.kind === 'person') entity.gender ??= gender
    }
    if (entity.kind === 'person') collectRoles(tokens, run, entity)
    mentions.push({ entity: run.entity, token: run.first, salient: isSubject(tokens, article.sentenceStart, run) })
  }
  return { entities, runs, runAt, mentions }
}

/** Paragraphs that credit the writer ("By Ruth Amsel", "(Reporting by …; editing by …)"): no one speaks there. */
function bylineParagraphs(article: ArticleTokens): Set<number> {
  const out = new Set<number>()
  const { tokens, paragraphStart } = article
  paragraphStart.forEach((first, paragraph) => {
    let count = 0
    let credit = false
    for (let t = first; t < tokens.length && tokens[t].paragraph === paragraph && count < 40; t++, count++) {
      const word = tokens[t].lower
      if ((count === 0 && word === 'by') || ((word === 'reporting' || word === 'editing' || word === 'writing') && tokens[t + 1]?.lower === 'by')) credit = true
    }
    if (credit && count < 40) out.add(paragraph)
  })
  return out
}

function isCommonWord(lower: string, text: string): boolean {
  const word = stripPossessive(lower)
  return (COMMON_CAPITALISED.has(word) || numberWordKind(word) !== null) && !isKnownGivenName(text)
}

function findRuns(text: string, tokens: readonly ArticleToken[]): NameRun[] {
  const runs: NameRun[] = []
  let i = 0
  while (i < tokens.length) {
    if (!startsRun(tokens, i)) {
      i++
      continue
    }
    let end = i + 1
    for (;;) {
      if (end >= tokens.length || end - i >= MAX_RUN) break
      const token = tokens[end]
      const previous = tokens[end - 1]
      if (POSSESSIVE.test(previous.lower) && previous.type === WORD) break
      if (token.paragraph !== previous.paragraph) break
      if (isNameWord(token) && !isReportingVerb(token.lower)) {
        end++
        continue
      }
      // Inside a name: "von der", "bin", or the apostrophe of "Workers’ Union".
      const next = tokens[end + 1]
      if (next !== undefined && isNameWord(next) && token.type === WORD && NAME_PARTICLES.has(token.lower)) {
        end++
        continue
      }
      if (next !== undefined && isNameWord(next) && token.type === PUNCT && /^['’]$/.test(token.text) && token.start === previous.end && /s$/i.test(previous.text)) {
        end++
        continue
      }
      if (next !== undefined && isNameWord(next) && token.type === WORD && ORG_CONNECTORS.has(token.lower) && runHasOrganisationWord(tokens, i, end)) {
        end++
        continue
      }
      break
    }
    const run = classifyRun(text, tokens, i, end)
    if (run !== null) runs.push(run)
    i = end
  }
  return runs
}

function startsRun(tokens: readonly ArticleToken[], i: number): boolean {
  const token = tokens[i]
  return isNameWord(token) && !isReportingVerb(token.lower)
}

function isNameWord(token: ArticleToken): boolean {
  return token.type === WORD && token.capitalised
}

function runHasOrganisationWord(tokens: readonly ArticleToken[], from: number, to: number): boolean {
  for (let t = from; t < to; t++) if (ORGANISATION_WORDS.has(stripPossessive(tokens[t].lower))) return true
  return false
}

function stripPossessive(word: string): string {
  const last = word.charCodeAt(word.length - 1)
  // Only words ending in s, an apostrophe or a full stop can carry a possessive or an abbreviation point.
  if (last !== 115 && last !== 39 && last !== 0x2019 && last !== 0x2018 && last !== 46) return word
  return word.replace(POSSESSIVE, '').replace(/\.$/, '')
}

function isAcronym(word: string): boolean {
  return word.length >= 2 && word.length <= 6 && /^\p{Lu}[\p{Lu}\d&]+$/u.test(word)
}

function classifyRun(text: string, tokens: readonly ArticleToken[], from: number, to: number): NameRun | null {
  // Leading capitalised common words are sentence starts: "But Yuri", "The Kremlin", "On Monday".
  let first = from
  while (first < to && isCommonWord(tokens[first].lower, tokens[first].text)) first++
  let last = to
  while (last > first && isCommonWord(tokens[last - 1].lower, tokens[last - 1].text) && !isAcronym(tokens[last - 1].text)) last--
  if (first >= last) return null

  // Titles end at the last title word that still has a name after it.
  let nameStart = first
  // "Engineer Sofia Lindahl" at the start of a sentence: a capitalised role is a title too,
  // unless the run names an organisation ("National Farmers Union").
  const roleIsTitle = !runHasOrganisationWord(tokens, first, last)
  for (let t = first; t < last - 1; t++) {
    const word = stripPossessive(tokens[t].lower)
    if (TITLE_WORDS.has(word) || (roleIsTitle && PERSON_ROLE_NOUNS.has(word))) nameStart = t + 1
  }
  const titles: string[] = []
  for (let t = first; t < nameStart; t++) titles.push(stripPossessive(tokens[t].lower))
  const nameWords: string[] = []
  for (let t = nameStart; t < last; t++) nameWords.push(stripPossessive(tokens[t].lower))

  let name = text.slice(tokens[nameStart].start, tokens[last - 1].end).replace(POSSESSIVE, '')
  const run: NameRun = { first, end: last, nameStart, kind: 'single', name, titles, entity: -1 }
  const lastWord = nameWords[nameWords.length - 1]
  const isOrg = nameWords.some((word) => ORGANISATION_WORDS.has(word)) || (nameWords.length === 1 && isAcronym(tokens[nameStart].text) && !TITLE_WORDS.has(lastWord))
  if (isOrg) {
    // "The Calderran Medicines Agency": the article is not part of the name.
    name = name.replace(/^the\s+/i, '')
    run.name = name
    run.kind = 'organisation'
    return run
  }
  if (nameWords.length === 1 && TITLE_WORDS.has(lastWord)) {
    run.kind = 'title'
    run.titles.push(lastWord)
    run.nameStart = last
    run.name = ''
    return run
  }
  const givenKnown = isKnownGivenName(tokens[nameStart].text)
  if (!givenKnown && (nameWords.some((word) => PLACE_WORDS.has(word)) || nameWords.some((word) => /\d/.test(word)))) {
    run.kind = 'place'
    return run
  }
  if (nameWords.length >= 2 && nameWords.length <= 5) run.kind = 'person'
  else if (nameWords.length > 5) return null
  return run
}

function newPerson(entities: Entity[], canonical: string, given: string | null, surname: string): number {
  entities.push({
    kind: 'person',
    canonical,
    surname: nameKeyWord(surname),
    given: given === null ? null : nameKeyWord(given),
    gender: given === null ? null : guessGender(given),
    roles: new Set(),
    acronym: null,
    words: new Set(canonical.toLowerCase().split(/\s+/)),
  })
  return entities.length - 1
}

function nameKeyWord(word: string): string {
  return word.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').replace(/['’‘.]/g, '')
}

function personEntity(run: NameRun, entities: Entity[], bySurname: Map<string, number[]>): number {
  const words = run.name.split(/\s+/).filter((word) => !/^(?:jr|sr|ii|iii|iv)\.?$/i.test(word))
  const given = words[0]
  const surname = words[words.length - 1]
  const surnameKey = nameKeyWord(surname)
  const givenKey = nameKeyWord(given)
  const sameSurname = bySurname.get(surnameKey) ?? []
  for (const e of sameSurname) {
    const entity = entities[e]
    if (entity.given === null || entity.given === givenKey || (givenKey.length === 1 && entity.given.startsWith(givenKey)) || (entity.given.length === 1 && givenKey.startsWith(entity.given))) {
      if (entity.given === null || entity.given.length === 1) {
        entity.given = givenKey
        entity.canonical = run.name
        entity.gender ??= guessGender(given)
      }
      return e
    }
  }
  const created = newPerson(entities, run.name, given, surname)
  sameSurname.push(created)
  bySurname.set(surnameKey, sameSurname)
  return created
}

function organisationEntity(run: NameRun, entities: Entity[], byKey: Map<string, number>): number {
  const key = run.name.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').replace(/['’‘]/g, "'")
  const known = byKey.get(key)
  if (known !== undefined) return known
  entities.push({
    kind: 'organisation',
    canonical: run.name,
    surname: key,
    given: null,
    gender: null,
    roles: new Set(),
    acronym: null,
    words: new Set(key.split(/[\s-]+/).map((word) => word.replace(/'s?$/, ''))),
  })
  byKey.set(key, entities.length - 1)
  return entities.length - 1
}

/** "The United Port Workers' Union (UPWU)": the acronym names the same organisation. */
function linkAcronyms(tokens: readonly ArticleToken[], runs: NameRun[], entities: Entity[]): void {
  for (const run of runs) {
    if (run.kind !== 'organisation' || run.entity < 0) continue
    const open = tokens[run.end]
    const acronym = tokens[run.end + 1]
    const close = tokens[run.end + 2]
    if (open?.text === '(' && acronym !== undefined && isAcronym(acronym.text) && close?.text === ')') entities[run.entity].acronym = acronym.text
  }
  const byAcronym = new Map<string, number>()
  entities.forEach((entity, e) => {
    if (entity.acronym !== null && !byAcronym.has(entity.acronym)) byAcronym.set(entity.acronym, e)
  })
  for (const run of runs) {
    if (run.kind !== 'organisation' || run.nameStart !== run.end - 1) continue
    const target = byAcronym.get(run.name)
    if (target !== undefined && target !== run.entity) run.entity = target
  }
}

/** Look-ups for one-word names, built once so each is resolved in logarithmic time. */
interface NameIndex {
  entities: readonly Entity[]
  /** Full-name person runs by surname key: run indices in order, with their entity. */
  surnameRuns: Map<string, Array<{ run: number; entity: number }>>
  firstBySurname: Map<string, number>
  byGiven: Map<string, Set<number>>
  byAcronym: Map<string, number>
  organisationByFirstWord: Map<string, number>
}

function indexNames(runs: readonly NameRun[], entities: readonly Entity[]): NameIndex {
  const index: NameIndex = { entities, surnameRuns: new Map(), firstBySurname: new Map(), byGiven: new Map(), byAcronym: new Map(), organisationByFirstWord: new Map() }
  runs.forEach((run, r) => {
    if (run.entity < 0 || entities[run.entity].kind !== 'person') return
    const key = entities[run.entity].surname
    const list = index.surnameRuns.get(key) ?? []
    list.push({ run: r, entity: run.entity })
    index.surnameRuns.set(key, list)
  })
  entities.forEach((entity, e) => {
    if (entity.kind === 'person') {
      if (!index.firstBySurname.has(entity.surname)) index.firstBySurname.set(entity.surname, e)
      if (entity.given !== null) {
        const set = index.byGiven.get(entity.given) ?? new Set<number>()
        set.add(e)
        index.byGiven.set(entity.given, set)
      }
    } else {
      if (entity.acronym !== null && !index.byAcronym.has(entity.acronym)) index.byAcronym.set(entity.acronym, e)
      const first = entity.surname.split(' ')[0]
      if (entity.words.size > 1 && !index.organisationByFirstWord.has(first)) index.organisationByFirstWord.set(first, e)
    }
  })
  return index
}

/** A one-word name: a known person's surname or given name, or an organisation's acronym or word. */
const LOCATIVE = new Set(['in', 'at', 'from', 'to', 'near', 'off', 'of', 'outside', 'inside', 'into', 'across', 'around', 'through', 'via'])

function resolveSingle(run: NameRun, at: number, index: NameIndex, previous: ArticleToken | undefined): number {
  const key = nameKeyWord(run.name)
  // The nearest full mention before, else the first (a headline names people before the body does).
  const full = index.surnameRuns.get(key)
  if (full !== undefined) {
    let lo = 0
    let hi = full.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (full[mid].run < at) lo = mid + 1
      else hi = mid
    }
    return lo > 0 ? full[lo - 1].entity : full[0].entity
  }
  const bySurname = index.firstBySurname.get(key)
  if (bySurname !== undefined) return bySurname
  const byGiven = index.byGiven.get(key)
  if (byGiven !== undefined && byGiven.size === 1) return [...byGiven][0]
  const byAcronym = index.byAcronym.get(run.name)
  if (byAcronym !== undefined) return byAcronym
  // "Corvane" for "Corvane Biologics" — but "at Brennhaven" is the town, not "Brennhaven Port Authority".
  if (LOCATIVE.has(previous?.lower ?? '')) return -1
  return index.organisationByFirstWord.get(key) ?? -1
}

function collectRoles(tokens: readonly ArticleToken[], run: NameRun, entity: Entity): void {
  const titles = run.titles
  for (let i = 0; i < titles.length; i++) {
    if (titles[i] === 'prime' && titles[i + 1] === 'minister') {
      entity.roles.add('prime minister')
      i++
    } else if (PERSON_ROLE_NOUNS.has(titles[i])) {
      entity.roles.add(titles[i])
    }
  }
  // Lower-case role words right before the name: "Kremlin aide Yuri Ushakov", "crane operator Mikko Raband".
  for (let t = run.first - 1; t >= 0 && t >= run.first - 3; t--) {
    const token = tokens[t]
    if (token.type !== WORD || token.capitalised || DETERMINERS.has(token.lower)) break
    if (PERSON_ROLE_NOUNS.has(token.lower)) entity.roles.add(token.lower)
  }
  // An apposition after the name: "Tamashov, 58, a former crane driver", "Roos, the state mediator,".
  if (tokens[run.end]?.text !== ',') return
  for (let t = run.end + 1; t < tokens.length && t <= run.end + 12; t++) {
    const token = tokens[t]
    if (token.type !== WORD || token.paragraph !== tokens[run.end].paragraph) break
    if (/^\d{1,3}$/.test(token.text)) entity.roles.add(`${token.text}-year-old`)
    const word = stripPossessive(token.lower)
    if (word === 'prime' && tokens[t + 1]?.lower === 'minister') {
      entity.roles.add('prime minister')
      t++
      continue
    }
    if (PERSON_ROLE_NOUNS.has(word)) entity.roles.add(word)
    if (/-year-old$/.test(word)) entity.roles.add(word.replace(/^.*?(\d+-year-old)$/, '$1'))
    if (word === 'who' || word === 'which') break
  }
}

/**
 * The run is its sentence's subject: it ends the noun phrase the sentence (or the clause after an
 * opening adverbial and its comma) starts with ("State mediator Pavel Roos, who …, said"), or a
 * reporting verb follows it.
 */
function isSubject(tokens: readonly ArticleToken[], sentenceStart: readonly number[], run: NameRun): boolean {
  const next = tokens[run.end]
  if (next !== undefined && next.type === WORD && isReportingVerb(next.lower)) return true
  const sentenceFirst = sentenceStart[tokens[run.first].sentence]
  const starts = [sentenceFirst]
  for (let t = Math.max(sentenceFirst, run.first - MAX_SUBJECT_WALK); t < run.first; t++) if (tokens[t].text === ',') starts.push(t + 1)
  const startsNounPhrase = starts.some((start) => {
    if (run.first - start > MAX_SUBJECT_WALK) return false
    let t = start
    while (t < run.first && isNounPhrasePart(tokens, t)) t++
    return t === run.first
  })
  if (!startsNounPhrase) return false
  if (next === undefined || next.type === QUOTE) return false
  if (next.type === PUNCT) return next.text === ','
  return !next.capitalised && !NOT_SUBJECT_NEXT.has(next.lower)
}

function isNounPhrasePart(tokens: readonly ArticleToken[], t: number): boolean {
  const token = tokens[t]
  if (token.type === PUNCT) return /^['’]$/.test(token.text)
  if (token.type !== WORD) return false
  if (token.capitalised || DETERMINERS.has(token.lower) || POSSESSIVE.test(token.lower) || PERSON_ROLE_NOUNS.has(stripPossessive(token.lower))) return true
  // A modifier inside the phrase: "state mediator", "former crane driver".
  if (NOT_SUBJECT_NEXT.has(token.lower) || isReportingVerb(token.lower)) return false
  const ahead = [tokens[t + 1], tokens[t + 2]]
  return ahead.some((next) => next !== undefined && next.type === WORD && (next.capitalised || PERSON_ROLE_NOUNS.has(stripPossessive(next.lower))))
}
