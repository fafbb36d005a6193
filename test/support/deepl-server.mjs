// A DeepL-compatible server for tests, `npm start` and the benchmark: the
// endpoints glossa uses (translate, usage, v2 glossaries), checks on what
// arrives on the wire, canned answers, and failures on demand. It listens on
// 127.0.0.1 only, on a port the system picks unless one is given.
import {createServer} from 'node:http'
import {randomUUID} from 'node:crypto'

/** DeepL's documented limits, which deepl-node does not enforce. */
export const maximumTexts = 50
export const maximumBodyBytes = 128 * 1024

/**
 * @typedef {'ok' | 'forbidden' | 'quota' | 'busy-once' | 'unavailable' | 'slow' | 'wrong-count' | 'quota-after-first'} Behaviour
 * @typedef {{authKey?: string, port?: number, translate?: (text: string, glossary: Map<string, string> | undefined) => string, characterLimit?: number, maxGlossaries?: number, latencyMs?: number}} ServerOptions
 */

/** Start the server; resolves once it listens. */
export async function startDeepLServer(/** @type {ServerOptions} */ options = {}) {
  const state = {
    behaviour: /** @type {Behaviour} */ ('ok'),
    slowMs: 3000,
    /** Every translate answer waits this long first, as DeepL's round trip would. */
    latencyMs: options.latencyMs ?? 0,
    translate: options.translate ?? defaultTranslate,
    counters: {translate: 0, translateTexts: 0, glossaryCreate: 0, glossaryDelete: 0, usage: 0, rejected: 0},
    /** Every translate request as it arrived: its form fields and body size. */
    requests: /** @type {Array<{fields: Record<string, string[]>, bytes: number}>} */ ([]),
    glossaries:
      /** @type {Map<string, {glossary_id: string, name: string, source_lang: string, target_lang: string, entries: string, creation_time: string, entry_count: number, ready: boolean}>} */ (
        new Map()
      ),
    characterCount: 0,
    busyAnswered: false,
    /** @type {((texts: string[]) => number | undefined) | undefined} */
    failWhen: undefined
  }

  const server = createServer((request, response) => {
    const chunks = []
    request.on('data', (chunk) => chunks.push(chunk))
    request.on('end', () => {
      const body = Buffer.concat(chunks)
      handle(state, options, request, body, response).catch((error) =>
        send(response, 500, {message: String(error)})
      )
    })
  })

  await new Promise((resolve) => server.listen(options.port ?? 0, '127.0.0.1', () => resolve(undefined)))
  const address = /** @type {import('node:net').AddressInfo} */ (server.address())

  return {
    url: 'http://127.0.0.1:' + address.port,
    state,
    /** Make the next requests behave like this. */
    behave(/** @type {Behaviour} */ behaviour) {
      state.behaviour = behaviour
      state.busyAnswered = false
    },
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve(undefined))
        // Slow answers still pending would hold the port open.
        server.closeAllConnections()
      })
  }
}

/**
 * Replace glossary terms as DeepL does: only the exact, case-sensitive
 * forms uploaded, as whole words, outside markup and held-aside `<x>` content.
 */
