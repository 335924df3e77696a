// Bringing articles in: files picked, dropped or pasted, one at a time so each gets its own result
// and the progress bar moves; the window stays usable throughout.
import type { ArticleRole } from '../../../core/model'
import type { Api, ApiEvent, ApiInput, ImportOutcome } from '../../../shared/api-contract'
import { errorMessage } from '../api/api-error'
import { fileToBase64 } from '../files/read-upload'

/** The importer's own limit (5 MB of text); checked here too so a huge file fails at once, in words. */
const MAX_FILE_BYTES = 5 * 1024 * 1024

export type PasteInput = ApiInput<'importPaste'>

export class Importer {
  running = $state(false)
  done = $state(0)
  total = $state(0)
  current = $state('')
  results = $state.raw<ImportOutcome[]>([])
  error = $state<string | null>(null)

  constructor(
    private readonly api: Api,
    private readonly onImported: () => void,
  ) {}

  /** The desktop app imports paths in one call and reports progress as events. */
  handleEvent(event: ApiEvent): void {
    if (event.type !== 'import-progress' || !this.running) return
    this.done = event.done
    this.total = event.total
    this.current = event.name
  }

  async uploadFiles(files: readonly File[], role: ArticleRole | null): Promise<void> {
    if (files.length === 0 || this.running) return
    this.begin(files.length)
    const outcomes: ImportOutcome[] = []
    for (const file of files) {
      this.current = file.name
      outcomes.push(await this.uploadOne(file, role))
      this.done += 1
      this.results = [...outcomes]
    }
    this.finish(outcomes)
  }

  private async uploadOne(file: File, role: ArticleRole | null): Promise<ImportOutcome> {
    if (file.size > MAX_FILE_BYTES) return { status: 'failed', name: file.name, error: 'larger than 5 MB: is it really an article?' }
    if (file.size === 0) return { status: 'failed', name: file.name, error: 'the file is empty' }
    try {
      const base64 = await fileToBase64(file)
      const outcomes = await this.api.importUploads({ files: [{ name: file.name, base64 }], ...(role ? { role } : {}) })
      return outcomes[0] ?? { status: 'failed', name: file.name, error: 'the host gave no answer for this file' }
    } catch (error) {
      return { status: 'failed', name: file.name, error: errorMessage(error) }
    }
  }

  async chooseAndImport(role: ArticleRole | null): Promise<void> {
    if (this.running) return
    this.error = null
    try {
      const paths = await this.api.chooseImportFiles({})
      if (paths.length === 0) return
      this.begin(paths.length)
      const outcomes = await this.api.importFiles({ paths, ...(role ? { role } : {}) })
      this.done = paths.length
      this.finish(outcomes)
    } catch (error) {
      this.error = errorMessage(error)
      this.running = false
    }
  }

  async paste(input: PasteInput): Promise<ImportOutcome | null> {
    if (this.running) return null
    this.begin(1)
    this.current = input.title ?? 'pasted text'
    try {
      const outcome = await this.api.importPaste(input)
      this.done = 1
      this.finish([outcome])
      return outcome
    } catch (error) {
      this.error = errorMessage(error)
      this.running = false
      return null
    }
  }

  clear(): void {
    if (this.running) return
    this.results = []
    this.error = null
    this.done = 0
    this.total = 0
  }

  private begin(total: number): void {
    this.running = true
    this.error = null
    this.results = []
    this.done = 0
    this.total = total
  }

  private finish(outcomes: ImportOutcome[]): void {
    this.results = outcomes
    this.running = false
    this.current = ''
    if (outcomes.some((outcome) => outcome.status === 'imported')) this.onImported()
  }
}
