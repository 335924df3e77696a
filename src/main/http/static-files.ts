// The built renderer, served from one folder and nothing outside it.
import { realpath, stat } from 'node:fs/promises'
import { extname, isAbsolute, relative, resolve, sep } from 'node:path'

const MIME_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
}

export interface StaticFile {
  path: string
  size: number
  mimeType: string
}

/**
 * Maps a URL path to a file inside rendererDir, or null. Rejects encoded traversal ("..%2f"),
 * NUL bytes, dot-files, unknown types, and symlinks that lead out of the folder.
 */
export async function findStaticFile(rendererDir: string, urlPath: string): Promise<StaticFile | null> {
  let decoded: string
  try {
    decoded = decodeURIComponent(urlPath)
  } catch {
    return null
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null
  const wanted = decoded === '/' ? '/index.html' : decoded
  if (wanted.split('/').some((segment) => segment.startsWith('.'))) return null
  const mimeType = MIME_TYPES[extname(wanted).toLowerCase()]
  if (!mimeType) return null

  const root = await realpath(rendererDir)
  const candidate = resolve(root, `.${wanted}`)
  if (!inside(root, candidate)) return null
  try {
    const real = await realpath(candidate)
    if (!inside(root, real)) return null
    const info = await stat(real)
    if (!info.isFile()) return null
    return { path: real, size: info.size, mimeType }
  } catch {
    return null
  }
}

function inside(root: string, path: string): boolean {
  const rel = relative(root, path)
  return rel !== '' && !rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel)
}
