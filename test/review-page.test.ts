import {cp, mkdir, readFile, writeFile} from 'node:fs/promises'
import {request as httpRequest} from 'node:http'
import {connect} from 'node:net'
import {networkInterfaces} from 'node:os'
import {join} from 'node:path'
import {chromium, type Browser} from 'playwright-core'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {createTranslate} from '../src/cli/i18n.js'
import {startReviewServer, type ReviewServer} from '../src/serve/review-server.js'
import {runCli, temporaryFolder} from './helpers/run-cli.js'

const root = join(import.meta.dirname, '..')
// Screenshots go where git does not look (see .gitignore).
const shots = join(root, 'test-output')

let browser: Browser
let cwd: string
let server: ReviewServer

const links = 'Vedi [il modello](https://example.com/m) e il comando `glossa` qui.\n\nSecondo paragrafo.\n'
const money = 'Il contratto vale 38 miliardi di dollari.\n'
const hostile = [
  '# Titolo <script>alert(1)</script>',
  '',
  'Un’immagine <img src=x onerror=alert(2)> e [un link](javascript:alert(3)) nel testo.',
  ''
].join('\n')

beforeAll(async () => {
  browser = await chromium.launch({executablePath: '/usr/bin/chromium', args: ['--no-sandbox']})
  cwd = await temporaryFolder()
  for (const folder of ['articles', 'glossary', 'output'])
    await cp(join(root, folder), join(cwd, folder), {recursive: true})
  await writeFile(join(cwd, 'articles', 'links.md'), links)
  await writeFile(join(cwd, 'articles', 'hostile.md'), hostile)
  await writeFile(join(cwd, 'articles', 'money.md'), money)
  expect(
    (
      await runCli(
        [
          'translate',
          'articles/links.md',
          'articles/hostile.md',
          'articles/money.md',
          '--engine',
          'mock',
          '--quiet',
          '--out',
          'output/'
        ],
        {cwd}
      )
    ).code
  ).toBe(0)
  server = await startReviewServer({
    paths: ['output/'],
    cwd,
    glossary: undefined,
    port: 0,
    t: createTranslate('en')
  })
  await mkdir(shots, {recursive: true})
})

afterAll(async () => {
  await server?.close()
  await browser?.close()
})

/** The page of one side-by-side file, by the list's link. */
async function open(name: string) {
  const page = await browser.newPage()
  const problems: string[] = []
  page.on('dialog', (dialog) => {
    problems.push('dialog: ' + dialog.message())
    void dialog.dismiss()
  })
  page.on('pageerror', (error) => problems.push('error: ' + error.message))
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push('console: ' + message.text())
  })
  await page.goto(server.url)
  await page.click('a:has-text("' + name + '")')
  await page.waitForSelector('tr[data-id]')
  return {page, problems}
}