export function applyGlossary(
  /** @type {string} */ text,
  /** @type {Map<string, string> | undefined} */ glossary
) {
  if (!glossary || glossary.size === 0) return text
  const sources = [...glossary.keys()].sort((a, b) => b.length - a.length)
  const pattern = new RegExp(
    '(?<![\\p{L}\\p{N}])(?:' +
      sources.map((source) => source.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|') +
      ')(?![\\p{L}\\p{N}])',
    'gu'
  )
  return text
    .split(/(<x\b[^>]*[^/]>[^<]*<\/x>|<[^>]*>)/)
    .map((part) =>
      part.startsWith('<') ? part : part.replace(pattern, (found) => glossary.get(found) ?? found)
    )
    .join('')
}

/** Keeps tags, marks every text so a test can tell it was translated. */
function defaultTranslate(/** @type {string} */ text) {
  // Held-aside `<x>` content is left alone, as DeepL does with ignore_tags.
  const parts = text.split(/(<x\b[^>]*[^/]>[^<]*<\/x>)/)
  const index = parts.findIndex(
    (part) => !part.startsWith('<x') && /\p{L}/u.test(part.replace(/<[^>]*>/g, ''))
  )
  if (index === -1) return text
  parts[index] = parts[index].replace(
    /(^|>)([^<]*?)(\p{L})/u,
    (_, before, gap, letter) => before + gap + 'EN ' + letter
  )
  return parts.join('')
}

async function handle(state, options, request, body, response) {
  const url = new URL(request.url ?? '/', 'http://127.0.0.1')
  const key = /^DeepL-Auth-Key (.+)$/.exec(request.headers.authorization ?? '')?.[1]
  if (options.authKey !== undefined && key !== options.authKey)
    return send(response, 403, {message: 'Wrong endpoint'})
  const fields = parseForm(body)

  if (url.pathname === '/v2/usage' && request.method === 'GET') {
    state.counters.usage++
    return send(response, 200, {
      character_count: state.characterCount,
      character_limit: options.characterLimit ?? 500000
    })
  }

  if (url.pathname === '/v2/translate' && request.method === 'POST')
    return translate(state, fields, body, response)
  if (url.pathname.startsWith('/v2/glossaries'))
    return glossaries(state, options, request, url, fields, response)
  return send(response, 404, {message: 'Not found'})
}

async function translate(state, fields, body, response) {
  state.counters.translate++
  state.requests.push({fields, bytes: body.length})
  const texts = fields.text ?? []
  if (state.latencyMs > 0) await new Promise((resolve) => setTimeout(resolve, state.latencyMs))

  if (texts.length > maximumTexts || body.length > maximumBodyBytes) {
    state.counters.rejected++
    return send(response, body.length > maximumBodyBytes ? 413 : 400, {
      message: 'Request exceeds DeepL limits'
    })
  }

  const status = state.failWhen?.(texts)
  if (status) return send(response, status, {message: 'Failure on demand'})

  switch (state.behaviour) {
    case 'forbidden':
      return send(response, 403, {message: 'Authorization failure, check auth_key'})
    case 'quota':
      return send(response, 456, {message: 'Quota exceeded'})
    case 'quota-after-first':
      if (state.counters.translate > 1) return send(response, 456, {message: 'Quota exceeded'})
      break
    case 'unavailable':
      return send(response, 503, {message: 'Service unavailable'})
    case 'busy-once':
      if (!state.busyAnswered) {
        state.busyAnswered = true
        return send(response, 429, {message: 'Too many requests'})
      }
      break
    case 'slow':
      await new Promise((resolve) => setTimeout(resolve, state.slowMs))
      break
    default:
  }

  if (fields.tag_handling?.[0] === 'xml' && texts.some((text) => !wellFormed(text))) {
    return send(response, 400, {message: 'Tag handling parsing failed'})
  }

  const glossary = fields.glossary_id && state.glossaries.get(fields.glossary_id[0])
  if (fields.glossary_id && !glossary) return send(response, 404, {message: 'Glossary not found'})
  const entries = glossary ? glossaryEntries(glossary) : undefined

  const translations = texts.map((text) => {
    const billed = [...text.replace(/<[^>]*>/g, '').replace(/&(amp|lt|gt|quot|apos);/g, '_')].length
    state.characterCount += billed
    state.counters.translateTexts++
    return {detected_source_language: 'IT', text: state.translate(text, entries), billed_characters: billed}
  })
  if (state.behaviour === 'wrong-count') translations.pop()
  return send(response, 200, {translations})
}

/** A glossary's entries as a map, parsed once: with a large glossary, parsing on every request made the server the bottleneck. */
const parsedGlossaries = new WeakMap()
function glossaryEntries(/** @type {{entries: string}} */ glossary) {
  let entries = parsedGlossaries.get(glossary)
  if (!entries) {
    entries = new Map(glossary.entries.split('\n').map((line) => line.split('\t')))
    parsedGlossaries.set(glossary, entries)
  }
  return entries
}

function glossaries(state, options, request, url, fields, response) {
  const id = url.pathname.split('/')[3]

  if (request.method === 'GET' && id === undefined) {
    return send(response, 200, {glossaries: [...state.glossaries.values()].map(({entries, ...info}) => info)})
  }

  if (request.method === 'POST' && id === undefined) {
    if (state.glossaries.size >= (options.maxGlossaries ?? 1000)) {
      return send(response, 456, {message: 'Quota exceeded: glossary limit reached'})
    }

    // Kept as tab-separated lines, whichever of DeepL's two formats came.
    const entries =
      fields.entries_format?.[0] === 'csv' ? csvToTsv(fields.entries?.[0] ?? '') : (fields.entries?.[0] ?? '')
    const info = {
      glossary_id: randomUUID(),
      name: fields.name?.[0] ?? '',
      ready: true,
      source_lang: fields.source_lang?.[0] ?? '',
      target_lang: fields.target_lang?.[0] ?? '',
      creation_time: new Date(0).toISOString(),
      entry_count: entries.split('\n').filter(Boolean).length,
      entries
    }
    state.glossaries.set(info.glossary_id, info)
    state.counters.glossaryCreate++
    const {entries: _, ...visible} = info
    return send(response, 201, visible)
  }

  const glossary = id === undefined ? undefined : state.glossaries.get(id)
  if (!glossary) return send(response, 404, {message: 'Glossary not found'})

  if (request.method === 'DELETE') {
    state.glossaries.delete(glossary.glossary_id)
    state.counters.glossaryDelete++
    response.writeHead(204).end()
    return
  }

  if (url.pathname.endsWith('/entries')) {
    response.writeHead(200, {'content-type': 'text/tab-separated-values'}).end(glossary.entries)
    return
  }

  const {entries: _, ...visible} = glossary
  return send(response, 200, visible)
}

function parseForm(/** @type {Buffer} */ body) {
  /** @type {Record<string, string[]>} */
  const fields = {}
  for (const [name, value] of new URLSearchParams(body.toString('utf8'))) (fields[name] ??= []).push(value)
  return fields
}

/** Tag handling v2 refuses text that is not well-formed XML. */
function wellFormed(/** @type {string} */ text) {
  const stack = []
  for (const match of text.matchAll(
    /<(\/?)([a-z]+)[^>]*?(\/?)>|<|&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[\da-f]+);)/gi
  )) {
    if (match[2] === undefined) return false
    if (match[3]) continue
    if (match[1]) {
      if (stack.pop() !== match[2]) return false
    } else stack.push(match[2])
  }

  return stack.length === 0
}

