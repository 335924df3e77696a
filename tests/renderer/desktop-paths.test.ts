// In the desktop app the system's dialogs choose files and workspaces; the desk asks for them
// through the Api (chooseWorkspace, chooseImportFiles) and never shows a path field.
import { fireEvent, render, screen, waitFor } from '@testing-library/svelte'
import { describe, expect, it, vi } from 'vitest'
import ImportDialog from '../../src/renderer/src/components/ImportDialog.svelte'
import StartScreen from '../../src/renderer/src/components/StartScreen.svelte'
import { Desk } from '../../src/renderer/src/state/desk.svelte'
import { Importer } from '../../src/renderer/src/state/importer.svelte'
import { SESSION, stubApi } from './desk-fixtures'

describe('desktop paths', () => {
  it('opens a workspace through the system dialog, with no path field', async () => {
    const api = stubApi()
    const session = { ...SESSION, workspace: null, nativeDialogs: true }
    vi.mocked(api.getSession).mockResolvedValueOnce(session).mockResolvedValue(SESSION)
    vi.mocked(api.chooseWorkspace).mockResolvedValue(SESSION.workspace)
    const desk = new Desk(api)
    await desk.start()
    render(StartScreen, { desk })
    expect(screen.queryByLabelText('Workspace file')).toBeNull()
    await fireEvent.click(screen.getByRole('button', { name: 'Open workspace…' }))
    expect(api.chooseWorkspace).toHaveBeenCalledWith({ mode: 'open' })
    await waitFor(() => expect(desk.screen).toBe('articles'))
  })

  it('imports the files the system picker returns, as the role chosen, and lists each result', async () => {
    const api = stubApi()
    vi.mocked(api.chooseImportFiles).mockResolvedValue(['/desk/draft.docx', '/desk/notes.pdf'])
    vi.mocked(api.importFiles).mockResolvedValue([
      { status: 'imported', name: 'draft.docx', article: { id: 'a1', title: 'Border talks end without a deal', outlet: null, url: null, publishedAt: null, role: 'draft', format: 'docx', importedAt: '2025-03-09T08:00:00.000Z', importedBy: 'Anna Kowalska', quoteCount: 12, counts: { verified: 0, disputed: 0, unverifiable: 0, open: 12, conflict: 0 } } },
      { status: 'failed', name: 'notes.pdf', error: 'PDF is not a format Verbatim reads; save it as text or Word.' },
    ])
    const onImported = vi.fn()
    const importer = new Importer(api, onImported)
    render(ImportDialog, { importer, open: true, nativeDialogs: true, role: 'draft', onrole: vi.fn(), onclose: vi.fn() })
    await fireEvent.click(screen.getByRole('button', { name: 'Choose files…' }))
    await waitFor(() => expect(screen.getByText('Done: 1 imported, 0 already here, 1 failed')).toBeTruthy())
    expect(api.importFiles).toHaveBeenCalledWith({ paths: ['/desk/draft.docx', '/desk/notes.pdf'], role: 'draft' })
    const results = screen.getByRole('list', { name: 'Import results' })
    expect(results.textContent).toContain('Border talks end without a deal · Draft · 12 quotes')
    expect(results.textContent).toContain('PDF is not a format Verbatim reads')
    expect(onImported).toHaveBeenCalledTimes(1)
  })

  it('moves the progress bar with the host’s import-progress events', async () => {
    const api = stubApi()
    vi.mocked(api.chooseImportFiles).mockResolvedValue(['/a.txt', '/b.txt', '/c.txt'])
    let finish: (value: never[]) => void = () => {}
    vi.mocked(api.importFiles).mockImplementation(() => new Promise((resolve) => (finish = resolve as (value: never[]) => void)))
    const importer = new Importer(api, vi.fn())
    render(ImportDialog, { importer, open: true, nativeDialogs: true, role: null, onrole: vi.fn(), onclose: vi.fn() })
    await fireEvent.click(screen.getByRole('button', { name: 'Choose files…' }))
    await waitFor(() => expect(importer.running).toBe(true))
    importer.handleEvent({ type: 'import-progress', done: 2, total: 3, name: 'c.txt' })
    await waitFor(() => expect(screen.getByText('Importing 3 of 3: c.txt')).toBeTruthy())
    expect((screen.getByRole('progressbar') as HTMLProgressElement).value).toBe(2)
    finish([])
  })
})
