import { Argument, type Command } from 'commander'
import { VERDICT_STATUSES, type Evidence, type VerdictStatus } from '../../core/model'
import { resolveVerdicts } from '../../core/verdict/resolve-verdicts'
import { matchesByQuote } from '../../main/workspace/claims-store'
import { WorkspaceError } from '../../main/workspace/errors'
import { closeWorkspace, openWorkspace, type Workspace } from '../../main/workspace/open-workspace'
import { appendVerdict, listVerdicts } from '../../main/workspace/verdicts-store'
import { formatTable, printJson, style } from '../output'
import { reviewerFor } from '../reviewer-option'

export function registerVerdictCommands(program: Command): void {
  program
    .command('verdict')
    .description('record a verdict on a quote (appended to its history; concurrent different verdicts are flagged as a conflict)')
    .argument('<quote-id>', 'the quote, as `verbatim quotes` lists it')
    .addArgument(new Argument('<status>', 'the verdict').choices(VERDICT_STATUSES))
    .requiredOption('--db <file>', 'the workspace file')
    .option('--note <text>', 'why')
    .option('--evidence <source>', 'the source: a quote id, or an article id (its best matching passage)')
    .option('--reviewer <name>', 'who decides (default: $VERBATIM_REVIEWER or your saved name)')
    .option('--json', 'print the claim’s state as JSON')
    .action((quoteId: string, status: VerdictStatus, options: { db: string; note?: string; evidence?: string; reviewer?: string; json?: boolean }) => {
      const reviewer = reviewerFor(options.reviewer)
      if (!reviewer) throw new Error('say who decides: --reviewer <name> (or set VERBATIM_REVIEWER)')
      const workspace = openWorkspace(options.db)
      try {
        // Like the app, the command replaces the verdicts standing when it looked.
        const { heads } = resolveVerdicts(listVerdicts(workspace.db, quoteId))
        const evidence = options.evidence ? findEvidence(workspace, quoteId, options.evidence) : null
        const verdict = appendVerdict(workspace, { quoteId, status, note: options.note, evidence, supersedes: heads.map((h) => h.id), reviewer })
        const state = resolveVerdicts(listVerdicts(workspace.db, quoteId))
        if (options.json) printJson({ verdict, current: state.current, conflict: state.conflict, heads: state.heads })
        else console.log(`${quoteId}: ${status} by ${reviewer}${state.conflict ? style.red(' — conflict: another reviewer decided differently at the same time') : ''}`)
      } finally {
        closeWorkspace(workspace)
      }
    })

  program
    .command('history')
    .description('show every verdict a quote has had, and whether it is in conflict')
    .argument('<quote-id>', 'the quote')
    .requiredOption('--db <file>', 'the workspace file')
    .option('--json', 'print as JSON')
    .action((quoteId: string, options: { db: string; json?: boolean }) => {
      const workspace = openWorkspace(options.db, { readOnly: true })
      try {
        const exists = workspace.db.prepare('SELECT 1 FROM quotes WHERE id = ?').get(quoteId)
        if (!exists) throw new WorkspaceError('not-found', `There is no quote ${quoteId} in this workspace.`)
        const history = listVerdicts(workspace.db, quoteId)
        const state = resolveVerdicts(history)
        if (options.json) {
          printJson({ quote: quoteId, history, current: state.current, conflict: state.conflict, heads: state.heads.map((h) => h.id) })
          return
        }
        if (history.length === 0) {
          console.log(`${quoteId} has no verdict yet.`)
          return
        }
        console.log(
          formatTable(
            ['time', 'reviewer', 'verdict', 'note', 'replaces'],
            history.map((v) => [v.createdAt, v.reviewer, v.status, v.note, v.supersedes.map((id) => id.slice(0, 8)).join(' ')]),
          ),
        )
        console.log(state.conflict ? style.red(`\nConflict: ${state.heads.map((h) => `${h.reviewer} says ${h.status}`).join('; ')}.`) : `\nCurrent: ${state.current?.status ?? 'open'}.`)
      } finally {
        closeWorkspace(workspace)
      }
    })
}

function findEvidence(workspace: Workspace, quoteId: string, source: string): Evidence {
  const { db } = workspace
  const sourceQuote = db.prepare('SELECT article_id, start, end, text FROM quotes WHERE id = ?').get(source) as { article_id: string; start: number; end: number; text: string } | undefined
  if (sourceQuote) return { article: sourceQuote.article_id, quote: source, start: sourceQuote.start, end: sourceQuote.end, text: sourceQuote.text }
  const best = (matchesByQuote(db, [quoteId]).get(quoteId) ?? []).find((match) => match.source.article === source)
  if (best) return { article: source, quote: best.source.quote, start: best.source.start, end: best.source.end, text: best.source.text }
  throw new WorkspaceError('invalid-input', `--evidence ${source} is neither a quote nor an article where this quote was found.`)
}
