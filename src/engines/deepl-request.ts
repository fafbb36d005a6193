import type {TranslateTextOptions} from 'deepl-node'
import type {EngineRequest} from '../core/engine.js'
import {packBatches} from './pack-batches.js'

/** Options sent with every translate request. */
export function textOptions(request: EngineRequest): TranslateTextOptions {
  return {
    tagHandling: 'xml',
    tagHandlingVersion: 'v2',
    // Held-aside markup has no words for DeepL; wrappers do, in place.
    ignoreTags: ['x'],
    nonSplittingTags: ['g', 'x'],
    splitSentences: 'nonewlines',
    ...(request.context ? {context: request.context} : {})
  }
}

/**
 * The requests DeepL will get for one article: index ranges of its texts,
 * within DeepL's limits. Shared by the engine and `--dry-run`.
 */
export function planBatches(request: EngineRequest): Array<[number, number]> {
  return packBatches(request.texts, fixedBodyBytes(request, textOptions(request)))
}

/** Bytes of the form fields every request carries besides its texts. */
function fixedBodyBytes(request: EngineRequest, options: TranslateTextOptions): number {
  const fields = new URLSearchParams({
    target_lang: request.targetLanguage,
    source_lang: request.sourceLanguage,
    show_billed_characters: '1',
    split_sentences: String(options.splitSentences),
    tag_handling: 'xml',
    tag_handling_version: 'v2',
    ignore_tags: 'x',
    non_splitting_tags: 'g,x'
  })
  if (request.context) fields.set('context', request.context)
  // Room for a glossary id (a UUID), so adding one never overflows a request.
  fields.set('glossary_id', '00000000-0000-0000-0000-000000000000')
  return fields.toString().length
}
