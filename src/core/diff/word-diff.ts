// A word-by-word comparison of a source span (a) and a quote (b) for display, computed by jsdiff
// with a bound on edit length and time: two unrelated long texts must not freeze the app.
import { diffWords } from 'diff'
import type { DiffPart, WordDiff } from '../model'

export interface WordDiffOptions {
  /** Most words and punctuation marks that may differ before giving up. */
  maxEditLength?: number
  /** Most milliseconds to spend before giving up. */
  timeoutMs?: number
}

export const DEFAULT_MAX_EDIT_LENGTH = 400
export const DEFAULT_TIMEOUT_MS = 200

/**
 * Compare a with b word by word, case and punctuation included (what the reader sees).
 * "delete" is in a but not in b; "insert" is in b but not in a; "equal" parts carry b's text.
 * Parts keep the original words and, as far as jsdiff can, their spacing.
 */
export function wordDiff(a: string, b: string, opts: WordDiffOptions = {}): WordDiff {
  const maxEditLength = opts.maxEditLength ?? DEFAULT_MAX_EDIT_LENGTH
  const timeout = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS
  const began = Date.now()
  const changes = diffWords(a, b, { maxEditLength, timeout })
  if (changes === undefined) {
    const reason =
      Date.now() - began >= timeout
        ? `comparing the texts took longer than ${timeout} ms; too large to show word by word`
        : `the texts differ in more than ${maxEditLength} words; too large to show word by word`
    return { ok: false, reason }
  }
  const parts: DiffPart[] = []
  for (const change of changes) {
    if (change.value === '') continue
    const op = change.added ? 'insert' : change.removed ? 'delete' : 'equal'
    const last = parts[parts.length - 1]
    if (last && last.op === op) last.text += change.value
    else parts.push({ op, text: change.value })
  }
  return { ok: true, parts }
}
