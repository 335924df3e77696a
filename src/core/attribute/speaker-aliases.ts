// Proposes which speaker names, across articles, are one person or organisation spelt differently:
// Yury/Yuri Ushakov, Zelensky/Zelenskyy, Mr Trump/Donald Trump, UPWU/United Port Workers’ Union.
// Proposals only; the editor confirms. Two different given names with one surname are never
// proposed (brothers, spouses), and a double-barrelled surname needs an exact part to be proposed.

export interface SpeakerName {
  id: string
  name: string
}

export interface AliasProposal {
  /** Id of the variant... */
  from: string
  /** ...and of the fuller or more common form it is proposed to join. */
  to: string
  /** 0..1; 1 means the same name once case, marks and diacritics are ignored. */
  score: number
  reason: string
}

const TITLES = /^(?:mr|mrs|ms|miss|mx|dr|prof|sir|dame|lord|lady|president|prime minister|minister|senator|sen|rep|gov|governor|mayor|general|gen|judge|justice)\.?\s+/
const CONNECTORS = new Set(['of', 'the', 'for', 'and', 'de', 'du', 'des', 'la', 'le', 'on', '&'])
const ORGANISATION_HINT = /\b(?:ministry|department|office|authority|agency|commission|committee|council|union|association|federation|institute|university|company|corporation|group|bank|party|government|parliament|court|police|service|board|bureau|administration|kremlin|palace|house|biologics|inc|ltd|corp|foundation|trust|league|alliance|network)\b/

/**
 * The comparison key of one spelling: lower case, no diacritics, no punctuation, no leading
 * "the" or title ("The Kremlin" → "kremlin", "Dr. Rafael Quint" → "rafael quint",
 * "United Port Workers’ Union" → "united port workers union").
 */
export function nameKey(name: string): string {
  let key = name
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/ß/g, 'ss')
    .replace(/['’‘ʼ`´]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
  key = key.replace(/^the\s+/, '')
  for (let previous = ''; previous !== key; ) {
    previous = key
    key = key.replace(TITLES, '')
  }
  return key
}

/** Transliteration-insensitive skeleton of one word: Yury/Yuri, Zelensky/Zelenskyy/Zelenskiy, Mohammed/Muhammad. */
function skeleton(word: string): string {
  return word
    .replace(/kh/g, 'h')
    .replace(/ph/g, 'f')
    .replace(/ck/g, 'k')
    .replace(/ou/g, 'u')
    .replace(/w/g, 'v')
    .replace(/[yj]/g, 'i')
    .replace(/ks/g, 'x')
    .replace(/iy$|ii$|yy$/g, 'i')
    .replace(/(.)\1+/g, '$1')
}

function editDistance(a: string, b: string): number {
  if (a === b) return 0
  const previous = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    let diagonal = previous[0]
    previous[0] = i
    for (let j = 1; j <= b.length; j++) {
      const above = previous[j]
      previous[j] = Math.min(previous[j] + 1, previous[j - 1] + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1))
      diagonal = above
    }
  }
  return previous[b.length]
}

/** How alike two spellings of one word are, 0..1, forgiving transliteration. */
function wordSimilarity(a: string, b: string): number {
  if (a === b) return 1
  const sa = skeleton(a)
  const sb = skeleton(b)
  if (sa === sb) return 0.95
  const raw = 1 - editDistance(a, b) / Math.max(a.length, b.length)
  const folded = 1 - editDistance(sa, sb) / Math.max(sa.length, sb.length)
  return Math.max(0, Math.max(raw, folded) * 0.9)
}

interface Parsed {
  id: string
  name: string
  key: string
  words: string[]
  organisation: boolean
  acronym: string | null
}

function parse(speaker: SpeakerName): Parsed {
  const key = nameKey(speaker.name)
  const words = key.split(' ').filter((word) => word !== '')
  const raw = speaker.name.trim()
  const acronym = /^[\p{Lu}\d&]{2,8}$/u.test(raw) ? raw.toLowerCase() : null
  return { id: speaker.id, name: speaker.name, key, words, organisation: ORGANISATION_HINT.test(key) || acronym !== null, acronym }
}

function initials(words: readonly string[]): string {
  return words.filter((word) => !CONNECTORS.has(word)).map((word) => word[0]).join('')
}

