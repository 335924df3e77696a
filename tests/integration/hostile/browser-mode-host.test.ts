// The browser-mode host against requests a hostile page or local program could send, beyond what
// tests/e2e/browser-mode-host.spec.ts covers: the token on every path (assets and events too), the
// Host check on every path, no CORS answer to a preflight, and no file outside the renderer folder,
// whether reached by a symlink, a dot-file or an encoded path.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { request as httpRequest } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { serveBrowserMode, type BrowserModeServer } from '../../../src/main/http/serve-browser-mode'
import type { ApiHandlers, SessionInfo } from '../../../src/shared/api-contract'

interface Answer {
  status: number
  headers: Record<string, string | string[] | undefined>
  body: string
}

const SECRET = 'workspace-password=hunter2'
let outside: string
let rendererDir: string
let server: BrowserModeServer
let port: number

const SESSION: SessionInfo = { workspace: null, reviewer: 'Anna Kowalska', recentWorkspaces: [], nativeDialogs: false }
const handlers = { getSession: () => SESSION } as unknown as ApiHandlers

beforeAll(async () => {
  outside = mkdtempSync(join(tmpdir(), 'verbatim-outside-'))
  writeFileSync(join(outside, 'secret.txt'), SECRET)
  rendererDir = mkdtempSync(join(tmpdir(), 'verbatim-renderer-'))
  mkdirSync(join(rendererDir, 'assets'))
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><div id="app"></div><script type="module" src="/assets/app.js"></script>')
  writeFileSync(join(rendererDir, 'assets', 'app.js'), 'console.log("desk")')
  writeFileSync(join(rendererDir, '.env'), SECRET)
  writeFileSync(join(rendererDir, 'assets', '.secret.txt'), SECRET)
  symlinkSync(join(outside, 'secret.txt'), join(rendererDir, 'assets', 'linked.txt'))
  symlinkSync(outside, join(rendererDir, 'linked-folder'))
  server = await serveBrowserMode({ handlers, onEvent: () => () => {} }, { rendererDir })
  port = Number(new URL(server.url).port)
})

afterAll(async () => {
  await server.close()
  rmSync(outside, { recursive: true, force: true })
  rmSync(rendererDir, { recursive: true, force: true })
})

function send(path: string, options: { method?: string; headers?: Record<string, string>; body?: string; noHost?: boolean } = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const headers = options.noHost ? options.headers : { host: `127.0.0.1:${port}`, ...options.headers }
    const req = httpRequest({ host: '127.0.0.1', port, path, method: options.method ?? 'GET', headers, setHost: !options.noHost }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (chunk: Buffer) => chunks.push(chunk))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }))
    })
    req.on('error', reject)
    // An event stream never ends on its own: the status line is all we need.
    if (path.startsWith('/api/events')) req.on('response', (res) => (res.statusCode === 200 ? (req.destroy(), resolve({ status: 200, headers: res.headers, body: '' })) : undefined))
    if (options.body !== undefined) req.write(options.body)
    req.end()
  })
}

const token = () => ({ 'x-verbatim-token': server.token })
const json = { 'content-type': 'application/json' }

describe('the token', () => {
  it('is asked for on every path: page, assets, API and event stream', async () => {
    for (const path of ['/', '/index.html', '/assets/app.js', '/api/events']) {
      const answer = await send(path)
      expect(answer.status, path).toBe(401)
      expect(answer.body, path).not.toContain(server.token)
    }
    expect((await send('/api/getSession', { method: 'POST', headers: json, body: '{}' })).status).toBe(401)
    expect((await send('/assets/app.js', { headers: token() })).status).toBe(200)
  })

  it('is refused when wrong, a prefix of the right one, or the cookie of another port', async () => {
    const wrong = [server.token.slice(0, -1), `${server.token}x`, server.token.toUpperCase() === server.token ? 'x' : server.token.toUpperCase(), ' ']
    for (const given of wrong) expect((await send('/assets/app.js', { headers: { 'x-verbatim-token': given } })).status, given).toBe(401)
    expect((await send('/assets/app.js', { headers: { cookie: `verbatim_token_${port + 1}=${server.token}` } })).status).toBe(401)
    expect((await send('/assets/app.js', { headers: { cookie: `verbatim_token_${port}=${server.token}` } })).status).toBe(200)
  })
})

describe('the Host header', () => {
  it('must name this host on every path, or the request is refused before anything else', async () => {
    for (const host of [`evil.example:${port}`, `127.0.0.1.evil.example:${port}`, '127.0.0.1', `127.0.0.1:${port + 1}`, `[::1]:${port}`, `127.0.0.1:${port}@evil.example`]) {
      for (const path of ['/', '/assets/app.js', '/api/events']) {
        expect((await send(path, { headers: { ...token(), host } })).status, `${host} ${path}`).toBe(403)
      }
    }
    // Without a Host header at all, Node's parser answers 400 before the host sees the request.
    expect([400, 403]).toContain((await send('/assets/app.js', { headers: token(), noHost: true })).status)
  })
})

describe('cross-origin requests', () => {
  it('get no CORS headers, preflight or not, and a foreign Origin is refused', async () => {
    const preflight = await send('/api/getSession', {
      method: 'OPTIONS',
      headers: { origin: 'http://evil.example', 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type, x-verbatim-token' },
    })
    expect(preflight.status).not.toBe(204)
    expect(Object.keys(preflight.headers).filter((name) => name.startsWith('access-control-'))).toEqual([])
    const foreign = await send('/api/getSession', { method: 'POST', headers: { ...token(), ...json, origin: 'http://evil.example' }, body: '{}' })
    expect(foreign.status).toBe(403)
    expect(Object.keys(foreign.headers).filter((name) => name.startsWith('access-control-'))).toEqual([])
    const own = await send('/api/getSession', { method: 'POST', headers: { ...token(), ...json, origin: `http://127.0.0.1:${port}` }, body: '{}' })
    expect(own.status).toBe(200)
    expect(Object.keys(own.headers).filter((name) => name.startsWith('access-control-'))).toEqual([])
  })
})

describe('files', () => {
  it('nothing outside the renderer folder, nor its dot-files, is served, however it is asked for', async () => {
    for (const path of [
      '/assets/linked.txt',
      '/linked-folder/secret.txt',
      '/.env',
      '/assets/.secret.txt',
      '/assets/%2e%2e/%2e%2e/.env',
      '/assets/..%2f.env',
      '/%2e%2e%2f' + 'verbatim-outside/secret.txt',
      '/assets/app.js%00.txt',
      '/assets/app.js/..',
      '//etc/hostname',
      '/assets',
    ]) {
      const answer = await send(path, { headers: token() })
      expect(answer.status, path).toBe(404)
      expect(answer.body, path).not.toContain(SECRET)
    }
  })
})
