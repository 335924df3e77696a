// Browser mode: the same API the desktop app uses, served as JSON over 127.0.0.1 with the built
// renderer beside it, for Playwright and for editors who prefer a browser tab.
//
// Access: the address returned carries a one-off token (?token=…). The first page load trades it for
// an HttpOnly SameSite=Strict cookie and redirects to "/" so the token leaves the address bar;
// after that the page's fetches and its EventSource carry the cookie on their own. Scripts and
// tools may instead send the token in the X-Verbatim-Token header. No request without the token
// gets anything but a 401, and no CORS headers are ever sent.
import { createReadStream } from 'node:fs'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import {
  ApiInputError,
  isApiMethod,
  parseApiInput,
  type ApiErrorPayload,
  type ApiEvent,
  type ApiHandlers,
  type ApiMethod,
} from '../../shared/api-contract'
import { createToken, hostAllowed, originAllowed, requestToken, sameToken, tokenCookie } from './access-check'
import { findStaticFile } from './static-files'
import { CONTENT_SECURITY_POLICY } from '../../shared/content-security-policy'

/** What browser mode needs of the API host (createApiHost's ApiHost satisfies it). */
export interface BrowserModeHost {
  handlers: ApiHandlers
  onEvent(listener: (event: ApiEvent) => void): () => void
}

export interface BrowserModeOptions {
  /** 0 or absent: any free port. */
  port?: number
  /** The built renderer (out/renderer). */
  rendererDir: string
  /** Largest request body accepted; uploads travel one file per request, so 8 MB covers any article. */
  maxBodyBytes?: number
}

export interface BrowserModeServer {
  /** http://127.0.0.1:PORT/?token=… — open this once. */
  url: string
  token: string
  close(): Promise<void>
}

const DEFAULT_MAX_BODY = 8 * 1024 * 1024
const EVENT_PING_MS = 15_000


export async function serveBrowserMode(host: BrowserModeHost, options: BrowserModeOptions): Promise<BrowserModeServer> {
  const token = createToken()
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY
  const streams = new Set<ServerResponse>()
  let port = 0

  const server: Server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      if (!response.headersSent) sendError(response, 500, 'internal', messageOf(error))
      else response.destroy()
    })
  })

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    setSafetyHeaders(response)
    if (!hostAllowed(request, port)) return sendError(response, 403, 'forbidden-host', 'This address is not served here.')
    const url = new URL(request.url ?? '/', `http://127.0.0.1:${port}`)

    if (url.pathname === '/api' || url.pathname.startsWith('/api/')) {
      if (!originAllowed(request, port)) return sendError(response, 403, 'forbidden-origin', 'Requests from other sites are refused.')
      if (!sameToken(requestToken(request, port), token)) return sendError(response, 401, 'unauthorised', 'The Verbatim token is missing or wrong.')
      if (url.pathname === '/api/events') {
        if (request.method !== 'GET') return sendMethodNotAllowed(response, 'GET')
        return openEventStream(request, response)
      }
      return answerApiCall(request, response, url.pathname.slice('/api/'.length))
    }

    if (request.method !== 'GET' && request.method !== 'HEAD') return sendMethodNotAllowed(response, 'GET, HEAD')
    const offered = url.searchParams.get('token')
    if (offered !== null) {
      if (!sameToken(offered, token)) return sendUnauthorisedPage(response)
      response.writeHead(303, { 'Set-Cookie': tokenCookie(port, token), Location: '/' })
      response.end()
      return
    }
    if (!sameToken(requestToken(request, port), token)) return sendUnauthorisedPage(response)
    const file = await findStaticFile(options.rendererDir, url.pathname)
    if (!file) return sendText(response, 404, 'Not found.')
    response.writeHead(200, {
      'Content-Type': file.mimeType,
      'Content-Length': file.size,
      'Cache-Control': file.mimeType.startsWith('text/html') ? 'no-store' : 'no-cache',
    })
    if (request.method === 'HEAD') return void response.end()
    createReadStream(file.path).pipe(response)
  }

  async function answerApiCall(request: IncomingMessage, response: ServerResponse, name: string): Promise<void> {
    if (!isApiMethod(name)) return sendError(response, 404, 'unknown-method', `There is no API method called ${JSON.stringify(name.slice(0, 80))}.`)
    if (request.method !== 'POST') return sendMethodNotAllowed(response, 'POST')
    // Requiring JSON also means a cross-site form cannot post here without a preflight we never grant.
    if (!/^application\/json\s*(;|$)/i.test(request.headers['content-type'] ?? '')) {
      return sendError(response, 415, 'unsupported-media-type', 'API requests must be JSON (Content-Type: application/json).')
    }
    const body = await readBody(request, maxBodyBytes)
    if (body === 'too-large') {
      response.setHeader('Connection', 'close')
      return sendError(response, 413, 'too-large', `The request is larger than ${Math.round(maxBodyBytes / 1024 / 1024)} MB. Send files one at a time.`)
    }
    let input: unknown
    try {
      input = body.length === 0 ? {} : JSON.parse(body.toString('utf8'))
    } catch {
      return sendError(response, 400, 'invalid-json', 'The request body is not valid JSON.')
    }
    let answer: unknown
    try {
      answer = await callMethod(host.handlers, name, input)
    } catch (error) {
      const { status, payload } = describeError(error)
      return sendError(response, status, payload.code, payload.message)
    }
    sendJson(response, 200, answer ?? null)
  }

  function openEventStream(request: IncomingMessage, response: ServerResponse): void {
    response.writeHead(200, {
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-store',
      Connection: 'keep-alive',
    })
    response.write('retry: 2000\n\n')
    streams.add(response)
    const stop = host.onEvent((event) => response.write(`data: ${JSON.stringify(event)}\n\n`))
    const ping = setInterval(() => response.write(': ping\n\n'), EVENT_PING_MS)
    request.on('close', () => {
      stop()
      clearInterval(ping)
      streams.delete(response)
    })
  }

  await new Promise<void>((resolveListen, rejectListen) => {
    server.once('error', rejectListen)
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      server.off('error', rejectListen)
      resolveListen()
    })
  })
  port = (server.address() as AddressInfo).port

  return {
    url: `http://127.0.0.1:${port}/?token=${token}`,
    token,
    close: () =>
      new Promise<void>((resolveClose) => {
        for (const stream of streams) stream.end()
        streams.clear()
        server.close(() => resolveClose())
        server.closeAllConnections()
      }),
  }
}

