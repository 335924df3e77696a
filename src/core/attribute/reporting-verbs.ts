// Verbs that introduce or attribute speech ("said", "warned", "told reporters"), in every tense form.
// Kept broad on purpose: news writers avoid repeating "said", and a short list misses speakers.

type Forms = readonly string[]

// Verbs whose past or participle forms are not formed by rule.
const IRREGULAR: Record<string, Forms> = {
  say: ['say', 'says', 'said', 'saying'],
  tell: ['tell', 'tells', 'told', 'telling'],
  write: ['write', 'writes', 'wrote', 'written', 'writing'],
  speak: ['speak', 'speaks', 'spoke', 'spoken', 'speaking'],
  admit: ['admit', 'admits', 'admitted', 'admitting'],
  quip: ['quip', 'quips', 'quipped', 'quipping'],
  brag: ['brag', 'brags', 'bragged', 'bragging'],
  beg: ['beg', 'begs', 'begged', 'begging'],
  dub: ['dub', 'dubs', 'dubbed', 'dubbing'],
  slam: ['slam', 'slams', 'slammed', 'slamming'],
  label: ['label', 'labels', 'labelled', 'labeled', 'labelling', 'labeling'],
  forecast: ['forecast', 'forecasts', 'forecasted', 'forecasting'],
  rebut: ['rebut', 'rebuts', 'rebutted', 'rebutting'],
  regret: ['regret', 'regrets', 'regretted', 'regretting'],
  text: ['text', 'texts', 'texted', 'texting'],
  go: ['went on'],
  point: ['pointed out', 'points out', 'point out', 'pointing out'],
  sum: ['summed up', 'sums up', 'sum up'],
  chime: ['chimed in', 'chimes in'],
  spell: ['spelled out', 'spelt out', 'spells out'],
  find: ['find', 'finds', 'found'],
  begin: ['begin', 'begins', 'began'],
  swear: ['swear', 'swears', 'swore', 'sworn'],
}

// Verbs of speech with regular forms.
const REGULAR = [
  'add', 'remark', 'reply', 'respond', 'insist', 'warn', 'note', 'stress', 'emphasise', 'emphasize',
  'declare', 'affirm', 'confirm', 'acknowledge', 'argue', 'claim', 'describe', 'call', 'explain',
  'state', 'announce', 'assert', 'contend', 'maintain', 'suggest', 'observe', 'comment', 'recall',
  'recount', 'tweet', 'post', 'ask', 'answer', 'retort', 'joke', 'complain', 'lament', 'concede',
  'agree', 'deny', 'predict', 'promise', 'pledge', 'vow', 'threaten', 'urge', 'caution', 'allege',
  'reiterate', 'repeat', 'conclude', 'mention', 'reveal', 'disclose', 'report', 'testify', 'shout',
  'cry', 'exclaim', 'whisper', 'murmur', 'mutter', 'sigh', 'scoff', 'counter', 'protest', 'object',
  'boast', 'plead', 'demand', 'estimate', 'wonder', 'muse', 'reflect', 'reckon', 'brand', 'term',
  'hail', 'praise', 'criticise', 'criticize', 'condemn', 'blast', 'decry', 'denounce', 'welcome',
  'characterise', 'characterize', 'dismiss', 'email', 'message', 'blog', 'recommend', 'advise',
  'assure', 'reassure', 'announce', 'inform', 'yell', 'scream', 'snap', 'bark', 'growl', 'grumble',
  'gush', 'enthuse', 'marvel', 'hint', 'speculate', 'surmise', 'theorise', 'theorize', 'propose',
  'question', 'challenge', 'charge', 'accuse', 'blame', 'thank', 'apologise', 'apologize',
  'acknowledge', 'summarise', 'summarize', 'clarify', 'elaborate', 'specify', 'underline',
  'underscore', 'highlight', 'cite', 'quote', 'conclude', 'continue', 'begin', 'pray', 'preach',
  'proclaim', 'pronounce', 'swear', 'testify', 'attest', 'vouch', 'signal', 'indicate', 'concur',
  'voice', 'echo', 'rule', 'believe', 'counsel', 'accept', 'recognise', 'recognize', 'summarise', 'summarize', 'confide', 'mock', 'acknowledge',
]

const CONSONANT_DOUBLING = new Set(['snap', 'signal', 'marvel', 'counsel'])

