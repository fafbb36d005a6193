import {randomBytes} from 'node:crypto'
import {readFile} from 'node:fs/promises'
import {createServer, type IncomingMessage, type ServerResponse} from 'node:http'
import {collectUnits, compileTerms, encodeCell, sourceFingerprint, splitCells} from '../core/index.js'
import type {Translate} from '../cli/i18n.js'
import {localise} from '../cli/report.js'
import {applySideBySide} from '../commands/review/apply-side-by-side.js'
import {loadReview} from '../commands/review/load-review.js'
import {displayPath} from '../fs/display-path.js'
import {findSideBySide} from '../fs/find-side-by-side.js'
import {loadProjects} from '../fs/load-projects.js'
import {writeAtomic} from '../fs/write-atomic.js'
import {guardRequest} from './guard-request.js'
import {pageScript, pageStyle} from './page-assets.js'
import {renderArticle, renderList} from './render-page.js'

export interface ReviewServerOptions {
  paths: readonly string[]
  cwd: string
  glossary: string | undefined
  /** Port to listen on; 0 lets the system pick a free one. */
  port: number
  t: Translate
}

export interface ReviewServer {
  /** The address to open, token included. */
  url: string
  close: () => Promise<void>
}

/** A save's body is a few rows of text: anything larger is refused unread. */
const maximumBody = 1024 * 1024

const security = {
  'content-security-policy':
    "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cache-control': 'no-store'
}

/**
 * The review page's server: on 127.0.0.1 only, every request with the run's
 * random token, the loopback Host, and for a save a matching Origin. It
 * serves the side-by-side files found under `paths` when it started, by
 * number only, so no path from a request ever reaches the file system. A
 * save goes through the very code of `glossa review apply`, and writes
 * nothing when a row is refused or the file changed since the page loaded.
 */
