import { Option, type Command } from 'commander'
import cliProgress from 'cli-progress'
import { readdirSync, statSync } from 'node:fs'
import { extname, join } from 'node:path'
import { ARTICLE_ROLES, type ArticleRole } from '../../core/model'
import { importFiles } from '../../main/import/import-articles'
import { IMPORTABLE_EXTENSIONS } from '../../main/import/read-article'
import { closeWorkspace, openWorkspace } from '../../main/workspace/open-workspace'
import { printJson, style } from '../output'

/** Files named on the command line, with folders opened to the importable files inside them. */
export function expandPaths(paths: string[]): string[] {
  return paths.flatMap((path) => {
    let isFolder = false
    try {
      isFolder = statSync(path).isDirectory()
    } catch {
      return [path] // reported as unreadable by the importer, in its turn
    }
    if (!isFolder) return [path]
    return readdirSync(path, { recursive: true, encoding: 'utf8' })
      .filter((name) => IMPORTABLE_EXTENSIONS.includes(extname(name).toLowerCase()))
      .sort()
      .map((name) => join(path, name))
  })
}

export function registerImportCommand(program: Command): void {
  program
    .command('import')
    .description('import articles (.txt, .md, .html, .docx, or folders of them) into a workspace')
    .argument('<files...>', 'article files or folders')
    .requiredOption('--db <file>', 'the workspace file (created if it does not exist)')
    .addOption(new Option('--role <role>', 'what the articles are').choices(ARTICLE_ROLES).default('source'))
    .option('--outlet <name>', 'the outlet that published them')
    .option('--reviewer <name>', 'who is importing (recorded with each article)')
    .option('--json', 'print the results as JSON')
    .action(async (files: string[], options: { db: string; role: ArticleRole; outlet?: string; reviewer?: string; json?: boolean }) => {
      const paths = expandPaths(files)
      const workspace = openWorkspace(options.db, { create: true })
      const bar =
        process.stderr.isTTY && paths.length > 1 && !options.json
          ? new cliProgress.SingleBar({ format: 'importing [{bar}] {value}/{total} {name}', stream: process.stderr, hideCursor: true }, cliProgress.Presets.shades_classic)
          : null
      bar?.start(paths.length, 0, { name: '' })
      try {
        const outcomes = await importFiles(workspace, paths, { role: options.role, outlet: options.outlet }, options.reviewer ?? null, (done, _total, name) =>
          bar?.update(done, { name }),
        )
        bar?.stop()
        if (options.json) printJson({ results: outcomes })
        else {
          for (const outcome of outcomes) {
            if (outcome.status === 'imported') console.log(`${style.green('imported')}   ${outcome.name} → ${outcome.article.id} ${outcome.article.title ?? ''}`)
            else if (outcome.status === 'duplicate') console.log(`${style.yellow('duplicate')}  ${outcome.name} (already in the workspace as ${outcome.existing.id})`)
            else console.log(`${style.red('failed')}     ${outcome.error}`)
          }
        }
        const failed = outcomes.filter((outcome) => outcome.status === 'failed')
        if (failed.length > 0) {
          process.exitCode = 1
          if (!options.json) console.error(`verbatim: ${failed.length} of ${outcomes.length} files could not be imported.`)
        }
      } finally {
        bar?.stop()
        closeWorkspace(workspace)
      }
    })
}
