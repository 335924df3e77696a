import { contextBridge, ipcRenderer } from 'electron'
import { API_METHODS, type Api, type ApiEvent } from '../shared/api-contract'

// The renderer's only door to the main process: the contract's named methods and its event
// stream. ipcRenderer itself is never exposed.

type IpcAnswer = { ok: true; value: unknown } | { ok: false; error: { code: string; message: string } }

class VerbatimError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message)
  }
}

const api: Record<string, unknown> = {}
for (const method of API_METHODS) {
  api[method] = async (input: unknown) => {
    const answer = (await ipcRenderer.invoke('verbatim:call', method, input ?? {})) as IpcAnswer
    if (!answer.ok) throw new VerbatimError(answer.error.code, answer.error.message)
    return answer.value
  }
}
api.onEvent = (listener: (event: ApiEvent) => void) => {
  const forward = (_event: unknown, payload: ApiEvent) => listener(payload)
  ipcRenderer.on('verbatim:event', forward)
  return () => {
    ipcRenderer.removeListener('verbatim:event', forward)
  }
}

contextBridge.exposeInMainWorld('verbatim', api as Api)
