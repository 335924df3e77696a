// The desk is driven from the keyboard. One table: the key, what it does, and how it is explained
// in the "?" list, so the list can never disagree with what the keys do.

export type ShortcutAction =
  | 'next'
  | 'previous'
  | 'open'
  | 'verified'
  | 'disputed'
  | 'unverifiable'
  | 'note'
  | 'undo'
  | 'next-source'
  | 'previous-source'
  | 'history'
  | 'search'
  | 'import'
  | 'articles'
  | 'claims'
  | 'speakers'
  | 'help'

export interface Shortcut {
  keys: string[]
  action: ShortcutAction
  description: string
  group: 'Move' | 'Decide' | 'Go to'
}

export const SHORTCUTS: Shortcut[] = [
  { keys: ['j'], action: 'next', description: 'Next claim', group: 'Move' },
  { keys: ['k'], action: 'previous', description: 'Previous claim', group: 'Move' },
  { keys: ['Enter', 'o'], action: 'open', description: 'Open the selected article, or the claim in its article', group: 'Move' },
  { keys: [']'], action: 'next-source', description: 'Next candidate source', group: 'Move' },
  { keys: ['['], action: 'previous-source', description: 'Previous candidate source', group: 'Move' },
  { keys: ['v'], action: 'verified', description: 'Mark verified (citing the source shown)', group: 'Decide' },
  { keys: ['d'], action: 'disputed', description: 'Mark disputed (citing the source shown)', group: 'Decide' },
  { keys: ['u'], action: 'unverifiable', description: 'Mark unverifiable', group: 'Decide' },
  { keys: ['n'], action: 'note', description: 'Write a note (Esc to leave the field; the note goes with the next verdict)', group: 'Decide' },
  { keys: ['z'], action: 'undo', description: 'Undo your last verdict', group: 'Decide' },
  { keys: ['h'], action: 'history', description: 'Show or hide the claim’s history', group: 'Decide' },
  { keys: ['/'], action: 'search', description: 'Search claims', group: 'Go to' },
  { keys: ['1'], action: 'articles', description: 'Articles', group: 'Go to' },
  { keys: ['2'], action: 'claims', description: 'Claims', group: 'Go to' },
  { keys: ['3'], action: 'speakers', description: 'Speakers', group: 'Go to' },
  { keys: ['i'], action: 'import', description: 'Import articles', group: 'Go to' },
  { keys: ['?'], action: 'help', description: 'This list of shortcuts', group: 'Go to' },
]

const BY_KEY = new Map(SHORTCUTS.flatMap((shortcut) => shortcut.keys.map((key) => [key, shortcut.action] as const)))

interface KeyInput {
  key: string
  ctrlKey: boolean
  metaKey: boolean
  altKey: boolean
  target: EventTarget | null
}

/** The action a key press asks for, or null when it belongs to a field, a button or the browser. */
export function shortcutFor(event: KeyInput): ShortcutAction | null {
  if (event.ctrlKey || event.metaKey || event.altKey) return null
  if (isTypingTarget(event.target)) return null
  // Enter on a button or link activates that control, not the selection.
  if (event.key === 'Enter' && isActivatable(event.target)) return null
  return BY_KEY.get(event.key) ?? null
}

export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false
  if (target.isContentEditable) return true
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true
  if (target instanceof HTMLInputElement) return !['checkbox', 'radio', 'button', 'submit', 'reset', 'file'].includes(target.type)
  return false
}

function isActivatable(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && target.closest('button, a[href], summary, [role="button"], input, select, textarea') !== null
}
