// Who is speaking where, in a transcript: speech there has no quotation marks, only turn labels
// ("**Yury Korvalev:** …", "DR SOFIA REINHOLT (Director-General, CMA): …", "Q:"). A turn runs
// until the next label, over as many paragraphs as it takes.

export interface TranscriptTurn {
  start: number
  end: number
  /** The speaker's name as the label gives it, in ordinary case, without titles or roles. */
  speaker: string
}

// A label at the start of a line: optional bold or heading marks, a name (with an optional
// parenthesised role), a colon, then the speech.
const LABEL = /^[ \t]*(?:\*\*|__)?([\p{L}][\p{L}\p{M}.'’\- ]{0,60}?)(?:\s*\(([^)\n]{0,80})\))?(?:\*\*|__)?\s*:(?:\*\*|__)?[ \t]+(?=\S)/gmu
const TITLES = /^(?:mr|mrs|ms|mx|dr|prof|professor|sir|dame|president|minister|mayor|senator|judge|the)\.?\s+/i
const NOT_A_NAME = /^(?:q|a|question|answer|note|update|source|photo|editor'?s note|transcript|moderator)$/i
const PARTICLE = /^(?:de|da|di|du|van|von|der|den|bin|al|el|la|le|y)$/

/** A label names a person when every word is capitalised ("Piotr Kowal", "DR SOFIA REINHOLT"), not "The minister said". */
function looksLikeName(name: string): boolean {
  return name.split(/\s+/).every((word) => /^\p{Lu}/u.test(word) || PARTICLE.test(word))
}

function ordinaryCase(name: string): string {
  if (name !== name.toUpperCase()) return name
  return name.toLowerCase().replace(/(^|[\s\-'’])(\p{L})/gu, (_, before: string, letter: string) => before + letter.toUpperCase())
}

/** The turns of a transcript, in order; text before the first label belongs to nobody. */
export function transcriptTurns(text: string): TranscriptTurn[] {
  const labels: { at: number; speaker: string | null }[] = []
  for (const match of text.matchAll(LABEL)) {
    let name = match[1].trim()
    while (TITLES.test(name)) name = name.replace(TITLES, '')
    const role = match[2]?.trim() ?? ''
    // "Moderator (Ilona Marek, …)": the name is inside the parentheses.
    if (NOT_A_NAME.test(name) && role) name = role.split(',')[0].trim()
    const speaker = NOT_A_NAME.test(name) || !looksLikeName(name) || name.split(/\s+/).length > 5 ? null : ordinaryCase(name)
    labels.push({ at: match.index ?? 0, speaker })
  }
  const turns: TranscriptTurn[] = []
  labels.forEach((label, index) => {
    if (!label.speaker) return
    turns.push({ start: label.at, end: labels[index + 1]?.at ?? text.length, speaker: label.speaker })
  })
  return turns
}
