/** An element of an XML file: name without namespace prefix, in lower case. */
export interface XmlElement {
  name: string
  attributes: Record<string, string>
  children: Array<XmlElement | string>
  /** Offset of the start tag in the text. */
  start: number
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
