import type { MergeSummary } from '../../shared/api-contract'
import { resolveVerdicts } from '../../core/verdict/resolve-verdicts'
import { appendChange } from './change-log'
import { WorkspaceError } from './errors'
import { closeWorkspace, openWorkspace, type Workspace } from './open-workspace'
import { refreshAliasProposals } from './speakers-store'
import { listVerdicts } from './verdicts-store'
import { writeTransaction } from './write-transaction'

/**
 * Brings another copy of a workspace (taken offline) into this one: articles, quotes, speakers,
 * alias decisions and verdict histories. Ids are content hashes and UUIDs, so rows already here
 * are skipped and merging the same copy twice changes nothing. Verdicts made on both sides
 * from one earlier state come out as conflicts, exactly as if made on one shared file.
 */
export function mergeWorkspace(ours: Workspace, theirsPath: string, reviewer: string): MergeSummary {
  if (ours.path === theirsPath) throw new WorkspaceError('invalid-input', 'A workspace cannot be merged into itself.')
  // Opening checks it is a workspace of a version we read, without changing it.
  closeWorkspace(openWorkspace(theirsPath, { readOnly: true }))
  const { db } = ours
  db.prepare('ATTACH DATABASE ? AS theirs').run(theirsPath)
  try {
    return writeTransaction(ours, () => {
      const articles = db
        .prepare(
          `INSERT INTO articles SELECT * FROM theirs.articles t
           WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.id = t.id OR a.content_hash = t.content_hash)`,
        )
        .run().changes
      db.prepare('INSERT INTO speakers SELECT * FROM theirs.speakers t WHERE true ON CONFLICT DO NOTHING').run()
      // Speakers are keyed by name: theirs may have the same person under another id.
      const speakerOf = `(SELECT s.id FROM speakers s WHERE s.name_key = (SELECT ts.name_key FROM theirs.speakers ts WHERE ts.id = t.speaker_id))`
      const quotes = db
        .prepare(
          `INSERT INTO quotes (id, article_id, ordinal, start, end, text, kind, utterance_id, speaker_id, speaker_mention, cue)
           SELECT t.id, t.article_id, t.ordinal, t.start, t.end, t.text, t.kind, t.utterance_id, ${speakerOf}, t.speaker_mention, t.cue
           FROM theirs.quotes t WHERE t.article_id IN (SELECT id FROM articles) AND true
           ON CONFLICT DO NOTHING`,
        )
        .run().changes
      if (articles > 0) reindexNewPassages(ours)
      db.prepare(
        `INSERT INTO matches SELECT * FROM theirs.matches t
         WHERE t.quote_id IN (SELECT id FROM quotes) AND t.source_article_id IN (SELECT id FROM articles)
           AND (t.source_quote_id IS NULL OR t.source_quote_id IN (SELECT id FROM quotes))
         ON CONFLICT DO NOTHING`,
      ).run()
      const verdicts = db
        .prepare(
          `INSERT INTO verdicts SELECT * FROM theirs.verdicts t WHERE t.quote_id IN (SELECT id FROM quotes) AND true
           ON CONFLICT DO NOTHING`,
        )
        .run().changes
      db.prepare(
        `INSERT INTO verdict_supersedes SELECT * FROM theirs.verdict_supersedes t
         WHERE t.verdict_id IN (SELECT id FROM verdicts) AND t.superseded_id IN (SELECT id FROM verdicts) AND true
         ON CONFLICT DO NOTHING`,
      ).run()
      db.prepare(
        `INSERT INTO reviewers SELECT * FROM theirs.reviewers t WHERE true
         ON CONFLICT (name) DO UPDATE SET first_seen_at = min(first_seen_at, excluded.first_seen_at), last_seen_at = max(last_seen_at, excluded.last_seen_at)
         WHERE excluded.first_seen_at < first_seen_at OR excluded.last_seen_at > last_seen_at`,
      ).run()
      // An editor's decision on an alias wins over a proposal; between two decisions, the later one.
      const speakerDecisions = db
        .prepare(
          `INSERT INTO speaker_links (from_id, to_id, score, reason, status, decided_by, decided_at)
           SELECT f.id, tt.id, t.score, t.reason, t.status, t.decided_by, t.decided_at
           FROM theirs.speaker_links t
           JOIN theirs.speakers tf ON tf.id = t.from_id JOIN speakers f ON f.name_key = tf.name_key
           JOIN theirs.speakers tto ON tto.id = t.to_id JOIN speakers tt ON tt.name_key = tto.name_key
           WHERE f.id <> tt.id
           ON CONFLICT (from_id, to_id) DO UPDATE SET status = excluded.status, decided_by = excluded.decided_by, decided_at = excluded.decided_at
           WHERE excluded.decided_at IS NOT NULL AND (decided_at IS NULL OR excluded.decided_at > decided_at)`,
        )
        .run().changes
      if (quotes > 0) refreshAliasProposals(db)

      const touched = db
        .prepare('SELECT DISTINCT quote_id FROM verdicts WHERE id IN (SELECT id FROM theirs.verdicts)')
        .all() as { quote_id: string }[]
      const conflicts = touched.filter((row) => resolveVerdicts(listVerdicts(db, row.quote_id)).conflict).length
      const summary: MergeSummary = { articles, quotes, verdicts, speakerDecisions, conflicts }
      if (articles + quotes + verdicts + speakerDecisions > 0) {
        appendChange(ours, {
          reviewer,
          kind: 'merge',
          subject: null,
          summary: `merged a copy: ${articles} articles, ${verdicts} verdicts${conflicts ? `, ${conflicts} conflicts to settle` : ''}`,
        })
      }
      return summary
    })
  } finally {
    db.prepare('DETACH DATABASE theirs').run()
  }
}

/** Passages are offsets into article text; merged articles get theirs copied and indexed here. */
function reindexNewPassages(ours: Workspace): void {
  const { db } = ours
  const rows = db
    .prepare(
      `SELECT t.article_id, t.quote_id, t.start, t.end, a.text FROM theirs.passages t JOIN articles a ON a.id = t.article_id
       WHERE NOT EXISTS (SELECT 1 FROM passages p WHERE p.article_id = t.article_id)
         AND (t.quote_id IS NULL OR t.quote_id IN (SELECT id FROM quotes))`,
    )
    .all() as { article_id: string; quote_id: string | null; start: number; end: number; text: string }[]
  const insert = db.prepare('INSERT INTO passages (article_id, quote_id, start, end) VALUES (?, ?, ?, ?)')
  const index = db.prepare('INSERT INTO passages_fts (rowid, text) VALUES (?, ?)')
  for (const row of rows) {
    const { lastInsertRowid } = insert.run(row.article_id, row.quote_id, row.start, row.end)
    index.run(lastInsertRowid, row.text.slice(row.start, row.end))
  }
}
