import type {Nodes} from 'mdast'
import {heldMarkup} from '../inline/index.js'
import {parseMarkdown} from '../markdown/index.js'

/**
 * The words of a Markdown snippet (a side-by-side cell) as plain text, the
 * way a unit's words are matched: markup gone, code, HTML and images as
 * U+FFFC, breaks as line breaks, character references decoded.
 */
export async function markdownWords(markdown: string): Promise<string> {
  const words = (node: Nodes): string => {
    switch (node.type) {
      case 'text':
        return node.value
      case 'break':
        return '\n'
      case 'inlineCode':
      case 'html':
      case 'image':
      case 'imageReference':
      case 'footnoteReference':
        return heldMarkup
      default:
        return 'children' in node ? node.children.map((child) => words(child as Nodes)).join('') : ''
    }
  }

  return (await parseMarkdown(markdown)).children.map((child) => words(child)).join('\n')
}