function regularForms(base: string): string[] {
  const forms = [base]
  const consonantY = /[^aeiou]y$/.test(base)
  if (/(s|x|z|ch|sh)$/.test(base)) forms.push(base + 'es')
  else if (consonantY) forms.push(base.slice(0, -1) + 'ies')
  else forms.push(base + 's')
  if (CONSONANT_DOUBLING.has(base)) {
    const last = base[base.length - 1]
    forms.push(base + last + 'ed', base + last + 'ing', base + 'ed', base + 'ing')
  } else if (base.endsWith('e')) {
    forms.push(base + 'd', (base.endsWith('ee') ? base : base.slice(0, -1)) + 'ing')
  } else if (consonantY) {
    forms.push(base.slice(0, -1) + 'ied', base + 'ing')
  } else {
    forms.push(base + 'ed', base + 'ing')
  }
  return forms
}

function buildLexicon(): Map<string, string> {
  const lexicon = new Map<string, string>()
  for (const base of REGULAR) {
    for (const form of regularForms(base)) lexicon.set(form, base)
  }
  for (const [base, forms] of Object.entries(IRREGULAR)) for (const form of forms) lexicon.set(form, base)
  return lexicon
}

const LEXICON = buildLexicon()

// Forms that are nouns or other verbs as often as speech ("posts", "calls", "report", "found").
const WEAK_FORMS = new Set([
  'post', 'posts', 'report', 'reports', 'question', 'questions', 'charge', 'charges', 'signal',
  'signals', 'object', 'objects', 'counter', 'message', 'messages', 'text', 'texts', 'rule', 'rules',
  'ruled', 'find', 'finds', 'found', 'continue', 'continues', 'continued', 'begin', 'begins', 'began',
  'state', 'states', 'voice', 'voices', 'echo', 'echoes', 'thank', 'thanks', 'cite', 'cites', 'quote',
  'quotes', 'call', 'calls', 'term', 'terms', 'brand', 'brands', 'believe', 'believes', 'believed',
  'email', 'blog', 'answer', 'answers', 'reply', 'replies', 'welcome', 'welcomes',
  'promise', 'promises', 'protest', 'protests', 'estimate', 'estimates', 'mention', 'mentions',
  'comment', 'comments', 'claim', 'claims', 'demand', 'demands', 'note', 'notes', 'reflect',
  'reflects', 'blame', 'blames', 'pledge', 'pledges', 'vow', 'vows', 'hint', 'hints', 'challenge',
  'challenges', 'highlight', 'highlights', 'praise', 'praises', 'sigh', 'sighs', 'joke', 'jokes',
  'cry', 'cries', 'snap', 'snaps', 'bark', 'barks', 'indicate', 'indicates', 'signal', 'rule',
  'cite', 'marvel', 'marvels', 'counsel', 'counsels', 'advise', 'charge',
])

/** The base form of a reporting verb ("warned" → "warn", "told" → "tell"), or null. Case-insensitive. */
export function reportingVerbBase(word: string): string | null {
  return LEXICON.get(word) ?? LEXICON.get(word.toLowerCase()) ?? null
}

/** True if `word` is a form of a reporting verb. Case-insensitive. */
export function isReportingVerb(word: string): boolean {
  return LEXICON.has(word) || LEXICON.has(word.toLowerCase())
}

/**
 * True if `word` is a reporting verb form that reads as speech even away from a quotation
 * ("said", "warned", "told"), as opposed to forms such as "posts", "calls" or "report" that are
 * nouns or other verbs as often as not.
 */
export function isStrongReportingVerb(word: string): boolean {
  const lower = word.toLowerCase()
  return LEXICON.has(lower) && !WEAK_FORMS.has(lower)
}

/** Verbs that attribute words by naming them: "called the plan ‘reckless’", "described it as ‘useful’". */
export const CHARACTERISING_VERBS: ReadonlySet<string> = new Set([
  'call', 'describe', 'brand', 'label', 'term', 'dub', 'dismiss', 'hail', 'characterise',
  'characterize', 'praise', 'criticise', 'criticize', 'condemn', 'slam', 'blast', 'decry',
  'denounce', 'welcome',
])

/** Multi-word verbs in the lexicon ("pointed out", "went on"), first word → full phrases. */
export const PHRASAL_REPORTING_VERBS: ReadonlyMap<string, readonly string[]> = (() => {
  const phrases = new Map<string, string[]>()
  for (const form of LEXICON.keys()) {
    if (!form.includes(' ')) continue
    const first = form.split(' ')[0]
    const list = phrases.get(first) ?? []
    list.push(form)
    phrases.set(first, list)
  }
  return phrases
})()
