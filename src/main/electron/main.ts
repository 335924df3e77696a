import { app, BrowserWindow, dialog, Menu, session, shell, type MenuItemConstructorOptions } from 'electron'
import { writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { createApiHost, type NativeDialogs } from '../api/create-api-host'
import { bindApiToIpc, forwardEvents } from './ipc-bridge'
import { APP_ORIGIN, registerAppScheme, serveRenderer } from './renderer-protocol'

// The desktop shell: one secure window around the renderer, the system's dialogs, a menu.
// Everything else (workspace, import, matching, reports) lives outside this folder.

registerAppScheme()
/** out/main, where the built main process lives beside out/preload and out/renderer. */
const here = dirname(fileURLToPath(import.meta.url))
let window: BrowserWindow | null = null

const dialogs: NativeDialogs = {
  async chooseWorkspace(mode) {
    if (mode === 'create') {
      const result = await dialog.showSaveDialog(window!, { title: 'New workspace', defaultPath: 'Untitled.verbatim', filters: [{ name: 'Verbatim workspace', extensions: ['verbatim'] }] })
      return result.canceled || !result.filePath ? null : result.filePath
    }
    const result = await dialog.showOpenDialog(window!, { title: 'Open workspace', properties: ['openFile'], filters: [{ name: 'Verbatim workspace', extensions: ['verbatim'] }] })
    return result.canceled ? null : (result.filePaths[0] ?? null)
  },
  async chooseImportFiles() {
    const result = await dialog.showOpenDialog(window!, {
      title: 'Import articles',
      properties: ['openFile', 'multiSelections'],
      filters: [{ name: 'Articles', extensions: ['txt', 'md', 'html', 'htm', 'docx'] }],
    })
    return result.canceled ? [] : result.filePaths
  },
  async saveFile(suggestedName, content) {
    const result = await dialog.showSaveDialog(window!, { title: 'Export report', defaultPath: suggestedName })
    if (result.canceled || !result.filePath) return null
    await writeFile(result.filePath, content)
    return result.filePath
  },
  async printToPdf(html) {
    // An offscreen, script-less window renders the report exactly as the HTML export shows it.
    const printer = new BrowserWindow({
      show: false,
      webPreferences: { javascript: false, sandbox: true, contextIsolation: true, nodeIntegration: false, disableBlinkFeatures: 'Auxclick' },
    })
    try {
      await printer.loadURL(`data:text/html;charset=utf-8,${encodeURIComponent(html)}`)
      return await printer.webContents.printToPDF({ printBackground: true, preferCSSPageSize: true })
    } finally {
      printer.destroy()
    }
  },
}

function hardenSessions(): void {
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false))
  session.defaultSession.setPermissionCheckHandler(() => false)
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', (event) => event.preventDefault())
    contents.on('will-attach-webview', (event) => event.preventDefault())
    contents.setWindowOpenHandler(({ url }) => {
      // Links the editor clicks (an article's URL) open in their browser, never in the app.
      if (/^https?:\/\//i.test(url)) void shell.openExternal(url)
      return { action: 'deny' }
    })
  })
}

function buildMenu(send: (command: string) => void): void {
  const template: MenuItemConstructorOptions[] = [
    ...(process.platform === 'darwin' ? [{ role: 'appMenu' as const }] : []),
    {
      label: 'File',
      submenu: [
        { label: 'New Workspace…', accelerator: 'CmdOrCtrl+Shift+N', click: () => send('create-workspace') },
        { label: 'Open Workspace…', accelerator: 'CmdOrCtrl+O', click: () => send('open-workspace') },
        { type: 'separator' },
        { label: 'Import Articles…', accelerator: 'CmdOrCtrl+I', click: () => send('import') },
        { label: 'Export Report…', accelerator: 'CmdOrCtrl+E', click: () => send('export') },
        { type: 'separator' },
        { role: process.platform === 'darwin' ? 'close' : 'quit' },
      ],
    },
    { role: 'editMenu' },
    { role: 'viewMenu' },
    { role: 'windowMenu' },
    { label: 'Help', submenu: [{ label: 'Keyboard Shortcuts', accelerator: '?', click: () => send('shortcuts') }] },
  ]
  Menu.setApplicationMenu(Menu.buildFromTemplate(template))
}

async function start(): Promise<void> {
  await app.whenReady()
  hardenSessions()
  serveRenderer(join(here, '../renderer'))
  const host = createApiHost({ settingsPath: join(app.getPath('userData'), 'settings.json'), dialogs })

  window = new BrowserWindow({
    width: 1280,
    height: 820,
    minWidth: 900,
    minHeight: 600,
    title: 'Verbatim',
    show: false,
    webPreferences: {
      preload: join(here, '../preload/index.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: true,
      // A middle click must not open a link in a new window behind the window-open handler's back.
      disableBlinkFeatures: 'Auxclick',
    },
  })
  const contents = window.webContents
  const unbind = bindApiToIpc(host, (event) => event.sender === contents && event.senderFrame?.url.startsWith(`${APP_ORIGIN}/`) === true)
  const stopEvents = forwardEvents(host, contents)
  buildMenu((command) => contents.send('verbatim:event', { type: 'command', command }))
  window.once('ready-to-show', () => window?.show())
  window.on('closed', () => {
    stopEvents()
    unbind()
    host.close()
    window = null
  })
  await window.loadURL(`${APP_ORIGIN}/index.html`)
}

app.on('window-all-closed', () => app.quit())
start().catch((error) => {
  dialog.showErrorBox('Verbatim could not start', error instanceof Error ? error.message : String(error))
  app.exit(1)
})
