// The browser-mode host's rules, checked with raw HTTP: token, Host header, origin, body limits,
// input validation, errors in words, path traversal, MIME types, the CSP, and the event stream.
import { expect, test } from '@playwright/test'
import { readdirSync } from 'node:fs'
import { request as httpRequest } from 'node:http'
import type { ApiEvent, ApiHandlers, SessionInfo } from '../../src/shared/api-contract'
import { serveBrowserMode, type BrowserModeServer } from '../../src/main/http/serve-browser-mode'
import { RENDERER_OUT } from './build-renderer'

interface Answer {
  status: number
  headers: Record<string, string | string[] | undefined>
  body: string
}

function send(port: number, path: string, options: { method?: string; headers?: Record<string, string>; body?: string | Buffer } = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port, path, method: options.method ?? 'GET', headers: { host: `127.0.0.1:${port}`, ...options.headers } }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (chunk: Buffer) => chunks.push(chunk))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }))
    })
    req.on('error', reject)
    if (options.body !== undefined) req.write(options.body)
    req.end()
  })
}

const SESSION: SessionInfo = { workspace: null, reviewer: 'Anna Kowalska', recentWorkspaces: [], nativeDialogs: false }
const listeners = new Set<(event: ApiEvent) => void>()
const handlers = {
  getSession: () => SESSION,
  getClaim: ({ quoteId }: { quoteId: string }) => {
    throw Object.assign(new Error(`There is no quote ${quoteId} in this workspace.`), { code: 'invalid-input' })
  },
  listArticles: () => {
    throw new Error('The workspace file was removed while open.')
  },
} as unknown as ApiHandlers

let server: BrowserModeServer
let port: number
let api: Record<string, string>

test.beforeAll(async () => {
  server = await serveBrowserMode({ handlers, onEvent: (listener) => (listeners.add(listener), () => listeners.delete(listener)) }, { rendererDir: RENDERER_OUT })
  port = Number(new URL(server.url).port)
  api = { 'content-type': 'application/json', 'x-verbatim-token': server.token }
})

test.afterAll(async () => {
  await server.close()
})

test('the page opens only with the token, which becomes an HttpOnly SameSite=Strict cookie', async () => {
  expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[A-Za-z0-9_-]{32}$/)
  expect((await send(port, '/')).status).toBe(401)
  expect((await send(port, '/?token=guess')).status).toBe(401)

  const first = await send(port, `/?token=${server.token}`)
  expect(first.status).toBe(303)
  expect(first.headers.location).toBe('/')
  const cookie = String(first.headers['set-cookie'])
  expect(cookie).toContain('HttpOnly')
  expect(cookie).toContain('SameSite=Strict')

  const page = await send(port, '/', { headers: { cookie: cookie.split(';')[0] } })
  expect(page.status).toBe(200)
  expect(page.headers['content-type']).toBe('text/html; charset=utf-8')
  expect(page.body).toContain('<div id="app">')
  const csp = String(page.headers['content-security-policy'])
  for (const rule of ["default-src 'self'", "script-src 'self'", "style-src 'self'", "object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'"]) expect(csp).toContain(rule)
  expect(csp).not.toContain('unsafe-inline')
  expect(page.headers['access-control-allow-origin']).toBeUndefined()
})

test('serves the built assets with their types, and nothing outside the renderer folder', async () => {
  const auth = { 'x-verbatim-token': server.token }
  const assets = readdirSync(`${RENDERER_OUT}/assets`)
  const script = assets.find((name) => name.endsWith('.js'))!
  const style = assets.find((name) => name.endsWith('.css'))!
  expect((await send(port, `/assets/${script}`, { headers: auth })).headers['content-type']).toBe('text/javascript; charset=utf-8')
  expect((await send(port, `/assets/${style}`, { headers: auth })).headers['content-type']).toBe('text/css; charset=utf-8')
  for (const path of ['/../package.json', '/%2e%2e/package.json', '/assets/..%2f..%2fpackage.json', '/..%5c..%5cpackage.json', '/%00index.html', '/.env', '/assets']) {
    const answer = await send(port, path, { headers: auth })
    expect(answer.status, path).toBe(404)
    expect(answer.body, path).not.toContain('"name": "verbatim"')
  }
})

