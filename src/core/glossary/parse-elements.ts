import {XMLParser} from 'fast-xml-parser'

import type {XmlElement} from './xml-element.js'

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  captureMetaData: true,
  // Without it numeric character references (`&#233;`) stay as written; it also
  // decodes HTML's named entities, which hand-made files sometimes use.
  htmlEntities: true
})
const metaData = XMLParser.getMetaDataSymbol()

/**
 * Parse well-formed XML into its top-level elements. Throws when the text
 * goes past the parser's own limits (depth, entity expansion).
 */
export function parseElements(text: string): XmlElement[] {
  return toChildren(parser.parse(text) as unknown[]).filter((child) => typeof child !== 'string')
}

/** Turn fast-xml-parser's ordered output (`{name: children, ':@': attributes}`) into elements. */
function toChildren(nodes: unknown[]): Array<XmlElement | string> {
  return nodes.flatMap((node) => {
    const record = node as Record<string, unknown> & Record<symbol, {startIndex?: number} | undefined>
    return Object.entries(record).flatMap(([key, value]): Array<XmlElement | string> => {
      if (key === '#text') return [String(value)]
      // `:@` holds the attributes; `?xml` and other processing instructions are not content.
      if (key === ':@' || key.startsWith('?') || !Array.isArray(value)) return []
      return [
        {
          name: key.slice(key.indexOf(':') + 1).toLowerCase(),
          attributes: (record[':@'] ?? {}) as Record<string, string>,
          children: toChildren(value),
          start: record[metaData as symbol]?.startIndex ?? 0
        }
      ]
    })
  })
}
