import type {Range} from '../markdown/index.js'
import type {Tag} from './encode-inline.js'

/**
 * The Markdown that closes a wrapper after its `content` (as written in
 * the English). A `[text]` or `[text][]` reference whose text changed is
 * closed as a full reference with the source's label bytes, `][label]`, so
 * it still resolves to its definition; an unchanged one keeps its bytes.
 */
export function closeMarkup(
  tag: Extract<Tag, {kind: 'pair'}>,
  content: string,
  render: (range: Range) => string
): string {
  const close = render(tag.close)
  if (!tag.label) return close
  const label = render(tag.label)
  return content === label ? close : '][' + label + ']'
}
