import type {Tag} from './encode-inline.js'
import {heldMarkup} from './plain-text.js'
import type {XmlToken} from './xml.js'

/**
 * The words of a translation, markup taken out, held markup as U+FFFC (a
 * hard break as a line break), as the Italian's words are read.
 */
export function plainTranslation(tokens: readonly XmlToken[], tags: ReadonlyMap<string, Tag>): string {
  return tokens
    .map((token) => {
      if (token.type === 'text') return token.value
      if (token.type !== 'empty') return ''
      const tag = tags.get(token.id)
      return tag?.kind === 'hold' && tag.lineBreak ? '\n' : heldMarkup
    })
    .join('')
}
