import { basename } from 'node:path'
import { analyseArticle } from '../../core/analyse-article'
import type { ArticleDraft } from '../../core/model'
import { sentences } from '../../core/text/sentences'
import type { ImportOutcome } from '../../shared/api-contract'
import { refreshMatchesForArticle } from '../match/refresh-matches'
import { deleteArticle, type InsertResult, insertArticle } from '../workspace/articles-store'
import { toArticleSummary } from '../workspace/claims-store'
import type { Workspace } from '../workspace/open-workspace'
import { refreshAliasProposals } from '../workspace/speakers-store'
import { writeTransaction } from '../workspace/write-transaction'
import { ImportError } from './import-error'
import { type ArticleMetadata, parseArticleBytes, readArticleFile } from './read-article'

export type ImportProgress = (done: number, total: number, name: string) => void

/**
 * Extracts, stores and matches one article. Extraction runs before the write transaction, so
 * the lock is held only for the inserts; matching (`match: false` defers it, for bulk loads)
 * writes its results in a transaction of its own.
 */
export function storeArticle(workspace: Workspace, draft: ArticleDraft, reviewer: string | null, options: { match?: boolean } = {}): InsertResult {
  const quotes = analyseArticle(draft.text)
  const result = insertArticle(workspace, draft, { quotes, sentences: sentences(draft.text) }, reviewer)
  if (result.status !== 'imported') return result
  try {
    if (quotes.some((quote) => quote.speaker)) writeTransaction(workspace, () => refreshAliasProposals(workspace.db))
    if (options.match !== false) refreshMatchesForArticle(workspace, result.article.id)
  } catch (error) {
    // The import is reported as failed, so the article goes too: left behind without its matches,
    // it would turn the editor's retry into "already imported". (If the lock that stopped matching
    // still holds, the removal fails as well and the article stays.)
    try {
      deleteArticle(workspace, result.article.id, reviewer)
    } catch {
      // The error worth reporting is the first one.
    }
    throw error
  }
  return result
}

/** Imports each file in its own transaction: one bad file is reported and the rest go on. */
export async function importFiles(
  workspace: Workspace,
  paths: string[],
  metadata: ArticleMetadata,
  reviewer: string | null,
  onProgress?: ImportProgress,
): Promise<ImportOutcome[]> {
  return importEach(paths.map((path) => ({ name: basename(path), read: () => readArticleFile(path, metadata) })), workspace, reviewer, onProgress)
}

/** Files whose bytes came with the request (dropped on the window, picked in a browser). */
export async function importUploads(
  workspace: Workspace,
  files: { name: string; bytes: Uint8Array }[],
  metadata: ArticleMetadata,
  reviewer: string | null,
  onProgress?: ImportProgress,
): Promise<ImportOutcome[]> {
  return importEach(files.map((file) => ({ name: basename(file.name), read: () => parseArticleBytes(file.bytes, basename(file.name), metadata) })), workspace, reviewer, onProgress)
}

export function importDraft(workspace: Workspace, name: string, draft: ArticleDraft, reviewer: string | null): ImportOutcome {
  return toOutcome(name, () => storeArticle(workspace, draft, reviewer))
}

async function importEach(
  items: { name: string; read: () => Promise<ArticleDraft> }[],
  workspace: Workspace,
  reviewer: string | null,
  onProgress?: ImportProgress,
): Promise<ImportOutcome[]> {
  const outcomes: ImportOutcome[] = []
  for (const [index, item] of items.entries()) {
    let outcome: ImportOutcome
    try {
      const draft = await item.read()
      outcome = toOutcome(item.name, () => storeArticle(workspace, draft, reviewer))
    } catch (error) {
      outcome = failed(item.name, error)
    }
    outcomes.push(outcome)
    onProgress?.(index + 1, items.length, item.name)
  }
  return outcomes
}

function toOutcome(name: string, store: () => InsertResult): ImportOutcome {
  try {
    const result = store()
    if (result.status === 'duplicate') return { status: 'duplicate', name, existing: result.existing }
    return { status: 'imported', name, article: toArticleSummary(result.article, result.quoteCount) }
  } catch (error) {
    return failed(name, error)
  }
}

function failed(name: string, error: unknown): ImportOutcome {
  if (error instanceof ImportError) return { status: 'failed', name, error: error.message }
  return { status: 'failed', name, error: `${name}: ${error instanceof Error ? error.message : String(error)}` }
}
