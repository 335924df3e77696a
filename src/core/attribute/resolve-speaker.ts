// Turns the words naming a speaker into one canonical speaker for the article:
// a name (titles dropped, surname → full name), an organisation, a pronoun resolved to the last
// fitting person, or a description ("the minister", "the 58-year-old", "the ministry") resolved
// to the person or organisation the article gave that role.

import type { SpeakerKind } from '../model'
import type { ArticleEntities, Entity } from './article-entities'
import { WORD, type ArticleToken, type ArticleTokens } from './article-tokens'
import { ORGANISATION_NOUNS, PERSON_ROLE_NOUNS, type Gender } from './name-lexicon'

export interface Speaker {
  name: string
  kind: SpeakerKind | undefined
  /** Entity index, or -1 for a name the article never introduced. */
  entity: number
}

export interface ResolutionContext {
  text: string
  article: ArticleTokens
  entities: ArticleEntities
  /** Entities named as speakers so far, by token, in the order attribution met them. */
  speakerEvents: Array<{ entity: number; token: number }>
}

const INDEFINITE = new Set(['a', 'an', 'one', 'some', 'two', 'three', 'several', 'many', 'other', 'another', 'few', 'most', 'all', 'government', 'senior'])
const PLURAL_PEOPLE = /(?:officials|sources|residents|workers|members|diplomats|observers|critics|experts|analysts|strikers|dockers|parents|families|people|protesters|campaigners|activists|farmers|drivers|witnesses|supporters|opponents|neighbours|neighbors|staff|delegates|lawmakers|ministers|leaders|participants|negotiators|economists|scientists|doctors|nurses|teachers|students|voters|residents|traders|exporters|unions|operators|lines|carriers|others)$/
const PRONOUN_LOOKBACK_PARAGRAPHS = 8
const PRONOUN_LOOKBACK_MENTIONS = 60

/** The speaker named by tokens [start, end), seen from token `at`. */
export function resolveSpeaker(context: ResolutionContext, start: number, end: number, at: number): Speaker | null {
  const { article, entities } = context
  const tokens = article.tokens
  if (end - start === 1 && tokens[start].type === WORD) {
    const pronoun = tokens[start].lower
    if (pronoun === 'he') return personFromPronoun(context, 'male', at)
    if (pronoun === 'she') return personFromPronoun(context, 'female', at)
    if (pronoun === 'it' || pronoun === 'they') return organisationFromPronoun(context, at)
    if (pronoun === 'i' || pronoun === 'we') return null
  }

  let person = -1
  let organisation = -1
  let single: string | null = null
  let titleRun = -1
  for (let t = start; t < end; t++) {
    const r = entities.runAt[t]
    if (r < 0) continue
    const run = entities.runs[r]
    if (run.entity >= 0) {
      if (entities.entities[run.entity].kind === 'person') person = run.entity
      else if (person < 0) organisation = run.entity
    } else if (run.kind === 'single' && run.name !== '') {
      single = run.name
    } else if (run.kind === 'title') {
      titleRun = r
    }
    t = Math.max(t, run.end - 1)
  }
  if (person >= 0) return fromEntity(entities.entities, person)
  if (single !== null && organisation < 0) return { name: single, kind: undefined, entity: -1 }
  if (organisation >= 0) return fromEntity(entities.entities, organisation)
  if (titleRun >= 0) {
    const titles = entities.runs[titleRun].titles
    return byRole(context, titles.includes('prime') ? 'prime minister' : titles[titles.length - 1], at, [])
  }
  return fromDescription(context, start, end, at)
}

function fromEntity(entities: readonly Entity[], index: number): Speaker {
  const entity = entities[index]
  return { name: entity.canonical, kind: entity.kind, entity: index }
}

/** "the minister", "the union’s leader", "the 58-year-old", "the ministry", "Velmoran aide". */
function fromDescription(context: ResolutionContext, start: number, end: number, at: number): Speaker | null {
  const tokens = context.article.tokens
  const words: string[] = []
  for (let t = start; t < end; t++) if (tokens[t].type === WORD) words.push(tokens[t].lower)
  if (words.length === 0 || INDEFINITE.has(words[0])) return null
  const head = words[words.length - 1].replace(/'s$|'$/, '')
  if (PLURAL_PEOPLE.test(head) && !ORGANISATION_NOUNS.has(head)) return null
  const modifiers = words.slice(0, -1).map((word) => word.replace(/'s$|'$/, ''))
  if (ORGANISATION_NOUNS.has(head) && !PERSON_ROLE_NOUNS.has(head)) return byOrganisationNoun(context, head, modifiers, at)
  if (PERSON_ROLE_NOUNS.has(head) || /-year-old$/.test(head)) {
    const role = head === 'minister' && modifiers.includes('prime') ? 'prime minister' : head
    return byRole(context, role, at, modifiers)
  }
  return null
}