describe('the review page in Chromium', () => {
  it('highlights glossary terms in both columns, linked', async () => {
    const {page, problems} = await open('openai-aws.side-by-side.md')
    const pairs: Array<[string, string]> = [
      ['addestramento', 'training'],
      ['inferenza', 'inference']
    ]
    for (const [italian, english] of pairs) {
      const term = page.locator('td.italian span.term', {hasText: new RegExp(italian, 'i')}).first()
      await expect(term.count()).resolves.toBeGreaterThan(0)
      const id = await term.getAttribute('data-term')
      const row = term.locator('xpath=ancestor::tr[1]')
      await expect(
        row
          .locator('.preview span.term[data-term="' + id + '"]')
          .first()
          .textContent()
      ).resolves.toMatch(new RegExp(english, 'i'))
      await term.focus()
      await expect(
        row.locator('.preview span.term.linked[data-term="' + id + '"]').count()
      ).resolves.toBeGreaterThan(0)
    }

    await page.setViewportSize({width: 1100, height: 640})
    await page.mouse.wheel(0, -100_000)
    await page.screenshot({path: join(shots, 'review-page.png'), fullPage: false})
    expect(problems).toEqual([])
    await page.close()
  })

  it('saves one edited row: the side-by-side file and the English article change, only there', async () => {
    const side = join(cwd, 'output', 'links.side-by-side.md')
    const english = join(cwd, 'output', 'links.en.md')
    const before = [(await readFile(side, 'utf8')).split('\n'), (await readFile(english, 'utf8')).split('\n')]
    const {page, problems} = await open('links.side-by-side.md')
    const row = page.locator('tr[data-id]', {hasText: 'Secondo paragrafo'})
    await row.locator('textarea').fill('A second paragraph.')
    await row.locator('button[data-action="save-row"]').click()
    await page.waitForLoadState('load')
    await page.waitForSelector('tr[data-status="reviewed"]')

    const after = [(await readFile(side, 'utf8')).split('\n'), (await readFile(english, 'utf8')).split('\n')]
    const changed = (a: string[], b: string[]) => a.filter((line, index) => line !== b[index])
    expect(changed(after[0]!, before[0]!)).toHaveLength(1)
    expect(changed(after[0]!, before[0]!)[0]).toMatch(
      /\| reviewed \| Secondo paragrafo\. \| A second paragraph\. \|/
    )
    expect(changed(after[1]!, before[1]!)).toEqual(['A second paragraph.'])
    expect(problems).toEqual([])
    await page.close()
  })

  it('refuses a save that breaks a link: the reason next to the row, nothing written', async () => {
    const side = join(cwd, 'output', 'links.side-by-side.md')
    const before = await readFile(side, 'utf8')
    const {page} = await open('links.side-by-side.md')
    const row = page.locator('tr[data-id]', {hasText: 'Vedi'})
    await row.locator('textarea').fill('See the model and the `glossa` command here.')
    await row.locator('button[data-action="save-row"]').click()
    await row.locator('.problem:not(:empty)').waitFor()
    expect(await row.locator('.problem').textContent()).toContain(
      'keep the same links, code, names and emphasis'
    )
    expect(await page.locator('#status').textContent()).toContain('nothing was written')
    expect(await readFile(side, 'utf8')).toBe(before)
    await page.close()
  })

  it('checks a saved English like an engine’s: a wrong scale is saved, and flagged next to its row', async () => {
    const {page, problems} = await open('money.side-by-side.md')
    const row = page.locator('tr[data-id]', {hasText: 'Il contratto'})
    await row.locator('textarea').fill('The contract is worth $38 million.')
    await row.locator('button[data-action="save-row"]').click()
    await page.waitForLoadState('load')
    await page.waitForSelector('tr[data-status="reviewed"]')
    const flags = await page.locator('tr[data-id]', {hasText: 'Il contratto'}).locator('.flags').textContent()
    expect(flags).toContain('number-mismatch')
    expect(flags).toContain('38000000000')
    expect(await readFile(join(cwd, 'output', 'money.en.md'), 'utf8')).toBe(
      'The contract is worth $38 million.\n'
    )
    expect(problems).toEqual([])
    await page.close()
  })

  it('works from the keyboard: Alt+A approves the focused row, Ctrl+S saves the article', async () => {
    const side = join(cwd, 'output', 'links.side-by-side.md')
    const {page, problems} = await open('links.side-by-side.md')
    const row = page.locator('tr[data-id]', {hasText: 'Vedi'})
    await row.locator('textarea').focus()
    await page.keyboard.press('Alt+A')
    expect(await row.locator('select').inputValue()).toBe('reviewed')
    await page.keyboard.press('Control+S')
    await page.waitForSelector('tr[data-status="reviewed"]:has-text("Vedi")')
    expect(await readFile(side, 'utf8')).toMatch(/\| reviewed \| Vedi \[il modello\]/)
    expect(problems).toEqual([])
    await page.close()
  })

  it('speaks Italian with --lang it', async () => {
    const italian = await startReviewServer({
      paths: ['output/'],
      cwd,
      glossary: undefined,
      port: 0,
      t: createTranslate('it')
    })
    try {
      const page = await browser.newPage()
      await page.goto(italian.url)
      expect(await page.locator('h1').textContent()).toBe('Revisione')
      expect(await page.locator('html').getAttribute('lang')).toBe('it')
      await page.close()
    } finally {
      await italian.close()
    }
  })

  it('shows hostile article text as text and runs none of it', async () => {
    const {page, problems} = await open('hostile.side-by-side.md')
    await expect(page.locator('td.italian').first().textContent()).resolves.toContain(
      '<script>alert(1)</script>'
    )
    await expect(page.locator('td.italian', {hasText: 'onerror'}).count()).resolves.toBe(1)
    await expect(page.locator('a[href^="javascript"]').count()).resolves.toBe(0)
    await expect(page.locator('img').count()).resolves.toBe(0)
    await page.waitForTimeout(300)
    expect(problems).toEqual([])
    await page.close()
  })
})

