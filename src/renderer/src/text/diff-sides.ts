// A word diff runs from the source to the quote as published: `delete` parts are the source's
// words the article dropped or changed, `insert` parts are the article's words the source lacks.
// Each side of the side-by-side view shows its own words, with its differences marked.
import type { DiffPart } from '../../../core/model'

export type DiffSide = 'article' | 'source'

export interface SidePart {
  text: string
  changed: boolean
}

export function diffSide(parts: readonly DiffPart[], side: DiffSide): SidePart[] {
  const own = side === 'article' ? 'insert' : 'delete'
  const result: SidePart[] = []
  for (const part of parts) {
    if (part.op !== 'equal' && part.op !== own) continue
    const changed = part.op === own
    const last = result.at(-1)
    if (last && last.changed === changed) last.text += part.text
    else result.push({ text: part.text, changed })
  }
  return result
}

export interface WordChange {
  /** Words of the source, '' when the article added words. */
  from: string
  /** Words of the article, '' when the article dropped words. */
  to: string
}

/** The differences as a list an editor can read: replaced, dropped and added words. */
export function wordChanges(parts: readonly DiffPart[]): WordChange[] {
  const changes: WordChange[] = []
  let pending: WordChange | null = null
  for (const part of parts) {
    if (part.op === 'equal') {
      if (part.text.trim() === '' && pending) continue
      if (pending) changes.push(pending)
      pending = null
      continue
    }
    pending ??= { from: '', to: '' }
    if (part.op === 'delete') pending.from = join(pending.from, part.text)
    else pending.to = join(pending.to, part.text)
  }
  if (pending) changes.push(pending)
  return changes
    .map((change) => ({ from: change.from.trim(), to: change.to.trim() }))
    .filter((change) => change.from !== '' || change.to !== '')
}

function join(a: string, b: string): string {
  return a === '' ? b : `${a.trimEnd()} ${b.trimStart()}`
}