/** Why two names are one speaker, with a score, or null. `a` and `b` have different keys. */
function compare(a: Parsed, b: Parsed): { score: number; reason: string } | null {
  if (a.acronym !== null || b.acronym !== null) {
    const [short, long] = a.acronym !== null ? [a, b] : [b, a]
    if (long.words.length >= 2 && initials(long.words) === short.acronym) return { score: 0.8, reason: 'acronym' }
    return null
  }
  if (a.organisation || b.organisation) {
    const wa = a.words.filter((word) => !CONNECTORS.has(word)).sort().join(' ')
    const wb = b.words.filter((word) => !CONNECTORS.has(word)).sort().join(' ')
    if (wa === wb) return { score: 0.85, reason: 'same words in another order' }
    return null
  }
  if (a.words.length === 0 || b.words.length === 0) return null

  const surnameA = a.words[a.words.length - 1]
  const surnameB = b.words[b.words.length - 1]
  if (a.words.length === 1 || b.words.length === 1) {
    const [single, full] = a.words.length === 1 ? [a, b] : [b, a]
    if (full.words.length < 2) return null
    const fullSurname = full.words[full.words.length - 1]
    const similarity = wordSimilarity(single.words[0], fullSurname)
    if (similarity === 1) return { score: 0.7, reason: 'surname only' }
    if (similarity >= 0.95) return { score: 0.65, reason: 'surname only, spelt differently' }
    return null
  }

  const givenA = a.words[0]
  const givenB = b.words[0]
  const givenMatch = givenA === givenB ? 1 : givenA.length === 1 || givenB.length === 1 ? (givenA[0] === givenB[0] ? 0.8 : 0) : wordSimilarity(givenA, givenB)
  // Different given names with one surname are different people (brothers, spouses).
  if (givenMatch < 0.78) return null

  const surnameMatch = wordSimilarity(surnameA, surnameB)
  if (surnameMatch >= 0.85) {
    const score = Math.min(givenMatch, surnameMatch) * (a.words.length === b.words.length ? 1 : 0.95)
    const reason = givenMatch === 1 && surnameMatch === 1 ? 'same first and last name' : givenMatch < 1 && surnameMatch === 1 ? 'given name spelt differently' : 'surname spelt differently'
    return { score: Number(score.toFixed(2)), reason }
  }
  // Double-barrelled surname: only an exact part counts (Ana Mendes / Ana Mendes-Lopez, not Ana Mendez).
  const partsA = surnamePartsOf(a)
  const partsB = surnamePartsOf(b)
  if (givenMatch === 1 && partsA.some((part) => partsB.includes(part)) && (partsA.length > 1 || partsB.length > 1)) {
    return { score: 0.6, reason: 'one part of a double-barrelled surname' }
  }
  return null
}

function surnamePartsOf(parsed: Parsed): string[] {
  const raw = nameKey(parsed.name.replace(/-/g, ' '))
  const hyphenated = parsed.name.match(/[\p{L}'’]+-[\p{L}'’-]+$/u)
  if (hyphenated !== null) return nameKey(hyphenated[0].replace(/-/g, ' ')).split(' ')
  const words = raw.split(' ')
  return [words[words.length - 1]]
}

/**
 * Pairs of speakers that are probably the same, best first. A name is compared only with names
 * sharing a surname (up to transliteration), or its given name and surname initial, or an
 * organisation's initials or words, so thousands of speakers stay fast.
 */
export function proposeAliases(speakers: ReadonlyArray<SpeakerName>): AliasProposal[] {
  const parsed = speakers.map(parse).filter((speaker) => speaker.key !== '')
  const blocks = new Map<string, Parsed[]>()
  const block = (key: string, speaker: Parsed): void => {
    const list = blocks.get(key) ?? []
    list.push(speaker)
    blocks.set(key, list)
  }
  for (const speaker of parsed) {
    if (speaker.organisation) {
      block(`org:${speaker.acronym ?? initials(speaker.words)}`, speaker)
      block(`orgwords:${[...speaker.words].filter((word) => !CONNECTORS.has(word)).sort().join(' ')}`, speaker)
    } else {
      // Every later word may be (part of) the surname: "Ana Mendes-Lopez" is found under mendes and lopez.
      for (const word of speaker.words.length === 1 ? speaker.words : speaker.words.slice(1)) block(`surname:${skeleton(word)}`, speaker)
      const surname = speaker.words[speaker.words.length - 1]
      if (speaker.words.length > 1) block(`given:${skeleton(speaker.words[0])}:${surname[0]}`, speaker)
    }
    block(`key:${speaker.key}`, speaker)
  }

  const seen = new Set<string>()
  const out: AliasProposal[] = []
  for (const members of blocks.values()) {
    for (let i = 0; i < members.length; i++) {
      for (let j = i + 1; j < members.length; j++) {
        const a = members[i]
        const b = members[j]
        if (a.id === b.id) continue
        const pairKey = a.id < b.id ? `${a.id}\u0000${b.id}` : `${b.id}\u0000${a.id}`
        if (seen.has(pairKey)) continue
        seen.add(pairKey)
        const verdict = a.key === b.key ? { score: 1, reason: 'same name' } : compare(a, b)
        if (verdict === null) continue
        const [from, to] = fullerLast(a, b)
        out.push({ from: from.id, to: to.id, score: verdict.score, reason: verdict.reason })
      }
    }
  }
  return out.sort((x, y) => y.score - x.score)
}

/** Orders a pair so the fuller name (more words, then longer) is the one joined. */
function fullerLast(a: Parsed, b: Parsed): [Parsed, Parsed] {
  if (a.words.length !== b.words.length) return a.words.length < b.words.length ? [a, b] : [b, a]
  return a.key.length <= b.key.length ? [a, b] : [b, a]
}
