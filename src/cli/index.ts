import { Command, CommanderError } from 'commander'
import { registerArticlesCommand } from './commands/articles-command'
import { registerCheckCommand } from './commands/check-command'
import { registerImportCommand } from './commands/import-command'
import { registerMergeCommand } from './commands/merge-command'
import { registerQuotesCommand } from './commands/quotes-command'
import { registerReportCommand } from './commands/report-command'
import { registerServeCommand } from './commands/serve-command'
import { registerVerdictCommands } from './commands/verdict-commands'

const program = new Command()
  .name('verbatim')
  .description('Check quotes against their sources, from the command line.\nWithout --db, commands that analyse files use a temporary workspace in memory.')
  .version('0.1.0')
  .showHelpAfterError('(add --help for usage)')
  .exitOverride()

registerImportCommand(program)
registerArticlesCommand(program)
registerQuotesCommand(program)
registerCheckCommand(program)
registerVerdictCommands(program)
registerMergeCommand(program)
registerReportCommand(program)
registerServeCommand(program)

try {
  await program.parseAsync(process.argv)
} catch (error) {
  if (error instanceof CommanderError) {
    // Commander has already printed its message (or the help); keep its exit code.
    process.exitCode = error.exitCode
  } else {
    console.error(`verbatim: ${error instanceof Error ? error.message : String(error)}`)
    process.exitCode = 1
  }
}
