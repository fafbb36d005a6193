import {createHash} from 'node:crypto'
import * as deepl from 'deepl-node'
import type {GlossaryEntry} from '../core/parse-glossary.js'

/** Glossaries glossa made carry this prefix; no other glossary is touched. */
const prefix = 'glossa-'

/**
 * Make sure DeepL holds the project glossary (it → en) and return its id.
 * The glossary is named after a hash of its entries: an unchanged glossary
 * is found again by name and reused; a changed one is uploaded anew and the
 * old ones are deleted (first, on the Free plan, which keeps one glossary).
 * DeepL's v2 glossaries are immutable, and one for `en` serves en-US and en-GB.
 */
export async function ensureGlossary(
  client: deepl.DeepLClient,
  entries: readonly GlossaryEntry[],
  options: {freePlan: boolean}
): Promise<string> {
  const tsv = entries.map((entry) => entry.italian + '\t' + entry.english).join('\n')
  const name = prefix + createHash('sha256').update(tsv).digest('hex').slice(0, 16)
  const existing = (await client.listGlossaries()).filter((glossary) => glossary.name.startsWith(prefix))
  const current = existing.find(
    (glossary) => glossary.name === name && glossary.sourceLang === 'it' && glossary.targetLang === 'en'
  )
  if (current) return current.glossaryId

  const old = existing.filter((glossary) => glossary.name !== name)
  if (options.freePlan) await Promise.all(old.map((glossary) => client.deleteGlossary(glossary)))
  const created = await client.createGlossary(
    name,
    'it',
    'en',
    new deepl.GlossaryEntries({
      entries: Object.fromEntries(entries.map((entry) => [entry.italian, entry.english]))
    })
  )
  if (!options.freePlan) await Promise.all(old.map((glossary) => client.deleteGlossary(glossary)))
  return created.glossaryId
}
