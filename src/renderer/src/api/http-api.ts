// The Api over HTTP, for browser mode: every method of the contract is a POST to /api/<method>,
// and events arrive by Server-Sent Events. The page authenticates with the HttpOnly cookie the
// host set on the first load; a token may also be given, for clients that have no cookie.
import { API_METHODS, type Api, type ApiErrorPayload, type ApiEvent, type ApiMethod } from '../../../shared/api-contract'
import { ApiCallError } from './api-error'

export interface HttpApiOptions {
  /** Origin of the browser-mode host; the page's own origin when absent. */
  baseUrl?: string
  token?: string
  fetch?: typeof fetch
  openEvents?: (url: string) => EventSource
}

export function createHttpApi(options: HttpApiOptions = {}): Api {
  const baseUrl = (options.baseUrl ?? '').replace(/\/$/, '')
  const send = options.fetch ?? globalThis.fetch.bind(globalThis)
  const headers: Record<string, string> = { 'Content-Type': 'application/json' }
  if (options.token) headers['X-Verbatim-Token'] = options.token

  async function call(method: ApiMethod, input: unknown): Promise<unknown> {
    let response: Response
    try {
      response = await send(`${baseUrl}/api/${method}`, {
        method: 'POST',
        headers,
        body: JSON.stringify(input ?? {}),
        credentials: 'same-origin',
      })
    } catch {
      throw new ApiCallError('offline', 'Verbatim’s host is not answering. Is `verbatim serve` still running?')
    }
    const text = await response.text()
    let body: unknown = null
    try {
      body = text === '' ? null : JSON.parse(text)
    } catch {
      throw new ApiCallError('bad-answer', `The host answered ${response.status} with something that is not JSON.`)
    }
    if (!response.ok) {
      const payload = (body as { error?: ApiErrorPayload } | null)?.error
      throw new ApiCallError(payload?.code ?? `http-${response.status}`, payload?.message ?? `The host answered ${response.status}.`)
    }
    return body
  }

  const listeners = new Set<(event: ApiEvent) => void>()
  let source: EventSource | null = null
  const openEvents = options.openEvents ?? ((url: string) => new EventSource(url))

  function onEvent(listener: (event: ApiEvent) => void): () => void {
    listeners.add(listener)
    if (!source) {
      source = openEvents(`${baseUrl}/api/events`)
      source.onmessage = (message) => {
        let event: ApiEvent
        try {
          event = JSON.parse(String(message.data)) as ApiEvent
        } catch {
          return
        }
        for (const each of listeners) each(event)
      }
    }
    return () => {
      listeners.delete(listener)
      if (listeners.size === 0 && source) {
        source.close()
        source = null
      }
    }
  }

  const api: Record<string, unknown> = { onEvent }
  for (const method of API_METHODS) api[method] = (input: unknown) => call(method, input)
  return api as Api
}
