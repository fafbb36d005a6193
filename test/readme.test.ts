import {access, readdir, readFile} from 'node:fs/promises'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'

const root = join(import.meta.dirname, '..')
const readme = await readFile(join(root, 'README.md'), 'utf8')

/** Every path the README names: in backticks, and first on a line of the architecture map. */
function namedPaths(): string[] {
  const quoted = [...readme.matchAll(/`((?:src|test)\/[^`\s]*)`/g)].map((match) => match[1]!)
  const section = readme.slice(
    readme.indexOf('## Architecture'),
    readme.indexOf('\n## ', readme.indexOf('## Architecture') + 1)
  )
  const map = [...section.matchAll(/^(src\/\S+)/gm)].map((match) => match[1]!)
  return [...new Set([...quoted, ...map])].sort()
}

describe('the README', () => {
  it('names only paths that exist', async () => {
    const paths = namedPaths()
    // The map and the text name every core folder and every stage.
    expect(paths).toEqual(expect.arrayContaining(['src/core/index.ts', 'src/core/document/', 'src/cli/']))
    const missing: string[] = []
    for (const path of paths) {
      await access(join(root, path)).catch(() => missing.push(path))
    }
    expect(missing).toEqual([])
  })

  it('maps every folder of src/ and src/core/', async () => {
    const folders = async (path: string) =>
      (await readdir(join(root, path), {withFileTypes: true}))
        .filter((entry) => entry.isDirectory())
        .map((entry) => path + '/' + entry.name + '/')
    const actual = [...(await folders('src')), ...(await folders('src/core'))].filter(
      (folder) => folder !== 'src/core/' && folder !== 'src/cli/locales/'
    )
    for (const folder of actual) expect(readme, folder).toContain(folder)
  })
})
