// Turns the words naming a speaker into one canonical speaker for the article:
// a name (titles dropped, surname → full name), an organisation, a pronoun resolved to the last
// fitting person, or a description ("the minister", "the 58-year-old", "the ministry",
// "a council spokesperson") resolved to the person or organisation the article gave that role.

import type { SpeakerKind } from '../model'
import type { ArticleEntities, Entity } from './article-entities'
import { QUOTE, WORD, type ArticleToken, type ArticleTokens } from './article-tokens'
import { nounPhraseAfter } from './find-attribution'
import { DOCUMENT_NOUNS, ORGANISATION_NOUNS, PERSON_ROLE_NOUNS, type Gender } from './name-lexicon'

export interface Speaker {
  name: string
  kind: SpeakerKind | undefined
  /** Entity index, or -1 for a name the article never introduced. */
  entity: number
  /** The speaker was named in the words themselves (a name), not inferred from a pronoun or role. */
  named: boolean
}

export interface ResolutionContext {
  text: string
  article: ArticleTokens
  entities: ArticleEntities
  /** Salient mentions found while attributing (speakers, organisations as subjects), in token order. */
  speakerEvents: Array<{ entity: number; token: number }>
  /** Organisation look-ups across the whole article, by head and modifiers. */
  organisationCache: Map<string, Speaker | null>
}

/** Index of the first item whose token is at or after `token` in a list sorted by token. */
export function firstAtOrAfter(list: ReadonlyArray<{ token: number }>, token: number): number {
  let lo = 0
  let hi = list.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (list[mid].token < token) lo = mid + 1
    else hi = mid
  }
  return lo
}

/** Remembers that `entity` was a speaker or subject at `token`, keeping the list in token order. */
export function noteSalient(context: ResolutionContext, entity: number, token: number): void {
  const events = context.speakerEvents
  const at = firstAtOrAfter(events, token)
  if (at === events.length) events.push({ entity, token })
  else events.splice(at, 0, { entity, token })
}

const INDEFINITE = new Set(['a', 'an', 'one', 'some', 'two', 'three', 'several', 'many', 'other', 'another', 'few', 'most', 'all', 'senior'])
const PLURAL_PEOPLE = /(?:officials|sources|residents|workers|members|diplomats|observers|critics|experts|analysts|strikers|dockers|parents|families|people|protesters|campaigners|activists|farmers|drivers|witnesses|supporters|opponents|neighbours|neighbors|staff|delegates|lawmakers|ministers|leaders|participants|negotiators|economists|scientists|doctors|nurses|teachers|students|voters|traders|exporters|operators|lines|carriers|others|circles)$/
const SPOKESPEOPLE = new Set(['spokesperson', 'spokesman', 'spokeswoman', 'representative', 'spokespeople', 'official', 'press'])
/** Words that stand for an organisation named differently in the article ("the municipality" → "Town Council"). */
const ORGANISATION_SYNONYMS: Record<string, readonly string[]> = {
  municipality: ['council', 'municipality', 'city', 'town', 'borough'],
  council: ['council', 'municipality', 'borough'],
  firm: ['company', 'corporation', 'corp', 'inc', 'ltd', 'plc', 'group', 'biologics', 'pharmaceuticals', 'pharma', 'holdings', 'industries', 'labs', 'laboratories', 'motors', 'airlines', 'systems', 'technologies', 'bank', 'gmbh', 'llc'],
  government: ['government', 'cabinet', 'administration', 'ministry', 'presidency', 'kremlin', 'palace'],
}
ORGANISATION_SYNONYMS.company = ORGANISATION_SYNONYMS.firm
ORGANISATION_SYNONYMS.manufacturer = ORGANISATION_SYNONYMS.firm
ORGANISATION_SYNONYMS.maker = ORGANISATION_SYNONYMS.firm
ORGANISATION_SYNONYMS.drugmaker = ORGANISATION_SYNONYMS.firm
ORGANISATION_SYNONYMS.group = ORGANISATION_SYNONYMS.firm
const PRONOUN_LOOKBACK_PARAGRAPHS = 8
const PRONOUN_LOOKBACK_MENTIONS = 60
/** How many later mentions a headline's description may look through. */
const FORWARD_MENTIONS = 300

