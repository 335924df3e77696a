// A deterministic corpus for benchmarks: articles of 2–6 KB in news shape (headline, narration,
// quotes with attributions), drawing statements from a shared pool so that outlets quote one
// another (whole, cut to fragments, reworded) as real coverage does. Words follow a Zipf-like
// law over a large invented vocabulary, so the search index sees realistic term frequencies.

export interface CorpusArticle {
  name: string
  text: string
}

export interface Corpus {
  articles: CorpusArticle[]
  /** A draft under review whose quotes come from the pool: 40 quotes, some changed. */
  draft: CorpusArticle
}

/** Mulberry32: small, fast, and the same numbers on every machine. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const FUNCTION_WORDS = 'the of and to a in that is was for on with as it at by from be have are not this but had they his her which will would there were been has their more said its who we our can all about than into could also after over when'.split(' ')
const SYLLABLES = 'ba be bi bo bu ka ke ki ko ku la le li lo lu ma me mi mo mu na ne ni no nu ra re ri ro ru sa se si so su ta te ti to tu va ve vi vo vu dra gre pli sto tru chan ster mon vel dor'.split(' ')
const FIRST_NAMES = 'Ana Piotr Ines Rui Lena Tomas Yury Marta Karim Sofia Jonas Elif Davide Nadia Oskar Priya Mateo Hanna Idris Clara'.split(' ')
const SURNAMES = 'Mendez Kowal Hart Okafor Ortiz Reyes Balanov Lindqvist Haddad Novak Brandt Demir Russo Petrov Quist Varga Moreau Sato Adeyemi Keller'.split(' ')
const ROLES = ['Labour Minister', 'union leader', 'Mayor', 'spokeswoman', 'presidential aide', 'engineer', 'councillor', 'chief executive']
const VERBS = ['said', 'told reporters', 'added', 'warned', 'insisted', 'stressed', 'noted', 'argued']

export function generateCorpus(count: number, seed = 20261122): Corpus {
  const random = seededRandom(seed)
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]
  const vocabulary: string[] = []
  for (let i = 0; i < 20_000; i++) {
    const syllables = 2 + Math.floor(random() * 3)
    let word = ''
    for (let s = 0; s < syllables; s++) word += pick(SYLLABLES)
    vocabulary.push(word)
  }
  // Zipf-like: rank r drawn with probability ∝ 1/r.
  const harmonic = Math.log(vocabulary.length) + 0.5772
  const zipfWord = () => vocabulary[Math.min(vocabulary.length - 1, Math.floor(Math.exp(random() * harmonic)) - 1)]
  const word = () => (random() < 0.45 ? pick(FUNCTION_WORDS) : zipfWord())
  const sentence = (min: number, max: number) => {
    const length = min + Math.floor(random() * (max - min + 1))
    const words = Array.from({ length }, word)
    words[0] = words[0][0].toUpperCase() + words[0].slice(1)
    return `${words.join(' ')}.`
  }
  const people = Array.from({ length: 400 }, () => ({ name: `${pick(FIRST_NAMES)} ${pick(SURNAMES)}`, role: pick(ROLES) }))
  const statements = Array.from({ length: Math.max(200, count * 2) }, () => ({ text: sentence(8, 26), speaker: pick(people) }))

  const variant = (text: string) => {
    const roll = random()
    const words = text.replace(/\.$/, '').split(' ')
    if (roll < 0.5) return text
    if (roll < 0.75) {
      const from = Math.floor(random() * (words.length / 2))
      return words.slice(from, from + Math.max(4, Math.floor(words.length / 2))).join(' ')
    }
    const changed = [...words]
    for (let i = 0; i < 2; i++) changed[Math.floor(random() * changed.length)] = zipfWord()
    return `${changed.join(' ')}.`
  }

  const quoteParagraph = (statement: { text: string; speaker: { name: string; role: string } }, first: boolean) => {
    const { name, role } = statement.speaker
    const who = first ? `${role} ${name}` : name.split(' ')[1]
    return random() < 0.5 ? `“${variant(statement.text)}” ${who} ${pick(VERBS)}.` : `${who} ${pick(VERBS)}: “${variant(statement.text)}”`
  }

  const articles: CorpusArticle[] = []
  for (let n = 0; n < count; n++) {
    const target = 2_048 + Math.floor(random() * 4_096)
    const parts = [sentence(6, 12).replace(/\.$/, '')]
    const seen = new Set<string>()
    while (parts.join('\n\n').length < target) {
      if (random() < 0.4) {
        const statement = pick(statements)
        parts.push(quoteParagraph(statement, !seen.has(statement.speaker.name)))
        seen.add(statement.speaker.name)
      } else {
        parts.push(Array.from({ length: 2 + Math.floor(random() * 3) }, () => sentence(10, 28)).join(' '))
      }
    }
    articles.push({ name: `article-${String(n).padStart(5, '0')}.txt`, text: parts.join('\n\n') })
  }

  const draftParts = [sentence(6, 10).replace(/\.$/, '')]
  for (let q = 0; q < 40; q++) {
    draftParts.push(quoteParagraph(pick(statements), true))
    if (q % 3 === 0) draftParts.push(sentence(12, 24))
  }
  return { articles, draft: { name: 'draft.txt', text: draftParts.join('\n\n') } }
}