function mentionOrder(context: ResolutionContext, at: number): Array<{ entity: number; token: number; salient: boolean }> {
  const { mentions } = context.entities
  const merged: Array<{ entity: number; token: number; salient: boolean }> = []
  let lo = 0
  let hi = mentions.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (mentions[mid].token < at) lo = mid + 1
    else hi = mid
  }
  const paragraph = context.article.tokens[at]?.paragraph ?? 0
  for (let m = lo - 1; m >= 0 && merged.length < PRONOUN_LOOKBACK_MENTIONS; m--) {
    const mention = mentions[m]
    if (paragraph - context.article.tokens[mention.token].paragraph > PRONOUN_LOOKBACK_PARAGRAPHS) break
    merged.push(mention)
  }
  for (let s = context.speakerEvents.length - 1; s >= 0; s--) {
    const event = context.speakerEvents[s]
    if (event.token >= at) continue
    if (paragraph - context.article.tokens[event.token].paragraph > PRONOUN_LOOKBACK_PARAGRAPHS) break
    merged.push({ entity: event.entity, token: event.token, salient: true })
  }
  merged.sort((a, b) => b.token - a.token)
  return merged
}

/** "he"/"she": the latest person of that gender who was a subject or speaker, else the latest mentioned. */
function personFromPronoun(context: ResolutionContext, gender: Gender, at: number): Speaker | null {
  const entities = context.entities.entities
  let fallback = -1
  let chosen = -1
  for (const mention of mentionOrder(context, at)) {
    const entity = entities[mention.entity]
    if (entity.kind !== 'person' || (entity.gender !== null && entity.gender !== gender)) continue
    if (mention.salient) {
      chosen = mention.entity
      break
    }
    if (fallback < 0) fallback = mention.entity
  }
  if (chosen < 0) chosen = fallback
  if (chosen < 0) return null
  entities[chosen].gender ??= gender
  return fromEntity(entities, chosen)
}

/** "it"/"they": the latest organisation that was a subject or speaker in the last few paragraphs. */
function organisationFromPronoun(context: ResolutionContext, at: number): Speaker | null {
  const entities = context.entities.entities
  const paragraph = context.article.tokens[at].paragraph
  for (const mention of mentionOrder(context, at)) {
    if (paragraph - context.article.tokens[mention.token].paragraph > 2) break
    if (entities[mention.entity].kind === 'organisation' && mention.salient) return fromEntity(entities, mention.entity)
  }
  return null
}

/** The person the article gave this role: the latest before `at`, else the first after (headlines). */
function byRole(context: ResolutionContext, role: string, at: number, modifiers: readonly string[]): Speaker | null {
  const entities = context.entities.entities
  const fits = (entity: Entity): boolean => entity.kind === 'person' && entity.roles.has(role) && (role !== 'minister' || !entity.roles.has('prime minister') || modifiers.includes('prime'))
  for (const mention of mentionOrder(context, at)) if (fits(entities[mention.entity])) return fromEntity(entities, mention.entity)
  for (const mention of context.entities.mentions) {
    if (mention.token > at && fits(entities[mention.entity])) return fromEntity(entities, mention.entity)
  }
  return null
}

/** "the ministry", "the port authority", "the union": the organisation with that word in its name. */
function byOrganisationNoun(context: ResolutionContext, head: string, modifiers: readonly string[], at: number): Speaker | null {
  const entities = context.entities.entities
  const score = (entity: Entity): number => {
    if (entity.kind !== 'organisation' || !entity.words.has(head)) return 0
    return 1 + modifiers.filter((word) => entity.words.has(word)).length
  }
  let best = -1
  let bestScore = 0
  for (const mention of mentionOrder(context, at)) {
    const s = score(entities[mention.entity])
    if (s > bestScore) {
      best = mention.entity
      bestScore = s
    }
  }
  if (best < 0) {
    for (let e = 0; e < entities.length; e++) {
      const s = score(entities[e])
      if (s > bestScore) {
        best = e
        bestScore = s
      }
    }
  }
  if (best >= 0) return fromEntity(entities, best)
  if (head === 'ministry') return ministryOfMinister(context)
  return null
}

/** "the ministry" in an article that only names "Labour Minister Irena Dovan" → "Labour Ministry". */
function ministryOfMinister(context: ResolutionContext): Speaker | null {
  const { runs } = context.entities
  const tokens: readonly ArticleToken[] = context.article.tokens
  for (const run of runs) {
    const titleWords = tokens.slice(run.first, run.nameStart).map((token) => token.text)
    const at = titleWords.findIndex((word) => /^Minister$/i.test(word))
    if (at > 0 && !/^prime$/i.test(titleWords[at - 1])) {
      return { name: `${titleWords.slice(0, at).join(' ')} Ministry`, kind: 'organisation', entity: -1 }
    }
  }
  return null
}