/** The speaker named by tokens [start, end), seen from token `at`. */
export function resolveSpeaker(context: ResolutionContext, start: number, end: number, at: number): Speaker | null {
  const { article, entities } = context
  const tokens = article.tokens
  if (end - start === 1 && tokens[start].type === WORD) {
    const pronoun = tokens[start].lower
    if (pronoun === 'he' || pronoun === 'his' || pronoun === 'him') return personFromPronoun(context, 'male', at)
    if (pronoun === 'she' || pronoun === 'her') return personFromPronoun(context, 'female', at)
    if (pronoun === 'it' || pronoun === 'its') return organisationFromPronoun(context, at, false)
    if (pronoun === 'they' || pronoun === 'their') return organisationFromPronoun(context, at, true)
    if (pronoun === 'i' || pronoun === 'we') return null
  }

  let person = -1
  let organisation = -1
  let single: string | null = null
  let singleIsHead = false
  let titleRun = -1
  const head = headWord(tokens, start, end)
  for (let t = start; t < end; t++) {
    const r = entities.runAt[t]
    if (r < 0) continue
    const run = entities.runs[r]
    if (run.entity >= 0) {
      if (entities.entities[run.entity].kind === 'person') person = run.entity
      else if (person < 0) organisation = run.entity
    } else if (run.kind === 'single' && run.name !== '') {
      single = run.name
      singleIsHead = run.end - 1 >= head
    } else if (run.kind === 'title') {
      titleRun = r
    }
    t = Math.max(t, run.end - 1)
  }
  if (person >= 0) return named(entities.entities, person)
  // "Velmoran aide", "Kaldavia minister", "Kremlin aide": a capitalised word modifying a role is not the speaker.
  const headLower = head >= 0 ? tokens[head].lower.replace(/'s$|'$/, '') : ''
  const headIsDescription = head >= 0 && !tokens[head].capitalised
  const roleHead = headIsDescription && PERSON_ROLE_NOUNS.has(headLower) && !SPOKESPEOPLE.has(headLower)
  // A name the article never introduced ("Kestria says"), unless it is a common noun capitalised ("Regulator recalls").
  const singleIsNoun = single !== null && (ORGANISATION_NOUNS.has(single.toLowerCase()) || PERSON_ROLE_NOUNS.has(single.toLowerCase()))
  if (single !== null && organisation < 0 && singleIsHead && !headIsDescription && !singleIsNoun) return { name: single, kind: undefined, entity: -1, named: false }
  if (organisation >= 0 && !roleHead) return named(entities.entities, organisation)
  if (titleRun >= 0 && !headIsDescription) {
    const titles = entities.runs[titleRun].titles
    return byRole(context, titles.includes('prime') ? 'prime minister' : titles[titles.length - 1], at, [], true)
  }
  const described = fromDescription(context, start, end, at)
  if (described !== null) return described
  if (organisation >= 0) return named(entities.entities, organisation)
  return null
}

const PREPOSITIONS = new Set(['of', 'for', 'at', 'from', 'with'])

/** The head of a noun phrase: its last word, or the last word before "of"/"for" ("the head of the union"). */
function headWord(tokens: readonly ArticleToken[], start: number, end: number): number {
  let head = -1
  for (let t = start; t < end; t++) {
    if (tokens[t].type !== WORD) continue
    if (PREPOSITIONS.has(tokens[t].lower) && head >= 0) return head
    head = t
  }
  return head
}

function named(entities: readonly Entity[], index: number): Speaker {
  const entity = entities[index]
  return { name: entity.canonical, kind: entity.kind, entity: index, named: true }
}

function inferred(entities: readonly Entity[], index: number): Speaker {
  return { ...named(entities, index), named: false }
}