export async function startReviewServer(options: ReviewServerOptions): Promise<ReviewServer> {
  const {files} = await findSideBySide(options.paths, options.cwd)
  const token = randomBytes(16).toString('hex')
  let port = 0

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      send(response, 500, 'text/plain', String((error as Error)?.message ?? error))
    })
  })

  const handle = async (request: IncomingMessage, response: ServerResponse) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1')
    if (!guardRequest(request, url, token, port)) return send(response, 403, 'text/plain', 'Forbidden')
    const {t} = options

    if (request.method === 'GET' && url.pathname === '/app.js')
      return send(response, 200, 'text/javascript', pageScript)
    if (request.method === 'GET' && url.pathname === '/app.css')
      return send(response, 200, 'text/css', pageStyle)
    if (request.method === 'GET' && url.pathname === '/') {
      const items = []
      for (const [index, path] of files.entries()) {
        const review = await loadReview(path, options.cwd)
        const counts: Record<string, number> = {}
        if (review.ok)
          for (const row of review.parsed.rows) counts[row.status] = (counts[row.status] ?? 0) + 1
        items.push({index, title: displayPath(options.cwd, path), counts})
      }

      return send(response, 200, 'text/html', renderList(items, token, t))
    }

    const match = /^\/a\/(\d+)(\/save)?$/.exec(url.pathname)
    const path = match ? files[Number(match[1])] : undefined
    if (!match || path === undefined) return send(response, 404, 'text/plain', 'Not found')
    if (request.method === 'GET' && !match[2]) {
      const html = await articlePage(Number(match[1]), path)
      // A file that cannot be reviewed (its article changed, or it is not a side-by-side file): say so.
      return html === undefined
        ? send(response, 409, 'text/plain', t('reviewPage.cannot-review'))
        : send(response, 200, 'text/html', html)
    }

    if (request.method === 'POST' && match[2]) return save(path, request, response)
    return send(response, 405, 'text/plain', 'Method not allowed')
  }

  const articlePage = async (index: number, path: string): Promise<string | undefined> => {
    const text = await readFile(path, 'utf8')
    const review = await loadReview(path, options.cwd, text)
    if (!review.ok) return undefined
    const project = (await loadProjects([review.article.path], options.cwd, options.glossary)).get(
      review.article.path
    )!
    const {glossary} = project.glossary
    // The terms, found as `translate` finds them, for highlighting.
    const units = await collectUnits(review.article.file, {
      fields: project.config.frontMatterFields,
      terms: glossary.entries.length > 0 ? compileTerms(glossary) : undefined
    })
    return renderArticle(
      {
        index,
        title: displayPath(options.cwd, path),
        source: review.article.source,
        units,
        rows: new Map(review.parsed.rows.map((row) => [row.id, row])),
        glossary: project.glossary.glossary,
        hash: sourceFingerprint(text)
      },
      token,
      options.t
    )
  }

  const save = async (path: string, request: IncomingMessage, response: ServerResponse) => {
    const {t} = options
    const body = await readBody(request)
    if (body === undefined)
      return send(response, 413, 'application/json', JSON.stringify({message: t('reviewPage.too-large')}))
    let change: {hash?: unknown; rows?: unknown}
    try {
      change = JSON.parse(body) as {hash?: unknown; rows?: unknown}
    } catch {
      return send(response, 400, 'application/json', JSON.stringify({message: t('reviewPage.bad-request')}))
    }

    const text = await readFile(path, 'utf8')
    // Another editor, or a `translate` run, wrote the file since the page loaded: never overwrite that.
    if (change.hash !== sourceFingerprint(text)) {
      return send(response, 409, 'application/json', JSON.stringify({message: t('reviewPage.changed')}))
    }

    const edits = Array.isArray(change.rows)
      ? (change.rows as Array<{id?: unknown; english?: unknown; status?: unknown}>)
      : []
    const edited = editRows(text, edits)
    const review = await loadReview(path, options.cwd, edited)
    if (!review.ok) {
      const message = review.files
        .flatMap((file) => file.messages.map((each) => localise(each, t)))
        .join('; ')
      return send(response, 422, 'application/json', JSON.stringify({message}))
    }

    const project = (await loadProjects([review.article.path], options.cwd, options.glossary)).get(
      review.article.path
    )!
    const done = await applySideBySide(review, project, t)
    if (done.refused > 0 || done.english === undefined) {
      const problems = review.file.messages
        .filter((message) => message.fatal)
        .map((message) => ({
          id: String(message.values?.['id'] ?? ''),
          line: message.line,
          reason: localise(message, t)
        }))
      return send(
        response,
        422,
        'application/json',
        JSON.stringify({message: t('reviewPage.refused'), problems})
      )
    }

    await writeAtomic([
      {path, value: done.sideBySide},
      {path: done.englishPath, value: done.english}
    ])
    return send(response, 200, 'application/json', JSON.stringify({applied: done.applied}))
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port, '127.0.0.1', () => resolve())
  })
  port = (server.address() as {port: number}).port

  return {
    url: 'http://127.0.0.1:' + port + '/?token=' + token,
    close: () => new Promise<void>((resolve) => server.close(() => resolve()))
  }
}

/** The side-by-side text with the page's edits made to their rows, as a reviewer would make them by hand. */
function editRows(
  text: string,
  edits: ReadonlyArray<{id?: unknown; english?: unknown; status?: unknown}>
): string {
  const lines = text.split('\n')
  for (const edit of edits) {
    if (typeof edit.id !== 'string' || typeof edit.english !== 'string' || typeof edit.status !== 'string')
      continue
    const index = lines.findIndex((line) => line.startsWith('| ' + edit.id + ' '))
    if (index === -1) continue
    const cells = splitCells(lines[index]!).map((cell) => cell.text)
    if (cells.length !== 5) continue
    cells[1] = edit.status.replace(/[|\n]/g, ' ')
    cells[3] = encodeCell(edit.english.replace(/\r\n?/g, '\n'))
    lines[index] = '| ' + cells.map((cell) => cell || ' ').join(' | ') + ' |'
  }

  return lines.join('\n')
}

async function readBody(request: IncomingMessage): Promise<string | undefined> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of request) {
    size += (chunk as Buffer).length
    if (size > maximumBody) return undefined
    chunks.push(chunk as Buffer)
  }

  return Buffer.concat(chunks).toString('utf8')
}

function send(response: ServerResponse, status: number, type: string, body: string): void {
  response.writeHead(status, {...security, 'content-type': type + '; charset=utf-8'}).end(body)
}