function send(response, status, json) {
  response.writeHead(status, {'content-type': 'application/json'}).end(JSON.stringify(json))
}

// `node test/support/deepl-server.mjs [port]` runs it on its own, for
// `npm start` against a local server and for the benchmark.
if (import.meta.url === new URL(process.argv[1] ?? '', 'file:').href) {
  const server = await startDeepLServer({port: Number(process.argv[2] ?? 0)})
  console.log('DeepL-compatible server on ' + server.url + ' (DEEPL_SERVER_URL=' + server.url + ')')
}

/** CSV as DeepL reads it (quoted fields, a quote doubled inside one) as `source\ttarget` lines. */
function csvToTsv(/** @type {string} */ csv) {
  const rows = []
  let row = []
  let field = ''
  let quoted = false
  for (let index = 0; index < csv.length; index++) {
    const character = csv[index]
    if (quoted) {
      if (character === '"' && csv[index + 1] === '"') field += csv[++index]
      else if (character === '"') quoted = false
      else field += character
    } else if (character === '"') quoted = true
    else if (character === ',') {
      row.push(field)
      field = ''
    } else if (character === '\n' || character === '\r') {
      if (character === '\r' && csv[index + 1] === '\n') index++
      row.push(field)
      rows.push(row)
      row = []
      field = ''
    } else field += character
  }
  if (field !== '' || row.length > 0) rows.push([...row, field])
  return rows.map((cells) => cells.slice(0, 2).join('\t')).join('\n')
}
