import { randomUUID } from 'node:crypto'
import { hostname } from 'node:os'
import { basename, resolve } from 'node:path'
import type { ApiEvent, ApiHandlers, ReportFile, SessionInfo, WorkspaceInfo } from '../../shared/api-contract'
import { importDraft, importFiles, importUploads } from '../import/import-articles'
import { articleFromPaste } from '../import/read-article'
import { buildReport } from '../report/build-report'
import { readUserSettings, type UserSettings, withRecentWorkspace, writeUserSettings } from '../settings/user-settings'
import { countArticles, deleteArticle } from '../workspace/articles-store'
import { listChanges } from '../workspace/change-log'
import { getClaim, listArticleSummaries, listClaims } from '../workspace/claims-store'
import { WorkspaceError, classifySqliteError } from '../workspace/errors'
import { mergeWorkspace } from '../workspace/merge-workspace'
import { closeWorkspace, openWorkspace, type Workspace } from '../workspace/open-workspace'
import { heartbeat, leave, listPresence } from '../workspace/presence-store'
import { decideAlias, listAliasProposals, listSpeakers, renameSpeaker } from '../workspace/speakers-store'
import { appendVerdict, withdrawLatestVerdict } from '../workspace/verdicts-store'
import { watchWorkspace, type WorkspaceWatch } from '../workspace/watch-workspace'
import { writeTransaction } from '../workspace/write-transaction'
import { getArticle } from '../workspace/articles-store'

/** What only the desktop shell can do: the system's dialogs. Browser mode has none. */
export interface NativeDialogs {
  chooseWorkspace(mode: 'open' | 'create'): Promise<string | null>
  chooseImportFiles(): Promise<string[]>
  saveFile(suggestedName: string, content: Buffer): Promise<string | null>
  /** Renders HTML to PDF (Electron's printToPDF); absent where no browser engine is at hand. */
  printToPdf?(html: string): Promise<Buffer>
}

export interface ApiHostOptions {
  /** The user's settings file (reviewer name, recent workspaces). */
  settingsPath: string
  /** A workspace to open at start. */
  workspacePath?: string
  createWorkspace?: boolean
  dialogs?: NativeDialogs
  /** Renders HTML to PDF when no dialogs provide it (headless Chromium in the CLI). */
  printToPdf?: (html: string) => Promise<Buffer>
  heartbeatMs?: number
  pollMs?: number
}

export interface ApiHost {
  handlers: ApiHandlers
  onEvent(listener: (event: ApiEvent) => void): () => void
  close(): void
}

const HEARTBEAT_MS = 20_000

/**
 * The API implementation, once, for every transport: it holds the open workspace and the
 * user's settings, answers the contract's methods, and pushes events (others' changes,
 * presence, the file going missing) to whoever listens.
 */