/** "the minister", "the union’s leader", "the 58-year-old", "the ministry", "a council letter". */
function fromDescription(context: ResolutionContext, start: number, end: number, at: number): Speaker | null {
  const tokens = context.article.tokens
  const words: string[] = []
  const headAt = headWord(tokens, start, end)
  let headIndex = -1
  for (let t = start; t < end; t++) {
    if (tokens[t].type !== WORD) continue
    if (t === headAt) headIndex = words.length
    words.push(tokens[t].lower.replace(/'s$|'$/, ''))
  }
  if (words.length === 0 || headIndex < 0) return null
  const head = words[headIndex]
  const modifiers = words.filter((_, i) => i !== headIndex)
  const indefinite = INDEFINITE.has(words[0])

  // "a council spokesperson", "a spokesman for the ministry", "a council letter": the organisation speaks.
  if (words.some((word) => SPOKESPEOPLE.has(word)) || DOCUMENT_NOUNS.has(head)) {
    for (const word of words) {
      if (ORGANISATION_NOUNS.has(word) && !PERSON_ROLE_NOUNS.has(word) && !DOCUMENT_NOUNS.has(word)) {
        const organisation = byOrganisationNoun(context, word, modifiers, at)
        if (organisation !== null) return organisation
      }
    }
    if (DOCUMENT_NOUNS.has(head)) return null
  }
  if (indefinite) return null
  if (PLURAL_PEOPLE.test(head) && !ORGANISATION_NOUNS.has(head)) return null
  if (ORGANISATION_NOUNS.has(head) && !PERSON_ROLE_NOUNS.has(head)) return byOrganisationNoun(context, head, modifiers, at)
  if (PERSON_ROLE_NOUNS.has(head) || /-year-old$/.test(head)) {
    const role = head === 'minister' && modifiers.includes('prime') ? 'prime minister' : head
    return byRole(context, role, at, modifiers, false) ?? (words[0] === 'the' ? latestSalientPerson(context, at) : null)
  }
  return null
}

interface RankedMention {
  entity: number
  token: number
  salient: boolean
}

/** Mentions before `at`, latest first, within the look-back window. */
function mentionsBefore(context: ResolutionContext, at: number): RankedMention[] {
  const { mentions } = context.entities
  const tokens = context.article.tokens
  const merged: RankedMention[] = []
  const paragraph = tokens[Math.min(at, tokens.length - 1)]?.paragraph ?? 0
  for (let m = firstAtOrAfter(mentions, at) - 1; m >= 0 && merged.length < PRONOUN_LOOKBACK_MENTIONS; m--) {
    const mention = mentions[m]
    if (paragraph - tokens[mention.token].paragraph > PRONOUN_LOOKBACK_PARAGRAPHS) break
    merged.push(mention)
  }
  const events = context.speakerEvents
  for (let e = firstAtOrAfter(events, at) - 1, taken = 0; e >= 0 && taken < PRONOUN_LOOKBACK_MENTIONS; e--, taken++) {
    const event = events[e]
    if (paragraph - tokens[event.token].paragraph > PRONOUN_LOOKBACK_PARAGRAPHS) break
    merged.push({ entity: event.entity, token: event.token, salient: true })
  }
  merged.sort((a, b) => b.token - a.token)
  return merged
}

/**
 * "he"/"she": the subject of the pronoun's own sentence if it fits; else the latest fitting person
 * who was a subject or speaker; else the latest fitting person mentioned; else a fitting person
 * named just after (a lede that names the speaker in its next paragraph).
 */
function personFromPronoun(context: ResolutionContext, gender: Gender, at: number): Speaker | null {
  const entities = context.entities.entities
  const fits = (entity: Entity): boolean => entity.kind === 'person' && (entity.gender === null || entity.gender === gender)
  const own = sentenceSubject(context, at)
  if (own !== null && own.entity >= 0 && fits(entities[own.entity])) return learnGender(entities, own.entity, gender)

  let salient = -1
  let anyFit = -1
  for (const mention of mentionsBefore(context, at)) {
    if (!fits(entities[mention.entity])) continue
    if (anyFit < 0) anyFit = mention.entity
    if (mention.salient) {
      salient = mention.entity
      break
    }
  }
  const chosen = salient >= 0 ? salient : anyFit
  if (chosen >= 0) return learnGender(entities, chosen, gender)

  const paragraph = context.article.tokens[at].paragraph
  const { mentions } = context.entities
  for (let m = firstAtOrAfter(mentions, at + 1); m < mentions.length; m++) {
    const mention = mentions[m]
    if (context.article.tokens[mention.token].paragraph - paragraph > 2) break
    if (mention.salient && fits(entities[mention.entity])) return learnGender(entities, mention.entity, gender)
  }
  return null
}

function learnGender(entities: Entity[], index: number, gender: Gender): Speaker {
  entities[index].gender ??= gender
  return inferred(entities, index)
}

/** The person or organisation its sentence starts with, before token `at`. */
function sentenceSubject(context: ResolutionContext, at: number): Speaker | null {
  const { tokens, sentenceStart } = context.article
  let start = sentenceStart[tokens[at].sentence]
  while (start < at && tokens[start].type !== WORD) start++
  if (start >= at || tokens[start].type === QUOTE) return null
  const end = nounPhraseAfter(tokens, start, at)
  if (end < 0 || end > at || (end - start === 1 && /^(?:he|she|it|they|i|we)$/.test(tokens[start].lower))) return null
  return resolveSpeaker(context, start, end, start)
}

