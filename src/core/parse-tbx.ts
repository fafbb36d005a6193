/**
 * Reading a TBX file (ISO 30042): TBX 2 as glossa writes it (`format-tbx.ts`)
 * and as CAT tools write it (`tig` or `ntig`/`termGrp`), and TBX 3
 * (`tbx`/`conceptEntry`/`langSec`/`termSec`).
 */
import {XMLValidator} from 'fast-xml-parser'
import type {GlossaryEntry, GlossaryProblem} from './glossary-entry.js'
import {parseElements, type XmlElement} from './parse-elements.js'
import {readTbxEntry} from './read-tbx-entry.js'

/**
 * Read a TBX file. Entries without an Italian or an English term are
 * skipped with a problem; malformed XML gives a single problem and no
 * entries. Entries carry the line of their `termEntry`.
 */
export function parseTbx(xml: string): {entries: GlossaryEntry[]; problems: GlossaryProblem[]} {
  const text = xml.replace(/^\uFEFF/, '')
  const valid = XMLValidator.validate(text)
  if (valid !== true) {
    return {
      entries: [],
      problems: [{line: valid.err.line, code: 'glossary.tbx-invalid', values: {reason: valid.err.msg}}]
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
          code: 'glossary.tbx-invalid',
          values: {reason: error instanceof Error ? error.message : String(error)}
        }
      ]
    }
  }

  const lineAt = lineFinder(text)
  if (root?.name !== 'martif' && root?.name !== 'tbx') {
    return {
      entries: [],
      problems: [
        {line: root ? lineAt(root.start) : 1, code: 'glossary.tbx-root', values: {actual: root?.name ?? ''}}
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
      problems.push({line, code: 'glossary.tbx-entry', values: {id, language: read}})
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

/** The 1-based line of an offset, by binary search over the line starts. */
function lineFinder(text: string): (offset: number) => number {
  const starts = [0]
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) {
    starts.push(index + 1)
  }

  return (offset) => {
    let low = 0
    let high = starts.length - 1
    while (low < high) {
      const middle = Math.ceil((low + high) / 2)
      if (starts[middle]! <= offset) low = middle
      else high = middle - 1
    }

    return low + 1
  }
}
