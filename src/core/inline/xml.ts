/**
 * The small XML dialect spoken with tag-aware engines: text, paired `<g id>`
 * elements and `<x id/>` placeholders (the XLIFF 1.2 inline names). An
 * `<x id>…</x>` with content (a do-not-translate term) is a placeholder too:
 * its content comes back from the source, whatever the engine did to it.
 */

export type XmlToken =
  {type: 'text'; value: string} | {type: 'open'; id: string} | {type: 'close'} | {type: 'empty'; id: string}

const entities: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'"
}

/** Escape text so it is always valid XML character data. */
export function escapeXml(value: string): string {
  return value.replace(/[&<>]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&gt;'))
}

/**
 * Split engine output into tokens.
 * Returns `undefined` when the output is not in the dialect (a stray `<`, an
 * unknown element or an unknown entity): the caller flags the unit.
 */
export function tokenizeXml(xml: string): XmlToken[] | undefined {
  const tokens: XmlToken[] = []
  const tag = /<(\/?)([gx])(?:\s+id\s*=\s*(?:"([^"]*)"|'([^']*)'))?\s*(\/?)>/y
  let text = ''
  let index = 0

  while (index < xml.length) {
    const char = xml.charAt(index)

    if (char === '<') {
      tag.lastIndex = index
      const match = tag.exec(xml)
      if (!match) return undefined
      const [whole, slash, name, idDouble, idSingle, selfClosing] = match
      const id = idDouble ?? idSingle
      if (text) tokens.push({type: 'text', value: text})
      text = ''

      if (slash) {
        if (name !== 'g' || selfClosing || id !== undefined) return undefined
        tokens.push({type: 'close'})
      } else if (name === 'g' && !selfClosing && id !== undefined) {
        tokens.push({type: 'open', id})
      } else if (name === 'x' && selfClosing && id !== undefined) {
        tokens.push({type: 'empty', id})
      } else if (name === 'x' && id !== undefined) {
        const close = xml.indexOf('</x>', index + whole.length)
        if (close === -1 || xml.slice(index + whole.length, close).includes('<')) return undefined
        tokens.push({type: 'empty', id})
        index = close + '</x>'.length
        continue
      } else {
        return undefined
      }

      index += whole.length
    } else if (char === '&') {
      const match = /^&(#x[\da-f]+|#\d+|[a-z]+);/i.exec(xml.slice(index, index + 12))
      // A bare `&` is taken literally: engines sometimes return one unescaped.
      if (!match) {
        text += '&'
        index++
        continue
      }

      const value = decodeEntity(match[1] ?? '')
      if (value === undefined) return undefined
      text += value
      index += match[0].length
    } else if (char === '>') {
      text += '>'
      index++
    } else {
      text += char
      index++
    }
  }

  if (text) tokens.push({type: 'text', value: text})
  return tokens
}

function decodeEntity(name: string): string | undefined {
  if (name.charAt(0) === '#') {
    const code =
      name.charAt(1).toLowerCase() === 'x'
        ? Number.parseInt(name.slice(2), 16)
        : Number.parseInt(name.slice(1), 10)
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : undefined
  }

  return Object.hasOwn(entities, name) ? entities[name] : undefined
}
