// Who may talk to the browser-mode host: only a page on this machine that was given the token.
// The token arrives once in the address printed by `verbatim serve`; the host trades it for an
// HttpOnly, SameSite=Strict cookie, so scripts on other sites can neither read it nor send it.
import { randomBytes, timingSafeEqual } from 'node:crypto'
import type { IncomingMessage } from 'node:http'

export const TOKEN_HEADER = 'x-verbatim-token'

export function createToken(): string {
  return randomBytes(24).toString('base64url')
}

/** Cookies are shared between ports of one host, so the name carries the port: two hosts never clash. */
export function tokenCookieName(port: number): string {
  return `verbatim_token_${port}`
}

export function tokenCookie(port: number, token: string): string {
  return `${tokenCookieName(port)}=${token}; Path=/; HttpOnly; SameSite=Strict`
}

export function sameToken(given: string | null | undefined, token: string): boolean {
  if (!given) return false
  const a = Buffer.from(given)
  const b = Buffer.from(token)
  return a.length === b.length && timingSafeEqual(a, b)
}

/** The token a request carries in the header (API clients) or the cookie (the page). */
export function requestToken(request: IncomingMessage, port: number): string | null {
  const header = request.headers[TOKEN_HEADER]
  if (typeof header === 'string' && header !== '') return header
  const name = tokenCookieName(port)
  for (const part of (request.headers.cookie ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=')
    if (key === name) return value.join('=')
  }
  return null
}

/** A page that resolved some other name to 127.0.0.1 (DNS rebinding) sends its own name as Host. */
export function hostAllowed(request: IncomingMessage, port: number): boolean {
  const host = request.headers.host
  return host === `127.0.0.1:${port}` || host === `localhost:${port}`
}

/** Browsers send Origin on cross-site POSTs and EventSource; anything but our own origin is refused. */
export function originAllowed(request: IncomingMessage, port: number): boolean {
  const origin = request.headers.origin
  if (origin === undefined) return true
  return origin === `http://127.0.0.1:${port}` || origin === `http://localhost:${port}`
}
