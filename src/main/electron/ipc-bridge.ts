import { ipcMain, type IpcMainInvokeEvent, type WebContents } from 'electron'
import { type ApiErrorPayload, isApiMethod, parseApiInput } from '../../shared/api-contract'
import type { ApiHost } from '../api/create-api-host'

export const CALL_CHANNEL = 'verbatim:call'
export const EVENT_CHANNEL = 'verbatim:event'

export type IpcAnswer = { ok: true; value: unknown } | { ok: false; error: ApiErrorPayload }

/**
 * Serves the API contract over IPC: only to our own window's main frame, only named methods,
 * only input that passes the method's schema. Errors travel as words with a code.
 */
export function bindApiToIpc(host: ApiHost, isTrustedSender: (event: IpcMainInvokeEvent) => boolean): () => void {
  ipcMain.handle(CALL_CHANNEL, async (event, method: unknown, input: unknown): Promise<IpcAnswer> => {
    if (!isTrustedSender(event)) return { ok: false, error: { code: 'forbidden', message: 'Refused: this request did not come from Verbatim’s window.' } }
    if (!isApiMethod(method)) return { ok: false, error: { code: 'unknown-method', message: `Unknown method ${String(method).slice(0, 80)}.` } }
    try {
      const parsed = parseApiInput(method, input)
      const handler = host.handlers[method] as (input: unknown) => unknown
      return { ok: true, value: await handler(parsed) }
    } catch (error) {
      const code = (error as { code?: unknown }).code
      return { ok: false, error: { code: typeof code === 'string' ? code : 'error', message: error instanceof Error ? error.message : String(error) } }
    }
  })
  return () => ipcMain.removeHandler(CALL_CHANNEL)
}

export function forwardEvents(host: ApiHost, contents: WebContents): () => void {
  return host.onEvent((event) => {
    if (!contents.isDestroyed()) contents.send(EVENT_CHANNEL, event)
  })
}
