// Every request that reaches the API over IPC or HTTP passes parseApiInput first. For every method:
// a valid request passes; a missing, mistyped, oversized or unknown field is refused with an
// ApiInputError that names the method and the field, in a message short enough to show; and no
// payload at all (random JSON, prototype tricks) gets past it or makes it throw anything else.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { API_METHODS, ApiInputError, isApiMethod, parseApiInput, type ApiInput, type ApiMethod } from '../../../src/shared/api-contract'

/** A valid request for every method, and which of its fields may be left out. */
const REQUESTS: { [M in ApiMethod]: { valid: ApiInput<M>; required: string[] } } = {
  getSession: { valid: {}, required: [] },
  setReviewer: { valid: { name: 'Anna Kowalska' }, required: ['name'] },
  openWorkspace: { valid: { path: '/desk/harbour-strike.verbatim', create: true }, required: ['path'] },
  chooseWorkspace: { valid: { mode: 'open' }, required: ['mode'] },
  closeWorkspace: { valid: {}, required: [] },
  importFiles: { valid: { paths: ['/desk/wire.txt'], role: 'source', title: 'Dockers reject offer', outlet: 'Meridian Wire', url: 'https://wire.example/strike', publishedAt: '2026-03-04' }, required: ['paths'] },
  importUploads: { valid: { files: [{ name: 'wire.txt', base64: 'SGVsbG8=' }], role: 'draft' }, required: ['files'] },
  importPaste: { valid: { text: '“We will not back down,” Kowal said.', role: 'transcript', outlet: 'Amber Palace briefing' }, required: ['text'] },
  chooseImportFiles: { valid: {}, required: [] },
  listArticles: { valid: {}, required: [] },
  getArticle: { valid: { id: 'a1b2c3d4e5f6' }, required: ['id'] },
  deleteArticle: { valid: { id: 'a1b2c3d4e5f6' }, required: ['id'] },
  listClaims: { valid: { articleId: 'a1', status: 'conflict', suggestion: 'disputed', relation: 'none', speaker: 'Mendez', kind: 'direct', search: 'final offer' }, required: [] },
  getClaim: { valid: { quoteId: 'q0123456789a' }, required: ['quoteId'] },
  giveVerdict: {
    valid: { quoteId: 'q1', status: 'verified', note: 'Cut, but fair.', evidence: { article: 'a1', quote: null, start: 10, end: 42, text: 'as far as any government can go' }, supersedes: ['v1'] },
    required: ['quoteId', 'status', 'supersedes'],
  },
  undoVerdict: { valid: { quoteId: 'q1' }, required: ['quoteId'] },
  listSpeakers: { valid: {}, required: [] },
  listAliasProposals: { valid: {}, required: [] },
  decideAlias: { valid: { from: 's1', to: 's2', decision: 'confirm' }, required: ['from', 'to', 'decision'] },
  renameSpeaker: { valid: { id: 's1', name: 'Yuri Ushakov' }, required: ['id', 'name'] },
  exportReport: {
    valid: { format: 'claimreview', articleId: 'a1', status: ['verified', 'open'], reviewer: 'Anna', since: '2026-03-01', includeHistory: true, organisation: 'Desk', organisationUrl: 'https://desk.example', reviewBaseUrl: 'https://desk.example/q/', save: false },
    required: ['format'],
  },
  listChanges: { valid: { after: 0 }, required: ['after'] },
  listPresence: { valid: {}, required: [] },
  mergeWorkspace: { valid: { path: '/desk/offline-copy.verbatim' }, required: ['path'] },
}

const methods = Object.keys(REQUESTS) as ApiMethod[]

