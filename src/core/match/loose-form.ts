// A looser form of a word than comparableForm: the same stem ("proposal" / "proposals",
// "agreed" / "agrees") or a common synonym in translated news copy ("ready" / "prepared").
// Two words with the same loose form are "related": the statement is the same, the wording is not.

/** Groups of words that two translators of one statement often choose between. */
const SYNONYM_GROUPS: string[][] = [
  ['talks', 'negotiations', 'discussions', 'meeting', 'conversation', 'dialog'],
  ['useful', 'helpful', 'beneficial'],
  ['ready', 'prepared', 'willing'],
  ['keep', 'stay', 'remain', 'maintain'],
  ['contact', 'touch'],
  ['big', 'large', 'major'],
  ['huge', 'enormous', 'vast', 'immense'],
  ['small', 'little', 'minor'],
  ['important', 'significant'],
  ['begin', 'start', 'launch', 'commence'],
  ['end', 'finish', 'conclude'],
  ['help', 'assist', 'aid', 'support'],
  ['buy', 'purchase', 'acquire'],
  ['show', 'demonstrate', 'prove'],
  ['try', 'attempt', 'seek', 'strive'],
  ['need', 'require'],
  ['get', 'receive', 'obtain'],
  ['problem', 'issue', 'question', 'matter'],
  ['country', 'nation'],
  ['goal', 'aim', 'objective', 'target'],
  ['threat', 'danger', 'risk'],
  ['fast', 'quick', 'rapid', 'swift'],
  ['agreement', 'deal', 'accord', 'pact'],
  ['discuss', 'consider', 'examine', 'review'],
  ['continue', 'proceed'],
  ['believe', 'think'],
  ['hard', 'difficult', 'tough'],
  ['whole', 'entire'],
  ['sure', 'certain', 'confident'],
  ['answer', 'response', 'reply', 'respond'],
  ['ask', 'request'],
  ['build', 'construct'],
  ['find', 'discover'],
  ['allow', 'permit'],
  ['stop', 'halt', 'cease'],
  ['fight', 'combat', 'battle'],
  ['kill', 'slay'],
  ['people', 'citizens'],
  ['businesslike', 'pragmatic', 'practical'],
  ['frank', 'candid'],
  // Words translators and rewriting reporters swap in statements of every kind.
  ['full', 'complete', 'thorough'],
  ['evidence', 'indication', 'proof'],
  ['apology', 'sorry', 'apologize'],
  ['enough', 'sufficient', 'adequate'],
  ['harm', 'damage', 'injure', 'hurt'],
  ['close', 'shut'],
  ['cargo', 'freight'],
  ['investigation', 'inquiry', 'probe'],
  ['accept', 'acknowledge', 'admit', 'concede'],
  ['reject', 'refuse', 'dismiss'],
  ['worry', 'concern', 'anxiety', 'fear'],
  ['immediately', 'promptly', 'instantly'],
  ['resident', 'inhabitant'],
  ['possibility', 'chance', 'likelihood'],
  ['error', 'mistake'],
  ['fall', 'drop', 'decline', 'decrease'],
  ['increase', 'rise', 'grow'],
  ['warn', 'alert'],
  ['hide', 'conceal'],
  ['say', 'declare', 'announce'],
]

/** Irregular forms of common verbs, so "found" relates to "find" and "discovered". */
const IRREGULAR_FORMS: Record<string, string[]> = {
  be: ['was', 'were', 'been', 'is', 'are', 'am'],
  begin: ['began', 'begun'], break: ['broke', 'broken'], bring: ['brought'], build: ['built'], buy: ['bought'],
  choose: ['chose', 'chosen'], come: ['came'], do: ['did', 'done'], fall: ['fell', 'fallen'], feel: ['felt'],
  find: ['found'], give: ['gave', 'given'], go: ['went', 'gone'], grow: ['grew', 'grown'], have: ['had', 'has'],
  hide: ['hid', 'hidden'], hold: ['held'], keep: ['kept'], know: ['knew', 'known'], lead: ['led'], leave: ['left'],
  lose: ['lost'], make: ['made'], mean: ['meant'], meet: ['met'], pay: ['paid'], rise: ['rose', 'risen'],
  run: ['ran'], say: ['said'], see: ['saw', 'seen'], seek: ['sought'], sell: ['sold'], send: ['sent'],
  sit: ['sat'], speak: ['spoke', 'spoken'], spend: ['spent'], stand: ['stood'], take: ['took', 'taken'],
  teach: ['taught'], tell: ['told'], think: ['thought'], understand: ['understood'], win: ['won'],
  write: ['wrote', 'written'], fight: ['fought'], catch: ['caught'], drive: ['drove', 'driven'],
  forget: ['forgot', 'forgotten'], hear: ['heard'], shake: ['shook', 'shaken'], steal: ['stole', 'stolen'],
  strike: ['struck'], swear: ['swore', 'sworn'], throw: ['threw', 'thrown'], wear: ['wore', 'worn'],
}

