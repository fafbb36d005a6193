import {readdir, readFile} from 'node:fs/promises'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {createTranslate} from '../src/cli/i18n.js'
import {en} from '../src/cli/locales/en.js'
import {it as italian} from '../src/cli/locales/it.js'

function keys(value: object, prefix = ''): string[] {
  return Object.entries(value).flatMap(([key, child]) =>
    typeof child === 'object' && child !== null ? keys(child as object, prefix + key + '.') : [prefix + key]
  )
}

const root = join(import.meta.dirname, '..')

async function sources(folder: string): Promise<string[]> {
  const entries = await readdir(folder, {withFileTypes: true, recursive: true})
  return Promise.all(
    entries
      .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
      .map((entry) => readFile(join(entry.parentPath, entry.name), 'utf8'))
  )
}

describe('locales', () => {
  it('have the same keys in Italian and English', () => {
    expect(keys(italian).sort()).toEqual(keys(en).sort())
  })

  it('give every plural the forms Italian needs (one, other, and many for round millions)', () => {
    const plurals = keys(en).filter((key) => /_(one|other|many)$/.test(key))
    const stems = new Set(plurals.map((key) => key.replace(/_(one|other|many)$/, '')))
    for (const stem of stems) {
      for (const form of ['one', 'other', 'many']) expect(plurals, stem).toContain(stem + '_' + form)
    }
    expect(createTranslate('it')('report.warnings', {count: 1_000_000})).toBe('1000000 avvisi')
    expect(createTranslate('it')('report.warnings', {count: 1})).toBe('1 avviso')
  })

  it('have no empty text', () => {
    for (const locale of [en, italian]) {
      for (const key of keys(locale)) {
        const value = key
          .split('.')
          .reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], locale)
        expect(String(value).trim(), key).not.toBe('')
      }
    }
  })

  it('cover every key and rule id the code uses', async () => {
    const code = (await sources(join(root, 'src'))).join('\n')
    const all = new Set(keys(en).map((key) => key.replace(/_(one|other|many)$/, '')))
    const used = [
      ...[...code.matchAll(/\bt\('([\w.-]+)'/g)].map((match) => match[1]!),
      ...[...code.matchAll(/Error\('([\w-]+\.[\w.-]+)'/g)].map((match) => match[1]!),
      ...[...code.matchAll(/ruleId: '([\w-]+)'/g)].map((match) => 'rule.' + match[1]!),
      ...[...code.matchAll(/(?:fileFatal|reportOnFile)\(\s*file,\s*'([\w-]+)'/g)].map(
        (match) => 'rule.' + match[1]!
      )
    ]
    expect(used.length).toBeGreaterThan(20)
    for (const key of used) expect(all.has(key), key).toBe(true)
  })

  it('every rule id is listed in the README’s Messages section', async () => {
    const readme = await readFile(join(root, 'README.md'), 'utf8')
    const section = readme.slice(
      readme.indexOf('## Messages'),
      readme.indexOf('\n## ', readme.indexOf('## Messages') + 1)
    )
    // A rule's text may have an i18next context (`untranslated_stopped`): the rule is the part before it.
    for (const rule of Object.keys(en.rule))
      expect(section, rule).toContain('`' + rule.replace(/_\w+$/, '') + '`')
  })
})