export function createApiHost(options: ApiHostOptions): ApiHost {
  const listeners = new Set<(event: ApiEvent) => void>()
  const emit = (event: ApiEvent) => {
    for (const listener of listeners) listener(event)
  }
  const sessionId = randomUUID()
  let settings: UserSettings = readUserSettings(options.settingsPath)
  let workspace: Workspace | null = null
  let watch: WorkspaceWatch | null = null
  let heartbeatTimer: NodeJS.Timeout | null = null

  const saveSettings = (next: UserSettings) => {
    settings = next
    writeUserSettings(options.settingsPath, settings)
  }

  const requireWorkspace = (): Workspace => {
    if (!workspace) throw new WorkspaceError('invalid-input', 'Open or create a workspace first.')
    return workspace
  }
  const requireReviewer = (): string => {
    if (!settings.reviewer) throw new WorkspaceError('invalid-input', 'Enter your reviewer name first, so your decisions carry it.')
    return settings.reviewer
  }

  const info = (ws: Workspace): WorkspaceInfo => ({
    path: ws.path,
    name: basename(ws.path).replace(/\.verbatim$/, ''),
    readOnly: ws.readOnly,
    backupPath: ws.backupPath,
    articleCount: countArticles(ws),
  })

  const session = (): SessionInfo => ({
    workspace: workspace ? info(workspace) : null,
    reviewer: settings.reviewer,
    recentWorkspaces: settings.recentWorkspaces,
    nativeDialogs: options.dialogs !== undefined,
  })

  const beat = () => {
    if (!workspace || workspace.readOnly || !settings.reviewer) return
    const ws = workspace
    const reviewer = settings.reviewer
    try {
      writeTransaction(ws, () => heartbeat(ws.db, sessionId, reviewer, hostname()))
      emit({ type: 'presence', presence: listPresence(ws.db, sessionId) })
    } catch {
      // A missed heartbeat only makes us look absent for a moment; the watcher reports real trouble.
    }
  }

  const detach = () => {
    watch?.stop()
    watch = null
    if (heartbeatTimer) clearInterval(heartbeatTimer)
    heartbeatTimer = null
    if (workspace) {
      const ws = workspace
      try {
        if (!ws.readOnly) writeTransaction(ws, () => leave(ws.db, sessionId))
      } catch {
        // Leaving is a courtesy; the row goes stale on its own.
      }
      closeWorkspace(ws)
    }
    workspace = null
  }

  const attach = (path: string, create: boolean): WorkspaceInfo => {
    const absolute = resolve(path)
    const opened = openWorkspace(absolute, { create })
    detach()
    workspace = opened
    saveSettings(withRecentWorkspace(settings, absolute))
    watch = watchWorkspace(
      opened,
      {
        onChanges: (changes) => emit({ type: 'changed', changes }),
        onStatus: (status, message) => emit({ type: 'workspace-status', status, message }),
      },
      options.pollMs,
    )
    if (opened.readOnly) {
      emit({ type: 'workspace-status', status: 'read-only', message: `${absolute} is read-only: you can read and export, but not save verdicts.` })
    }
    beat()
    heartbeatTimer = setInterval(beat, options.heartbeatMs ?? HEARTBEAT_MS)
    heartbeatTimer.unref?.()
    return info(opened)
  }

  if (options.workspacePath) attach(options.workspacePath, options.createWorkspace ?? true)

  const progress = (done: number, total: number, name: string) => emit({ type: 'import-progress', done, total, name })

  const handlers: ApiHandlers = {
    getSession: () => session(),
    setReviewer: ({ name }) => {
      saveSettings({ ...settings, reviewer: name })
      beat()
      return session()
    },
    openWorkspace: ({ path, create }) => attach(path, create ?? false),
    chooseWorkspace: async ({ mode }) => {
      if (!options.dialogs) throw new WorkspaceError('invalid-input', 'Type the workspace path: this window has no file dialogs.')
      const path = await options.dialogs.chooseWorkspace(mode)
      return path ? attach(path, mode === 'create') : null
    },
    closeWorkspace: () => {
      detach()
      return session()
    },

    importFiles: ({ paths, ...metadata }) => importFiles(requireWorkspace(), paths, metadata, settings.reviewer, progress),
    importUploads: ({ files, ...metadata }) =>
      importUploads(
        requireWorkspace(),
        files.map((file) => ({ name: file.name, bytes: Buffer.from(file.base64, 'base64') })),
        metadata,
        settings.reviewer,
        progress,
      ),
    importPaste: ({ text, ...metadata }) => {
      const ws = requireWorkspace()
      try {
        return importDraft(ws, metadata.title || 'Pasted text', articleFromPaste(text, metadata), settings.reviewer)
      } catch (error) {
        return { status: 'failed', name: metadata.title || 'Pasted text', error: (error as Error).message }
      }
    },
    chooseImportFiles: async () => {
      if (!options.dialogs) throw new WorkspaceError('invalid-input', 'This window has no file dialogs: drop files on it or use the file picker.')
      return options.dialogs.chooseImportFiles()
    },
    listArticles: () => listArticleSummaries(requireWorkspace()),
    getArticle: ({ id }) => {
      const ws = requireWorkspace()
      const article = getArticle(ws, id)
      if (!article) throw new WorkspaceError('not-found', `There is no article ${id} in this workspace.`)
      return { article, claims: listClaims(ws, { articleId: id }) }
    },
    deleteArticle: ({ id }) => ({ deleted: deleteArticle(requireWorkspace(), id, settings.reviewer) }),

    listClaims: (filter) => listClaims(requireWorkspace(), filter),
    getClaim: ({ quoteId }) => getClaim(requireWorkspace(), quoteId),
    giveVerdict: ({ quoteId, status, note, evidence, supersedes }) => {
      const ws = requireWorkspace()
      appendVerdict(ws, { quoteId, status, note, evidence, supersedes, reviewer: requireReviewer() })
      return getClaim(ws, quoteId)
    },
    undoVerdict: ({ quoteId }) => {
      const ws = requireWorkspace()
      const withdrawn = withdrawLatestVerdict(ws, quoteId, requireReviewer())
      if (!withdrawn) throw new WorkspaceError('invalid-input', 'You have no standing verdict on this claim to undo.')
      return getClaim(ws, quoteId)
    },

    listSpeakers: () => listSpeakers(requireWorkspace()),
    listAliasProposals: () => listAliasProposals(requireWorkspace()),
    decideAlias: ({ from, to, decision }) => {
      const ws = requireWorkspace()
      decideAlias(ws, from, to, decision, requireReviewer())
      return listAliasProposals(ws)
    },
    renameSpeaker: ({ id, name }) => {
      const ws = requireWorkspace()
      renameSpeaker(ws, id, name, requireReviewer())
      return listSpeakers(ws)
    },

    exportReport: async ({ save, ...request }) => {
      const ws = requireWorkspace()
      const report = await buildReport(ws, request, { printToPdf: options.dialogs?.printToPdf ?? options.printToPdf })
      const file: ReportFile = {
        fileName: report.fileName,
        mimeType: report.mimeType,
        content: report.bytes.toString(report.encoding),
        encoding: report.encoding,
        savedTo: null,
      }
      if (save && options.dialogs) file.savedTo = await options.dialogs.saveFile(report.fileName, report.bytes)
      return file
    },
    listChanges: ({ after }) => listChanges(requireWorkspace().db, after),
    listPresence: () => listPresence(requireWorkspace().db, sessionId),
    mergeWorkspace: ({ path }) => mergeWorkspace(requireWorkspace(), resolve(path), requireReviewer()),
  }

  return {
    handlers: inWords(handlers, () => workspace?.path ?? 'the workspace'),
    onEvent(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    close() {
      detach()
      listeners.clear()
    },
  }
}

/** SQLite's conditions a person can act on: the file is busy, damaged, read-only or gone. */
const SQLITE_CONDITIONS = /^SQLITE_(BUSY|LOCKED|CORRUPT|NOTADB|READONLY|CANTOPEN|IOERR)/

/**
 * Writes classify their failures themselves (writeTransaction); a read can fail the same ways
 * (another process holding the lock past the busy timeout, a damaged page), so every method's
 * SQLite failure reaches the transports as a WorkspaceError in words. Sync methods stay sync.
 */
function inWords(handlers: ApiHandlers, path: () => string): ApiHandlers {
  const classify = (error: unknown) => {
    const code = (error as { code?: unknown } | null)?.code
    return typeof code === 'string' && SQLITE_CONDITIONS.test(code) ? classifySqliteError(error, path()) : error
  }
  const wrapped: Record<string, (input: unknown) => unknown> = {}
  for (const [name, handler] of Object.entries(handlers) as [string, (input: unknown) => unknown][]) {
    wrapped[name] = (input) => {
      try {
        const answer = handler(input)
        return answer instanceof Promise ? answer.catch((error: unknown) => Promise.reject(classify(error))) : answer
      } catch (error) {
        throw classify(error)
      }
    }
  }
  return wrapped as ApiHandlers
}
