// Whether a quote and a source passage are attributed to the same speaker. Names arrive as the
// canonical names attribution produced; the workspace's alias table (Yury = Yuri) is applied
// before this, so here we only forgive spelling-level differences.
import { comparableForm } from './comparable-form'

/** Words before a name that say what someone is, not who ("Dr Sofia Reinholt", "the Kremlin"). */
const TITLES = new Set([
  'the', 'mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'doctor', 'prof', 'professor', 'sir', 'dame', 'lord', 'lady',
  'rev', 'reverend', 'president', 'minister', 'prime', 'senator', 'judge', 'mayor', 'general', 'gen', 'col',
  'captain', 'capt', 'chancellor', 'governor', 'gov', 'rep', 'representative', 'secretary', 'chief', 'st',
])

function nameWords(name: string): string[] {
  const words = name
    .split(/[\s\u00A0.,'’-]+/)
    .filter((w) => w.length > 0)
    .map(comparableForm)
  let first = 0
  while (first < words.length - 1 && TITLES.has(words[first])) first++
  return words.slice(first)
}

/**
 * true: the same speaker; false: different speakers; null: one side has no speaker.
 * "Ana Méndez" = "Ana Mendez" = "A. Mendez" = "Mendez"; "Yury Ushakov" = "Yuri Ushakov";
 * "the Kremlin" = "Kremlin"; "DR SOFIA REINHOLT" = "Sofia Reinholt"; "Ana Mendez" ≠ "Piotr Kowal".
 */
export function speakersAgree(quoteSpeaker: string | null, sourceSpeaker: string | null): boolean | null {
  if (!quoteSpeaker || !sourceSpeaker) return null
  const a = nameWords(quoteSpeaker)
  const b = nameWords(sourceSpeaker)
  if (a.length === 0 || b.length === 0) return null
  if (a.join(' ') === b.join(' ')) return true
  if (a[a.length - 1] !== b[b.length - 1]) return false
  if (a.length === 1 || b.length === 1) return true
  // Same surname: the given names must at least start alike (Yury / Yuri, A. / Ana).
  return a[0][0] === b[0][0]
}