const BASE_OF_IRREGULAR = new Map<string, string>()
for (const [base, forms] of Object.entries(IRREGULAR_FORMS)) for (const form of forms) BASE_OF_IRREGULAR.set(form, base)

/** Words ending in -est or -ly where the ending is not a suffix ("interest", "reply"). */
const NOT_SUFFIXED = new Set([
  'interest', 'protest', 'request', 'suggest', 'arrest', 'harvest', 'forest', 'honest', 'modest', 'invest',
  'digest', 'contest', 'manifest', 'conquest', 'inquest', 'earnest', 'behest', 'attest', 'detest', 'molest',
  'infest', 'ingest', 'congest', 'unrest', 'priest', 'family', 'supply', 'apply', 'reply', 'rally', 'ally',
  'italy', 'july', 'assembly', 'anomaly', 'monopoly', 'belly', 'jelly', 'bully', 'folly', 'holly', 'homily',
])

/**
 * A light suffix-stripping stem: enough to relate inflected forms, never used for display.
 * Collisions ("use" / "us") only make two words "related", which costs little.
 */
export function lightStem(form: string): string {
  const irregular = BASE_OF_IRREGULAR.get(form)
  if (irregular !== undefined) return irregular
  if (form.length <= 3 || /\d/.test(form)) return form
  let stem = form
  if (stem.endsWith('ies') && stem.length > 4) stem = stem.slice(0, -3) + 'y'
  else if (/(ss|ch|sh|x|z)es$/.test(stem)) stem = stem.slice(0, -2)
  else if (stem.endsWith('s') && !/(ss|us|is)$/.test(stem)) stem = stem.slice(0, -1)
  if (stem.endsWith('ing') && stem.length >= 6) stem = undouble(stem.slice(0, -3))
  else if (stem.endsWith('eed') && stem.length >= 5) stem = stem.slice(0, -1)
  else if (stem.endsWith('ied') && stem.length >= 5) stem = stem.slice(0, -3) + 'y'
  else if (stem.endsWith('ed') && stem.length >= 5) stem = undouble(stem.slice(0, -2))
  else if (!NOT_SUFFIXED.has(stem)) stem = withoutDegreeSuffix(stem)
  if (stem.endsWith('e') && stem.length >= 4) stem = stem.slice(0, -1)
  return stem
}

/** "deeply", "deepest" → "deep"; "happily" → "happy"; "concealment" → "conceal". */
function withoutDegreeSuffix(stem: string): string {
  if (stem.endsWith('ily') && stem.length >= 6) return stem.slice(0, -3) + 'y'
  if (stem.endsWith('ly') && stem.length >= 6 && !stem.endsWith('lly')) return stem.slice(0, -2)
  if (stem.endsWith('est') && stem.length >= 6) return undouble(stem.slice(0, -3))
  if (stem.endsWith('ment') && stem.length >= 8) return stem.slice(0, -4)
  return stem
}

function undouble(stem: string): string {
  const n = stem.length
  if (n >= 3 && stem[n - 1] === stem[n - 2] && !/[aeiouls]/.test(stem[n - 1])) return stem.slice(0, -1)
  return stem
}

function buildSynonyms(): Map<string, string> {
  const classes = new Map<string, string>()
  for (const group of SYNONYM_GROUPS) {
    const name = `~${lightStem(group[0])}`
    for (const word of group) {
      const stem = lightStem(word)
      if (!classes.has(stem)) classes.set(stem, name)
    }
  }
  return classes
}

const SYNONYMS = buildSynonyms()

const looseForms = new Map<string, string>()
const LOOSE_FORMS_LIMIT = 50_000

/** The loose form of a comparable form: its synonym group if it has one, else its stem. */
export function looseForm(form: string): string {
  let loose = looseForms.get(form)
  if (loose === undefined) {
    const stem = lightStem(form)
    loose = SYNONYMS.get(stem) ?? stem
    // only a speed-up: cleared wholesale to keep memory bounded on odd input
    if (looseForms.size >= LOOSE_FORMS_LIMIT) looseForms.clear()
    looseForms.set(form, loose)
  }
  return loose
}