/** The refusal, checked to be an ApiInputError naming the method and field, in a short message. */
function refusal(method: ApiMethod, input: unknown): string {
  try {
    parseApiInput(method, input)
  } catch (error) {
    expect(error).toBeInstanceOf(ApiInputError)
    expect((error as ApiInputError).code).toBe('invalid-input')
    const message = (error as Error).message
    expect(message.startsWith(`${method}: `)).toBe(true)
    // Never echoes a huge payload back.
    expect(message.length).toBeLessThan(300)
    return message
  }
  throw new Error(`${method} accepted ${JSON.stringify(input)?.slice(0, 200)}`)
}

const WRONG_TYPE = (value: unknown): unknown[] => {
  if (typeof value === 'string') return [42, true, null, ['text'], { text: value }]
  if (typeof value === 'number') return ['0', -1, 1.5, null, true]
  if (typeof value === 'boolean') return ['true', 1, null]
  if (Array.isArray(value)) return ['a list', { 0: value[0] }, null, 7]
  return ['an object', 7, [value]]
}

describe('parseApiInput, method by method', () => {
  it('has a request here for every method of the contract', () => {
    expect([...methods].sort()).toEqual([...API_METHODS].sort())
  })

  for (const method of methods) {
    const { valid, required } = REQUESTS[method] as { valid: Record<string, unknown>; required: string[] }

    describe(method, () => {
      it('accepts a valid request', () => {
        expect(() => parseApiInput(method, valid)).not.toThrow()
      })

      it('refuses a field it does not know, naming it', () => {
        expect(refusal(method, { ...valid, isAdmin: true })).toMatch(/Unrecognized key: "isAdmin"/)
        // JSON.parse makes "__proto__" an own key, as a request body would.
        expect(refusal(method, Object.assign(JSON.parse('{"__proto__": {"isAdmin": true}}'), valid))).toMatch(/Unrecognized key: "__proto__"/)
        expect(({} as Record<string, unknown>).isAdmin).toBeUndefined()
      })

      it('refuses anything but an object', () => {
        for (const input of [[], 'getSession', 42, true]) expect(refusal(method, input)).toMatch(new RegExp(`^${method}: request: `))
      })

      for (const field of Object.keys(valid)) {
        it(`${field}: missing ${required.includes(field) ? 'is refused' : 'is allowed'}; a wrong type is refused, naming it`, () => {
          const { [field]: _left, ...without } = valid
          if (required.includes(field)) expect(refusal(method, without)).toContain(`${method}: ${field}`)
          else expect(() => parseApiInput(method, without)).not.toThrow()
          for (const wrong of WRONG_TYPE(valid[field])) {
            // Fields that may be null (optional text) take null as "not given".
            if (wrong === null && !required.includes(field) && typeof valid[field] === 'string') continue
            expect(refusal(method, { ...valid, [field]: wrong })).toContain(`${method}: ${field}`)
          }
        })

        if (typeof valid[field] === 'string') {
          it(`${field}: refuses a 10 MB string, naming it`, () => {
            expect(refusal(method, { ...valid, [field]: 'x'.repeat(10 * 1024 * 1024) })).toContain(`${method}: ${field}`)
          })
        }
      }
    })
  }
})