test('refuses other Host names (DNS rebinding) and other origins', async () => {
  const rebound = await send(port, '/api/getSession', { method: 'POST', headers: { ...api, host: `evil.example:${port}` }, body: '{}' })
  expect(rebound.status).toBe(403)
  expect((await send(port, '/api/getSession', { method: 'POST', headers: { ...api, host: `localhost:${port}` }, body: '{}' })).status).toBe(200)
  const crossSite = await send(port, '/api/getSession', { method: 'POST', headers: { ...api, origin: 'http://evil.example' }, body: '{}' })
  expect(crossSite.status).toBe(403)
  expect(crossSite.headers['access-control-allow-origin']).toBeUndefined()
})

test('answers API calls as JSON, and every failure as {error:{code,message}} with the right status', async () => {
  const ok = await send(port, '/api/getSession', { method: 'POST', headers: api, body: '{}' })
  expect(ok.status).toBe(200)
  expect(JSON.parse(ok.body)).toEqual(SESSION)

  const noToken = await send(port, '/api/getSession', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' })
  expect(noToken.status).toBe(401)

  const unknown = await send(port, '/api/dropDatabase', { method: 'POST', headers: api, body: '{}' })
  expect(unknown.status).toBe(404)
  expect(JSON.parse(unknown.body).error.code).toBe('unknown-method')

  const invalid = await send(port, '/api/getClaim', { method: 'POST', headers: api, body: '{"quoteId": "q 1; DROP"}' })
  expect(invalid.status).toBe(400)
  expect(JSON.parse(invalid.body).error).toEqual({ code: 'invalid-input', message: expect.stringContaining('getClaim: quoteId') })

  const refused = await send(port, '/api/getClaim', { method: 'POST', headers: api, body: '{"quoteId": "q404"}' })
  expect(refused.status).toBe(400)
  expect(JSON.parse(refused.body).error.message).toBe('There is no quote q404 in this workspace.')

  const broken = await send(port, '/api/listArticles', { method: 'POST', headers: api, body: '{}' })
  expect(broken.status).toBe(500)
  expect(JSON.parse(broken.body).error.message).toBe('The workspace file was removed while open.')

  expect((await send(port, '/api/getSession', { method: 'POST', headers: api, body: '{' })).status).toBe(400)
  expect((await send(port, '/api/getSession', { method: 'POST', headers: { ...api, 'content-type': 'text/plain' }, body: '{}' })).status).toBe(415)
  expect((await send(port, '/api/getSession', { method: 'GET', headers: api })).status).toBe(405)

  const huge = await send(port, '/api/importPaste', { method: 'POST', headers: api, body: Buffer.alloc(9 * 1024 * 1024, 0x20) })
  expect(huge.status).toBe(413)
})

test('pushes events to the page as Server-Sent Events, with the token only', async () => {
  expect((await send(port, '/api/events')).status).toBe(401)
  const received = await new Promise<string>((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port, path: '/api/events', headers: { host: `127.0.0.1:${port}`, 'x-verbatim-token': server.token } }, (res) => {
      expect(res.headers['content-type']).toBe('text/event-stream; charset=utf-8')
      let text = ''
      res.on('data', (chunk: Buffer) => {
        text += chunk.toString('utf8')
        const data = text.split('\n').find((line) => line.startsWith('data: '))
        if (data) {
          req.destroy()
          resolve(data)
        }
      })
      const event: ApiEvent = { type: 'presence', presence: [{ reviewer: 'Piotr Nowak', host: 'desk-7', heartbeatAt: '2025-03-09T10:20:00.000Z', self: false }] }
      setTimeout(() => listeners.forEach((listener) => listener(event)), 50)
    })
    req.on('error', reject)
    req.end()
  })
  expect(JSON.parse(received.slice('data: '.length))).toEqual({ type: 'presence', presence: [expect.objectContaining({ reviewer: 'Piotr Nowak' })] })
})