/** A raw request, with the headers and path exactly as given. */
function raw(path: string, headers: Record<string, string>, method = 'GET', body = ''): Promise<number> {
  const url = new URL(server.url)
  return new Promise((resolve, reject) => {
    const request = httpRequest({host: '127.0.0.1', port: url.port, path, method, headers}, (response) => {
      response.resume()
      resolve(response.statusCode ?? 0)
    })
    request.on('error', reject)
    request.end(body)
  })
}

describe('the review server’s guard', () => {
  const token = () => new URL(server.url).searchParams.get('token')!
  const host = () => '127.0.0.1:' + new URL(server.url).port

  it('refuses requests without the token, with a foreign Host, and a cross-origin save; changes nothing', async () => {
    const side = join(cwd, 'output', 'links.side-by-side.md')
    const before = await readFile(side, 'utf8')
    expect(await raw('/a/0', {host: host()})).toBe(403)
    expect(await raw('/?token=' + token(), {host: 'evil.example:' + new URL(server.url).port})).toBe(403)
    const save = JSON.stringify({hash: 'x', rows: []})
    const headers = {host: host(), 'x-glossa-token': token(), 'content-type': 'application/json'}
    expect(await raw('/a/1/save', {...headers, origin: 'http://evil.example'}, 'POST', save)).toBe(403)
    expect(await raw('/a/1/save', headers, 'POST', save)).toBe(403)
    expect(await readFile(side, 'utf8')).toBe(before)
    expect(await raw('/?token=' + token(), {host: host()})).toBe(200)
  })

  it('refuses a save body over 1 MiB, unread', async () => {
    const headers = {host: host(), 'x-glossa-token': token(), origin: 'http://' + host()}
    expect(await raw('/a/1/save', headers, 'POST', 'x'.repeat(1024 * 1024 + 1))).toBe(413)
  })

  it('takes a port from 0 to 65535 only', async () => {
    const run = await runCli(['review', 'serve', '--port', '70000'])
    expect(run.code).toBe(2)
    expect(run.stderr).toContain('--port')
  })

  it('serves no path outside the files it was given', async () => {
    expect(await raw('/a/../../etc/passwd?token=' + token(), {host: host()})).toBe(404)
    expect(await raw('/../output/links.en.md?token=' + token(), {host: host()})).toBe(404)
    expect(await raw('/a/99?token=' + token(), {host: host()})).toBe(404)
  })

  it('listens on the loopback address only', async () => {
    const port = Number(new URL(server.url).port)
    const addresses = Object.values(networkInterfaces())
      .flat()
      .filter((address) => address && !address.internal)
      .map((address) => address!.address)
    expect(new URL(server.url).hostname).toBe('127.0.0.1')
    for (const address of addresses) {
      const reached = await new Promise<boolean>((resolve) => {
        const socket = connect({host: address, port, timeout: 1000}, () => {
          socket.destroy()
          resolve(true)
        })
        socket.on('error', () => resolve(false))
        socket.on('timeout', () => {
          socket.destroy()
          resolve(false)
        })
      })
      expect(reached, address).toBe(false)
    }
  })
})