/** "it"/"they": the latest organisation mentioned in the last few paragraphs (for "they", a subject). */
function organisationFromPronoun(context: ResolutionContext, at: number, plural: boolean): Speaker | null {
  const entities = context.entities.entities
  const own = sentenceSubject(context, at)
  if (own !== null && own.entity >= 0 && entities[own.entity].kind === 'organisation') return inferred(entities, own.entity)
  const paragraph = context.article.tokens[at].paragraph
  for (const mention of mentionsBefore(context, at)) {
    if (paragraph - context.article.tokens[mention.token].paragraph > 2) break
    if (entities[mention.entity].kind === 'organisation' && (mention.salient || !plural)) return inferred(entities, mention.entity)
  }
  return null
}

/** The latest person who was a subject or speaker before `at`: "the 58-year-old" when no age was given. */
function latestSalientPerson(context: ResolutionContext, at: number): Speaker | null {
  const entities = context.entities.entities
  for (const mention of mentionsBefore(context, at)) {
    if (mention.salient && entities[mention.entity].kind === 'person') return inferred(entities, mention.entity)
  }
  return null
}

/** The person the article gave this role: the latest before `at`, else the first after (headlines). */
function byRole(context: ResolutionContext, role: string, at: number, modifiers: readonly string[], titled: boolean): Speaker | null {
  const entities = context.entities.entities
  const fits = (entity: Entity): boolean => entity.kind === 'person' && entity.roles.has(role) && (role !== 'minister' || !entity.roles.has('prime minister') || modifiers.includes('prime'))
  for (const mention of mentionsBefore(context, at)) if (fits(entities[mention.entity])) return titled ? named(entities, mention.entity) : inferred(entities, mention.entity)
  // Forward, for headlines; the first mention of each person is enough.
  const { mentions } = context.entities
  const seen = new Set<number>()
  for (let m = firstAtOrAfter(mentions, at + 1), scanned = 0; m < mentions.length && scanned < FORWARD_MENTIONS; m++, scanned++) {
    const entity = mentions[m].entity
    if (seen.has(entity)) continue
    seen.add(entity)
    if (fits(entities[entity])) return inferred(entities, entity)
  }
  return null
}

/** "the ministry", "the port authority", "the municipality": the organisation with that word in its name. */
export function byOrganisationNoun(context: ResolutionContext, head: string, modifiers: readonly string[], at: number): Speaker | null {
  const entities = context.entities.entities
  const heads = ORGANISATION_SYNONYMS[head] ?? [head, head.replace(/s$/, '')]
  const score = (entity: Entity): number => {
    if (entity.kind !== 'organisation' || !heads.some((word) => entity.words.has(word))) return 0
    return 1 + modifiers.filter((word) => entity.words.has(word)).length
  }
  let best = -1
  let bestScore = 0
  for (const mention of mentionsBefore(context, at)) {
    const s = score(entities[mention.entity])
    if (s > bestScore) {
      best = mention.entity
      bestScore = s
    }
  }
  if (best >= 0) return inferred(entities, best)
  // Anywhere in the article: the same answer for every later look-up of these words.
  const key = `${head} ${modifiers.join(' ')}`
  const known = context.organisationCache.get(key)
  if (known !== undefined) return known
  for (let e = 0; e < entities.length; e++) {
    const s = score(entities[e])
    if (s > bestScore) {
      best = e
      bestScore = s
    }
  }
  const found = best >= 0 ? inferred(entities, best) : head === 'ministry' ? ministryOfMinister(context) : null
  context.organisationCache.set(key, found)
  return found
}

/** "the ministry" in an article that only names "Labour Minister Irena Dovan" → "Labour Ministry". */
function ministryOfMinister(context: ResolutionContext): Speaker | null {
  const tokens: readonly ArticleToken[] = context.article.tokens
  for (const run of context.entities.runs) {
    const titleWords = tokens.slice(run.first, run.nameStart).map((token) => token.text)
    const at = titleWords.findIndex((word) => /^Minister$/i.test(word))
    if (at > 0 && !/^prime$/i.test(titleWords[at - 1])) {
      return { name: `${titleWords.slice(0, at).join(' ')} Ministry`, kind: 'organisation', entity: -1, named: false }
    }
  }
  return null
}
