import type {TranslateTextOptions} from 'deepl-node'
import type {EngineRequest} from '../core/index.js'
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
 * What the memory knows DeepL's answers by: the options above that shape the
 * English (not the context, which only helps, nor the glossary, whose
 * entries in each unit are part of the unit's key). A change to them makes
 * every unit be sent again.
 */
export const deeplMemoryId =
  'deepl ' + JSON.stringify(textOptions({texts: [], sourceLanguage: 'it', targetLanguage: 'en-US'}))

/**
 * The requests DeepL will get for one article: index ranges of its texts,
 * within DeepL's limits. Shared by the engine and `--dry-run`.
 */
export function planBatches(request: EngineRequest): Array<[number, number]> {
  return packBatches(request.texts, fixedBodyBytes(request, textOptions(request)))
}

/**
 * Bytes of the form fields every request carries besides its texts. The
 * fields are derived from the same options deepl-node sends (camelCase
 * names as snake_case, lists joined with commas), so the two cannot drift.
 */
function fixedBodyBytes(request: EngineRequest, options: TranslateTextOptions): number {
  const fields = new URLSearchParams({
    target_lang: request.targetLanguage,
    source_lang: request.sourceLanguage,
    show_billed_characters: '1',
    // Room for a glossary id (a UUID), so adding one never overflows a request.
    glossary_id: '00000000-0000-0000-0000-000000000000'
  })

  for (const [name, value] of Object.entries(options)) {
    const field = name.replace(/[A-Z]/g, (letter) => '_' + letter.toLowerCase())
    fields.set(field, Array.isArray(value) ? value.join(',') : String(value))
  }

  return fields.toString().length
}
