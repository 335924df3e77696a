import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createApiHost, type ApiHost } from '../../../src/main/api/create-api-host'
import { type ApiEvent, parseApiInput } from '../../../src/shared/api-contract'
import { useTempDir } from '../../support/temp-dir'

const tempDir = useTempDir()

const WIRE = `Dockers reject “final” offer

VALMORA (Meridian Wire) — Striking dock workers on Tuesday rejected what Labour Minister Ana Mendez called a "fair and final" offer.

"We have gone as far as any responsible government can go," Mendez told reporters.

Union leader Piotr Kowal said the offer was "an insult to every family on the quayside."`

const DRAFT = `Minister: we went as far as we could

Labour Minister Ana Mendez said the government had gone “as far as any government can go”, calling the deal “fair and final”.

Piotr Kowal, the union leader, described it as “an insult”.`

function host(dir: string, name: string, workspace: string): ApiHost {
  return createApiHost({ settingsPath: join(dir, `${name}-settings.json`), workspacePath: workspace, pollMs: 50, heartbeatMs: 100 })
}

describe('the API host', () => {
  it('takes an editor from an empty workspace to a verdict, an undo and back', async () => {
    const dir = tempDir()
    const api = createApiHost({ settingsPath: join(dir, 'settings.json') })
    const { handlers } = api
    expect((await handlers.getSession({})).workspace).toBeNull()
    await expect(async () => handlers.listArticles({})).rejects.toThrow(/Open or create a workspace first/)

    const info = await handlers.openWorkspace({ path: join(dir, 'desk.verbatim'), create: true })
    expect(info).toMatchObject({ name: 'desk', readOnly: false, articleCount: 0 })
    await expect(async () => handlers.giveVerdict({ quoteId: 'qnothing', status: 'verified', supersedes: [] })).rejects.toThrow(/reviewer name/)
    expect((await handlers.setReviewer({ name: 'Ana Mendez' })).reviewer).toBe('Ana Mendez')

    const wire = await handlers.importPaste(parseApiInput('importPaste', { text: WIRE, outlet: 'Meridian Wire', role: 'source' }))
    const draft = await handlers.importPaste(parseApiInput('importPaste', { text: DRAFT, title: 'Draft', role: 'draft' }))
    expect(wire.status).toBe('imported')
    expect(draft.status).toBe('imported')
    expect((await handlers.importPaste(parseApiInput('importPaste', { text: WIRE }))).status).toBe('duplicate')

    const articles = await handlers.listArticles({})
    expect(articles).toHaveLength(2)
    const draftSummary = articles.find((a) => a.role === 'draft')!
    expect(draftSummary.quoteCount).toBeGreaterThanOrEqual(3)
    expect(draftSummary.counts.open).toBe(draftSummary.quoteCount)

    const claims = await handlers.listClaims({ articleId: draftSummary.id })
    const insult = claims.find((c) => c.quote.text === 'an insult')!
    expect(insult.best?.relation).toBe('fragment')
    expect(insult.suggestion.status).toBe('verified')

    const detail = await handlers.getClaim({ quoteId: insult.quote.id })
    expect(detail.matches[0].sourceArticle.outlet).toBe('Meridian Wire')
    expect(detail.context.text.slice(detail.context.start, detail.context.end)).toBe('an insult')

    const evidence = { article: detail.matches[0].source.article, quote: detail.matches[0].source.quote, start: detail.matches[0].source.start, end: detail.matches[0].source.end, text: detail.matches[0].source.text }
    const given = await handlers.giveVerdict({ quoteId: insult.quote.id, status: 'verified', note: 'Cut, but fair.', evidence, supersedes: [] })
    expect(given.current).toMatchObject({ status: 'verified', reviewer: 'Ana Mendez', note: 'Cut, but fair.', evidence })
    const changed = await handlers.giveVerdict({ quoteId: insult.quote.id, status: 'disputed', supersedes: given.heads.map((h) => h.id) })
    expect(changed.current?.status).toBe('disputed')
    const undone = await handlers.undoVerdict({ quoteId: insult.quote.id })
    expect(undone.current?.status).toBe('verified')
    expect(undone.history.map((v) => v.status)).toEqual(['verified', 'disputed', 'withdrawn'])
    expect((await handlers.listClaims({ status: 'verified' })).map((c) => c.quote.id)).toEqual([insult.quote.id])

    const report = await handlers.exportReport({ format: 'csv' })
    expect(report.fileName).toBe('desk-report.csv')
    expect(report.content).toContain('an insult')
    api.close()
  })

  it('tells one app what another process changed in the same file, within a second', async () => {
    const dir = tempDir()
    const path = join(dir, 'shared.verbatim')
    const ana = host(dir, 'ana', path)
    await ana.handlers.setReviewer({ name: 'Ana Mendez' })
    await ana.handlers.importPaste(parseApiInput('importPaste', { text: WIRE }))
    const piotr = host(dir, 'piotr', path)
    await piotr.handlers.setReviewer({ name: 'Piotr Kowal' })

    const events: ApiEvent[] = []
    ana.onEvent((event) => events.push(event))
    const [claim] = await piotr.handlers.listClaims({})
    await piotr.handlers.giveVerdict({ quoteId: claim.quote.id, status: 'disputed', note: 'Wrong date.', supersedes: [] })

    const started = Date.now()
    while (!events.some((e) => e.type === 'changed') && Date.now() - started < 2_000) await new Promise((r) => setTimeout(r, 20))
    const change = events.find((e) => e.type === 'changed')
    expect(change).toBeDefined()
    expect(change?.type === 'changed' && change.changes[0]).toMatchObject({ reviewer: 'Piotr Kowal', kind: 'verdict', subject: claim.quote.id })
    expect(Date.now() - started).toBeLessThan(1_000)

    const presence = await ana.handlers.listPresence({})
    expect(presence.map((p) => p.reviewer).sort()).toEqual(['Ana Mendez', 'Piotr Kowal'])
    ana.close()
    piotr.close()
  })

  it('refuses input that does not fit the contract, with the field named', () => {
    expect(() => parseApiInput('giveVerdict', { quoteId: 'q1', status: 'maybe', supersedes: [] })).toThrow(/giveVerdict: status/)
    expect(() => parseApiInput('getClaim', { quoteId: 'x'.repeat(10_000) })).toThrow(/quoteId/)
    expect(() => parseApiInput('openWorkspace', { path: 42 })).toThrow(/path/)
    expect(() => parseApiInput('listArticles', { extra: true })).toThrow(/extra|Unrecognized/)
    expect(() => parseApiInput('importPaste', { text: 'x', url: 'javascript:alert(1)' })).toThrow(/url/)
  })
})
