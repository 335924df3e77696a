import Database from 'better-sqlite3'
import { storeArticle } from '../main/import/import-articles'
import { readArticleFile, type ArticleMetadata } from '../main/import/read-article'
import { listClaims } from '../main/workspace/claims-store'
import { closeWorkspace, openMemoryWorkspace, openWorkspace, type Workspace } from '../main/workspace/open-workspace'

/** One entry of `verbatim quotes --json` (and of `check --json`'s "articles"). */
export interface QuotesEntry {
  file: string | null
  id: string
  title: string | null
  quotes: {
    id: string
    text: string
    start: number
    end: number
    kind: string
    speaker: string | null
    mention: string | null
    cue: string | null
    utterance: string
  }[]
}

/**
 * The workspace a file-analysing command works in: a temporary one in memory, or an in-memory
 * copy of the --db file (so nothing is written to it unless the command says so), or the file itself.
 */
export function analysisWorkspace(db: string | undefined, mode: 'copy' | 'write' = 'copy'): Workspace {
  if (!db) return openMemoryWorkspace()
  if (mode === 'write') return openWorkspace(db, { create: true })
  const file = openWorkspace(db, { readOnly: true })
  try {
    const copy = new Database(file.db.serialize())
    copy.pragma('foreign_keys = ON')
    return { db: copy, path: db, readOnly: false, backupPath: null, sessionId: file.sessionId }
  } finally {
    closeWorkspace(file)
  }
}

/** Imports the files (a file already in the workspace is found by its content), returning each one's article id. */
export async function addFiles(workspace: Workspace, files: string[], metadata: ArticleMetadata = {}): Promise<Map<string, string>> {
  const ids = new Map<string, string>()
  for (const file of files) {
    const draft = await readArticleFile(file, metadata)
    const result = storeArticle(workspace, draft, null)
    ids.set(file, result.status === 'imported' ? result.article.id : result.existing.id)
  }
  return ids
}

export function quotesEntry(workspace: Workspace, articleId: string, file: string | null): QuotesEntry {
  const title = (workspace.db.prepare('SELECT title FROM articles WHERE id = ?').get(articleId) as { title: string | null } | undefined)?.title ?? null
  return {
    file,
    id: articleId,
    title,
    quotes: listClaims(workspace, { articleId }).map(({ quote }) => ({
      id: quote.id,
      text: quote.text,
      start: quote.start,
      end: quote.end,
      kind: quote.kind,
      speaker: quote.speaker,
      mention: quote.mention,
      cue: quote.cue,
      utterance: quote.utteranceId,
    })),
  }
}
