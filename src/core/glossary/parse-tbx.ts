/**
 * Reading a TBX file (ISO 30042): TBX 2 as glossa writes it (`format-tbx.ts`)
 * and as CAT tools write it (`tig` or `ntig`/`termGrp`), and TBX 3
 * (`tbx`/`conceptEntry`/`langSec`/`termSec`).
 */
import {location} from 'vfile-location'
import {splitBom} from '../split-bom.js'
import type {GlossaryEntry, GlossaryProblem} from './glossary-entry.js'
import {readTbxEntry} from './read-tbx-entry.js'
import type {XmlElement} from './xml-element.js'

/**
 * Read a TBX file. Entries without an Italian or an English term are
 * skipped with a problem; malformed XML gives a single problem and no
 * entries. Entries carry the line of their `termEntry`. The XML parser
 * loads on the first call: only `import` and `export` of TBX need it.
 */
export async function parseTbx(
  xml: string
): Promise<{entries: GlossaryEntry[]; problems: GlossaryProblem[]}> {
  const [{XMLValidator}, {parseElements}] = await Promise.all([
    import('fast-xml-parser'),
    import('./parse-elements.js')
  ])
  const text = splitBom(xml).text
  const valid = XMLValidator.validate(text)
  if (valid !== true) {
    return {
      entries: [],
      problems: [{line: valid.err.line, ruleId: 'glossary-tbx-invalid', values: {reason: valid.err.msg}}]
    }
  }

  let root: XmlElement | undefined
  try {
    root = parseElements(text)[0]
  } catch (error) {
    // The validator passed, but the parser has limits of its own (depth, entity expansion).
    return {
      entries: [],
      problems: [
        {
          line: 0,
          ruleId: 'glossary-tbx-invalid',
          values: {reason: error instanceof Error ? error.message : String(error)}
        }
      ]
    }
  }

  const place = location(text)
  const lineAt = (offset: number) => place.toPoint(offset)?.line ?? 1
  if (root?.name !== 'martif' && root?.name !== 'tbx') {
    return {
      entries: [],
      problems: [
        {line: root ? lineAt(root.start) : 1, ruleId: 'glossary-tbx-root', values: {actual: root?.name ?? ''}}
      ]
    }
  }

  const entries: GlossaryEntry[] = []
  const problems: GlossaryProblem[] = []
  for (const [index, element] of findEntries(root).entries()) {
    const line = lineAt(element.start)
    const read = readTbxEntry(element)
    if (typeof read === 'string') {
      const id = element.attributes['id'] ?? '#' + (index + 1)
      problems.push({line, ruleId: 'glossary-tbx-entry', values: {id, language: read}})
    } else {
      entries.push({...read, line})
    }
  }

  return {entries, problems}
}

function findEntries(element: XmlElement): XmlElement[] {
  return element.children.flatMap((child) =>
    typeof child === 'string'
      ? []
      : child.name === 'termentry' || child.name === 'conceptentry'
        ? [child]
        : findEntries(child)
  )
}
