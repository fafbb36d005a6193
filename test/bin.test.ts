import {execFile} from 'node:child_process'
import {cp, mkdir, readdir, readFile, writeFile} from 'node:fs/promises'
import {join} from 'node:path'
import {promisify} from 'node:util'
import {describe, expect, it} from 'vitest'
import {temporaryFolder} from './helpers/run-cli.js'

const run = promisify(execFile)
const root = join(import.meta.dirname, '..')
const bin = join(root, 'dist', 'cli.js')
// No DeepL key from the developer's shell: these runs use the mock engine.
const env = {PATH: process.env.PATH ?? ''}

// A few runs of the built binary (npm test builds first): the rest of the
// suite drives `main` in-process.
describe('the built glossa binary', () => {
  it('prints its version', async () => {
    const {stdout} = await run(process.execPath, [bin, '--version'], {env})
    const manifest = JSON.parse(await readFile(join(root, 'package.json'), 'utf8')) as {version: string}
    expect(stdout).toBe(manifest.version + '\n')
  })

  it('translates the sample and sets the exit code', async () => {
    // The committed outputs: the reviewed sample, which passes every check.
    const out = await temporaryFolder()
    await cp(join(root, 'output'), out, {recursive: true})
    const ok = await run(process.execPath, [bin, 'translate', 'articles/', '--out', out, '--quiet'], {
      cwd: root,
      env: {PATH: process.env.PATH ?? ''}
    })
    expect(ok.stderr).toBe('')
    expect(await readFile(join(out, 'openai-aws.en.md'), 'utf8')).toContain(
      '# The deal between OpenAI and Amazon Web Services'
    )
    await expect(
      run(process.execPath, [bin, 'translate', '--to', 'fr'], {cwd: root, env})
    ).rejects.toMatchObject({
      code: 2
    })
    await expect(
      run(process.execPath, [bin, 'translate', 'nope.md', '--out', out], {cwd: root})
    ).rejects.toMatchObject({code: 1})
  })
})

describe('the bundle in dist/', () => {
  it('asks for no module at run time that it bundled as CommonJS (it would fail in ESM)', async () => {
    const files = (await readdir(join(root, 'dist'), {recursive: true})).filter((name) =>
      name.endsWith('.js')
    )
    expect(files).toContain('cli.js')
    for (const name of files) {
      expect(await readFile(join(root, 'dist', name), 'utf8'), name).not.toMatch(/__require\(["']/)
    }
  })

  it('loads each library it loads late: front matter (YAML), TBX (the XML parser), remark', async () => {
    const cwd = await temporaryFolder()
    await mkdir(join(cwd, 'articles'))
    await writeFile(join(cwd, 'articles', 'a.md'), '---\ntitle: "Il modello"\n---\n\n# Il modello\n')
    await writeFile(
      join(cwd, 'terms.tbx'),
      '<martif><text><body><termEntry><langSet xml:lang="it"><tig><term>modello</term></tig></langSet>' +
        '<langSet xml:lang="en"><tig><term>model</term></tig></langSet></termEntry></body></text></martif>\n'
    )
    await run(process.execPath, [bin, 'translate', '--quiet'], {cwd, env})
    expect(await readFile(join(cwd, 'output', 'a.en.md'), 'utf8')).toBe(
      '---\ntitle: "The model"\n---\n\n# The model\n'
    )
    const imported = await run(process.execPath, [bin, 'glossary', 'import', 'terms.tbx'], {cwd, env})
    expect(imported.stdout).toBe('+ modello: model\n')
    expect(imported.stderr).toBe(
      'Imported terms.tbx (tbx) — added: 1, changed: 0, unchanged: 0, skipped: 0, conflicts: 0\n'
    )
  })
})