async function callMethod(handlers: ApiHandlers, name: ApiMethod, input: unknown): Promise<unknown> {
  const parsed = parseApiInput(name, input)
  const handler = handlers[name] as (input: unknown) => unknown
  return handler(parsed)
}

/** Input errors are the caller's (400); a known "not found" is 404; the rest are ours (500), still in words. */
export function describeError(error: unknown): { status: number; payload: ApiErrorPayload } {
  const message = messageOf(error)
  if (error instanceof ApiInputError) return { status: 400, payload: { code: error.code, message } }
  const code = typeof (error as { code?: unknown })?.code === 'string' ? (error as { code: string }).code : 'internal'
  const status = code === 'invalid-input' ? 400 : code === 'not-found' ? 404 : 500
  return { status, payload: { code, message } }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

function readBody(request: IncomingMessage, limit: number): Promise<Buffer | 'too-large'> {
  const declared = Number(request.headers['content-length'] ?? 0)
  if (declared > limit) {
    request.resume()
    return Promise.resolve('too-large')
  }
  return new Promise((resolveBody, rejectBody) => {
    const chunks: Buffer[] = []
    let size = 0
    let refused = false
    request.on('data', (chunk: Buffer) => {
      if (refused) return
      size += chunk.length
      if (size > limit) {
        refused = true
        chunks.length = 0
        resolveBody('too-large')
        return
      }
      chunks.push(chunk)
    })
    request.on('end', () => {
      if (!refused) resolveBody(Buffer.concat(chunks))
    })
    request.on('error', rejectBody)
  })
}

function setSafetyHeaders(response: ServerResponse): void {
  response.setHeader('Content-Security-Policy', CONTENT_SECURITY_POLICY)
  response.setHeader('X-Content-Type-Options', 'nosniff')
  response.setHeader('X-Frame-Options', 'DENY')
  response.setHeader('Referrer-Policy', 'no-referrer')
  response.setHeader('Cross-Origin-Opener-Policy', 'same-origin')
  response.setHeader('Cross-Origin-Resource-Policy', 'same-origin')
}

function sendJson(response: ServerResponse, status: number, value: unknown): void {
  const body = JSON.stringify(value)
  response.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(body),
    'Cache-Control': 'no-store',
  })
  response.end(body)
}

function sendError(response: ServerResponse, status: number, code: string, message: string): void {
  sendJson(response, status, { error: { code, message } satisfies ApiErrorPayload })
}

function sendMethodNotAllowed(response: ServerResponse, allow: string): void {
  response.setHeader('Allow', allow)
  sendError(response, 405, 'method-not-allowed', `Use ${allow}.`)
}

function sendText(response: ServerResponse, status: number, text: string): void {
  response.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'Content-Length': Buffer.byteLength(text) })
  response.end(text)
}

function sendUnauthorisedPage(response: ServerResponse): void {
  const page =
    '<!doctype html><meta charset="utf-8"><title>Verbatim</title>' +
    '<p>This Verbatim window needs its private address. Open the address printed by <code>verbatim serve</code> (it ends in <code>?token=…</code>).</p>'
  response.writeHead(401, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Length': Buffer.byteLength(page), 'Cache-Control': 'no-store' })
  response.end(page)
}
