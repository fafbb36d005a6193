import {XMLParser} from 'fast-xml-parser'

/** An element of an XML file: name without namespace prefix, in lower case. */
export interface XmlElement {
  name: string
  attributes: Record<string, string>
  children: Array<XmlElement | string>
  /** Offset of the start tag in the text. */
  start: number
}

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

/** The child elements with one of the given names. */
export function children(element: XmlElement, ...names: string[]): XmlElement[] {
  return element.children.filter(
    (child): child is XmlElement => typeof child !== 'string' && names.includes(child.name)
  )
}

/** The text of an element (a term), inline markup dropped, white space collapsed as XML layout. */
export function textOf(element: XmlElement): string {
  return proseOf(element).replace(/[ \t]+/g, ' ')
}

/**
 * The text of an element written as prose (a note). White space that spans a
 * line break is layout (a pretty-printed file) and becomes one space; runs
 * of spaces on one line are content and stay, so a note reads back as written.
 */
export function proseOf(element: XmlElement): string {
  const text = (node: XmlElement | string): string =>
    typeof node === 'string' ? node : node.children.map(text).join('')
  return text(element)
    .replace(/[ \t]*[\r\n][ \t\r\n]*/g, ' ')
    .replace(/^[ \t]+|[ \t]+$/g, '')
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