describe('fields that carry ids, names, links and numbers', () => {
  it('lets an id hold only letters, digits and _ . : -', () => {
    for (const id of ['q 1; DROP TABLE quotes', '../../etc/passwd', '<script>', "q1' OR '1'='1", 'q\u0000', 'q\u202e1', '', 'x'.repeat(65)]) {
      expect(refusal('getClaim', { quoteId: id })).toContain('getClaim: quoteId')
    }
    expect(refusal('giveVerdict', { ...REQUESTS.giveVerdict.valid, supersedes: ['v1', 'v 2'] })).toContain('giveVerdict: supersedes.1')
    expect(refusal('giveVerdict', { ...REQUESTS.giveVerdict.valid, supersedes: Array.from({ length: 51 }, (_, i) => `v${i}`) })).toContain('giveVerdict: supersedes')
  })

  it('refuses a name of white space only', () => {
    expect(refusal('setReviewer', { name: ' \t\n ' })).toContain('setReviewer: name')
    expect(parseApiInput('setReviewer', { name: '  Anna Kowalska  ' }).name).toBe('Anna Kowalska')
  })

  it('takes only http(s) links', () => {
    for (const url of ['javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'file:///etc/passwd', 'vbscript:msgbox', 'not a url']) {
      expect(refusal('importPaste', { text: 'x', url })).toContain('importPaste: url')
      expect(refusal('exportReport', { format: 'claimreview', reviewBaseUrl: url })).toContain('exportReport: reviewBaseUrl')
    }
    expect(parseApiInput('importPaste', { text: 'x', url: '' }).url).toBe('')
  })

  it('refuses negative, fractional and infinite numbers where counts and offsets go', () => {
    for (const after of [-1, 0.5, Infinity, Number.NaN]) expect(refusal('listChanges', { after })).toContain('listChanges: after')
    const evidence = REQUESTS.giveVerdict.valid.evidence!
    expect(refusal('giveVerdict', { ...REQUESTS.giveVerdict.valid, evidence: { ...evidence, start: -5 } })).toContain('giveVerdict: evidence.start')
  })

  it('names the file inside a list of uploads', () => {
    expect(refusal('importUploads', { files: [{ name: 'ok.txt', base64: 'SGk=' }, { name: '', base64: 'SGk=' }] })).toContain('importUploads: files.1.name')
    expect(refusal('importUploads', { files: [{ name: 'ok.txt', base64: 'SGk=', path: '/etc/passwd' }] })).toMatch(/importUploads: files.0: Unrecognized key: "path"/)
    expect(refusal('importUploads', { files: [] })).toContain('importUploads: files')
    expect(refusal('importFiles', { paths: Array.from({ length: 1_001 }, (_, i) => `/desk/${i}.txt`) })).toContain('importFiles: paths')
  })

  it('refuses an unknown report format and a verdict status the workspace does not know', () => {
    expect(refusal('exportReport', { format: 'exe' })).toContain('exportReport: format')
    expect(refusal('giveVerdict', { ...REQUESTS.giveVerdict.valid, status: 'withdrawn' })).toContain('giveVerdict: status')
  })
})

describe('random payloads', () => {
  it('either pass the schema or are refused with an ApiInputError; nothing else is thrown', () => {
    fc.assert(
      fc.property(fc.constantFrom(...methods), fc.oneof(fc.jsonValue(), fc.anything()), (method, input) => {
        try {
          parseApiInput(method, input)
        } catch (error) {
          expect(error).toBeInstanceOf(ApiInputError)
          expect((error as Error).message.startsWith(`${method}: `)).toBe(true)
        }
      }),
      { numRuns: 300 },
    )
  })

  it('with one field of a valid request replaced by anything, still pass or are refused by name', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...methods.filter((m) => Object.keys(REQUESTS[m].valid).length > 0)),
        fc.jsonValue(),
        fc.nat(),
        (method, value, pick) => {
          const valid = REQUESTS[method].valid as Record<string, unknown>
          const fields = Object.keys(valid)
          const field = fields[pick % fields.length]
          try {
            parseApiInput(method, { ...valid, [field]: value })
          } catch (error) {
            expect(error).toBeInstanceOf(ApiInputError)
            expect((error as Error).message).toContain(`${method}: ${field}`)
          }
        },
      ),
      { numRuns: 300 },
    )
  })
})

describe('isApiMethod', () => {
  it('knows every method of the contract and nothing else, inherited names included', () => {
    for (const method of API_METHODS) expect(isApiMethod(method)).toBe(true)
    for (const name of ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', '', 'getsession', 'getSession ', 'dropDatabase', 'apiContract']) {
      expect(isApiMethod(name), name).toBe(false)
    }
    for (const value of [null, undefined, 42, {}, ['getSession'], Symbol('getSession')]) expect(isApiMethod(value)).toBe(false)
  })
})
