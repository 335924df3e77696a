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
]

/**
 * A light suffix-stripping stem: enough to relate inflected forms, never used for display.
 * Collisions ("use" / "us") only make two words "related", which costs little.
 */
export function lightStem(form: string): string {
  if (form.length <= 3 || /\d/.test(form)) return form
  let stem = form
  if (stem.endsWith('ies') && stem.length > 4) stem = stem.slice(0, -3) + 'y'
  else if (/(ss|ch|sh|x|z)es$/.test(stem)) stem = stem.slice(0, -2)
  else if (stem.endsWith('s') && !/(ss|us|is)$/.test(stem)) stem = stem.slice(0, -1)
  if (stem.endsWith('ing') && stem.length >= 6) stem = undouble(stem.slice(0, -3))
  else if (stem.endsWith('eed') && stem.length >= 5) stem = stem.slice(0, -1)
  else if (stem.endsWith('ied') && stem.length >= 5) stem = stem.slice(0, -3) + 'y'
  else if (stem.endsWith('ed') && stem.length >= 5) stem = undouble(stem.slice(0, -2))
  if (stem.endsWith('e') && stem.length >= 4) stem = stem.slice(0, -1)
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

/** The loose form of a comparable form: its synonym group if it has one, else its stem. */
export function looseForm(form: string): string {
  const stem = lightStem(form)
  return SYNONYMS.get(stem) ?? stem
}
