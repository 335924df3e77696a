// The changes of a word diff (source span → quote) grouped and named the way an editor would
// name them: a negation added, a modal or number changed, an adjective changed, words dropped.
// Differences of typography, case or spelling alone are not changes here.
import { DEGREE_WORDS, MODALS, NEGATIONS, QUANTIFIERS } from '../match/function-words'
import { tokeniseWords, formName, type WordSequence } from '../match/word-sequence'
import type { DiffPart } from '../model'

export type ChangeCategory = 'negation' | 'number' | 'modal' | 'quantifier' | 'adjective' | 'content' | 'form' | 'function'

export interface WordChange {
  category: ChangeCategory
  /** Words of the source that the quote does not have, as written ('' when added). */
  source: string
  /** Words of the quote that the source does not have, as written ('' when dropped). */
  quote: string
  /** Whether the change can alter what the statement means. */
  meaningful: boolean
}

const ADJECTIVE_ENDING = /(ous|ful|ive|able|ible|less|ish|ic|ical)$/
const ADJECTIVES = new Set([
  'good', 'bad', 'great', 'big', 'small', 'high', 'low', 'new', 'old', 'strong', 'weak', 'fair', 'unfair', 'clear',
  'firm', 'safe', 'important', 'serious', 'huge', 'real', 'true', 'false', 'wrong', 'right', 'full', 'free', 'hard',
  'easy', 'ready', 'happy', 'best', 'worst', 'better', 'worse', 'excellent', 'terrible', 'difficult', 'likely',
  'unlikely', 'certain', 'sure', 'final', 'major', 'historic', 'modest', 'sharp', 'significant', 'substantial',
  'tiny', 'large', 'long', 'short', 'early', 'late', 'fast', 'slow', 'quick', 'acceptable', 'unacceptable',
  'reasonable', 'unreasonable', 'stable', 'calm', 'tense', 'honest', 'frank', 'open', 'close', 'closer', 'fine',
  'poor', 'rich', 'weak', 'grave', 'urgent', 'vital', 'minor', 'decent', 'solid', 'generous', 'modern', 'necessary',
])

const PRIORITY: ChangeCategory[] = ['negation', 'number', 'modal', 'quantifier', 'adjective', 'content', 'form', 'function']

/** The changes in a diff of source span (a) against quote (b), in reading order. */
export function describeChanges(parts: readonly DiffPart[]): WordChange[] {
  const changes: WordChange[] = []
  let k = 0
  while (k < parts.length) {
    if (parts[k].op === 'equal') {
      k++
      continue
    }
    let deleted = ''
    let inserted = ''
    while (k < parts.length && parts[k].op !== 'equal') {
      if (parts[k].op === 'delete') deleted += parts[k].text
      else inserted += parts[k].text
      k++
    }
    const change = nameChange(deleted, inserted, parts[k]?.text ?? '')
    if (change) changes.push(change)
  }
  return changes
}

function nameChange(deleted: string, inserted: string, following: string): WordChange | null {
  const a = tokeniseWords(deleted)
  const b = tokeniseWords(inserted)
  if (sameForms(a, b)) return null // punctuation, case, spelling, typography
  const aForms = Array.from(a.form, formName)
  const bForms = Array.from(b.form, formName)
  const category = categorise(a, b, aForms, bForms)
  // A side with punctuation only counts as nothing: "and" → "," is a word dropped.
  let source = a.length > 0 ? deleted.trim() : ''
  let quote = b.length > 0 ? inserted.trim() : ''
  if (category === 'negation') {
    // Name the negation itself: "negation added: 'not'".
    const added = bForms.filter((f) => NEGATIONS.has(f) && !aForms.includes(f))
    const dropped = aForms.filter((f) => NEGATIONS.has(f) && !bForms.includes(f))
    source = dropped.length > 0 ? surfaceOf(a, aForms, dropped) : ''
    quote = added.length > 0 ? surfaceOf(b, bForms, added) : ''
  } else if (category === 'adjective' && source && quote && isDegreeOnly(aForms) && isDegreeOnly(bForms)) {
    // "reasonably" → "very" reads better with the word they modify: "reasonably good" → "very good".
    const next = /^\s*([\p{L}\p{N}'’-]+)/u.exec(following)
    if (next) {
      source = `${source} ${next[1]}`
      quote = `${quote} ${next[1]}`
    }
  }
  return { category, source, quote, meaningful: category !== 'form' && category !== 'function' }
}

function sameForms(a: WordSequence, b: WordSequence): boolean {
  if (a.length !== b.length) return false
  for (let i = 0; i < a.length; i++) if (a.form[i] !== b.form[i]) return false
  return true
}

function categorise(a: WordSequence, b: WordSequence, aForms: string[], bForms: string[]): ChangeCategory {
  const looseEqual = a.length === b.length && a.loose.every((id, i) => id === b.loose[i])
  if (looseEqual) return 'form' // an inflection or a listed synonym: "proposals" / "proposal", "ready" / "prepared"
  const found = new Set<ChangeCategory>()
  const aOnly = aForms.filter((f) => !bForms.includes(f))
  const bOnly = bForms.filter((f) => !aForms.includes(f))
  for (const form of [...aOnly, ...bOnly]) {
    if (NEGATIONS.has(form)) found.add('negation')
    else if (/\d/.test(form)) found.add('number')
    else if (MODALS.has(form)) found.add('modal')
    else if (QUANTIFIERS.has(form)) found.add('quantifier')
    else if (DEGREE_WORDS.has(form) || ADJECTIVES.has(form) || ADJECTIVE_ENDING.test(form)) found.add('adjective')
  }
  if (found.size === 0) {
    const contentChanged = [a, b].some((s, side) => {
      const other = side === 0 ? b : a
      for (let i = 0; i < s.length; i++) if (s.content[i] && !other.loose.includes(s.loose[i])) return true
      return false
    })
    return contentChanged ? 'content' : 'function'
  }
  return PRIORITY.find((c) => found.has(c)) ?? 'content'
}

function isDegreeOnly(forms: string[]): boolean {
  return forms.length > 0 && forms.every((f) => DEGREE_WORDS.has(f))
}

/** The written words of a sequence whose forms are listed, joined by spaces. */
function surfaceOf(sequence: WordSequence, forms: string[], wanted: string[]): string {
  const words: string[] = []
  for (let i = 0; i < sequence.length; i++) {
    if (wanted.includes(forms[i])) words.push(sequence.text.slice(sequence.start[i], sequence.end[i]))
  }
  return [...new Set(words)].join(' ')
}

/** One change in words: "modal changed: 'may' → 'will'", "words dropped: 'in this government'". */
export function changeInWords(change: WordChange): string {
  const label = change.category === 'content' || change.category === 'form' || change.category === 'function' ? 'words' : change.category
  if (!change.source) return `${label} added: '${change.quote}'`
  if (!change.quote) return `${label} ${change.category === 'negation' ? 'removed' : 'dropped'}: '${change.source}'`
  return `${label} changed: '${change.source}' → '${change.quote}'`
}
