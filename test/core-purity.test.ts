import {readdir, readFile} from 'node:fs/promises'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'

const core = join(import.meta.dirname, '..', 'src', 'core')
const names = (await readdir(core)).filter((name) => name.endsWith('.ts'))

describe('the core is pure', () => {
  it('has modules', () => {
    expect(names.length).toBeGreaterThan(10)
  })

  it.each(names)('%s touches no file system, process, terminal, i18n or DeepL', async (name) => {
    const code = await readFile(join(core, name), 'utf8')
    const imports = [...code.matchAll(/from '([^']+)'/g)].map((match) => match[1])
    for (const banned of [
      'node:fs',
      'node:fs/promises',
      'fs',
      'node:process',
      'i18next',
      'deepl-node',
      'node:child_process'
    ]) {
      expect(imports, name).not.toContain(banned)
    }
    expect(
      imports.filter((path) => path?.startsWith('../') && path !== '../errors.js'),
      name
    ).toEqual([])
    expect(code, name).not.toMatch(/\bprocess\.|console\./)
  })
})
