import {createHash} from 'node:crypto'
import * as deepl from 'deepl-node'
import {glossaryUploads, type Glossary} from '../core/index.js'

/**
 * A glossary glossa made for a project is named `glossa:<project>:<hash>`;
 * only those, it → en, are ever reused or deleted.
 */
function nameFor(project: string, hash: string): string {
  return 'glossa:' + project + ':' + hash
}

/**
 * Make sure DeepL holds the project glossary (it → en) and return its id.
 * The glossary is named after a hash of its entries: an unchanged glossary
 * is found again by name and reused; a changed one is uploaded anew and the
 * old ones are deleted (first, on the Free plan, which keeps one glossary).
 * DeepL's v2 glossaries are immutable, and one for `en` serves en-US and en-GB.
 * DeepL matches only the exact form given, so every generated form goes up:
 * plurals and capitalised spellings, each with its English.
 */
export async function ensureGlossary(
  client: deepl.DeepLClient,
  glossary: Glossary,
  options: {freePlan: boolean; project: string}
): Promise<string> {
  const uploads = glossaryUploads(glossary)
  // The name hashes the entries as tab-separated lines, as it always has: an unchanged glossary keeps its name.
  const tsv = uploads.map(([italian, english]) => italian + '\t' + english).join('\n')
  const name = nameFor(options.project, createHash('sha256').update(tsv).digest('hex').slice(0, 16))
  const prefix = nameFor(options.project, '')
  const existing = (await client.listGlossaries()).filter(
    (glossary) =>
      glossary.name.startsWith(prefix) &&
      /^[\da-f]{16}$/.test(glossary.name.slice(prefix.length)) &&
      glossary.sourceLang === 'it' &&
      glossary.targetLang === 'en'
  )
  const current = existing.find((glossary) => glossary.name === name && glossary.ready)
  if (current) return current.glossaryId

  // The project's other glossaries are old (or not ready): they are replaced.
  if (options.freePlan) await deleteQuietly(client, existing)
  // Sent as CSV, which deepl-node passes on as it is: its GlossaryEntries checks every pair and
  // writes them out again, half a second for a 10,000-entry glossary (130,000 spellings), and
  // glossa's own checks already refuse what DeepL would (empty, repeated, control characters).
  const csv = uploads.map(([italian, english]) => csvField(italian) + ',' + csvField(english)).join('\n')
  const created = await client.createGlossaryWithCsv(name, 'it', 'en', Buffer.from(csv))
  if (!options.freePlan) await deleteQuietly(client, existing)
  return created.glossaryId
}

/** Delete old glossaries; one already gone (another run got there first) is fine. */
async function deleteQuietly(
  client: deepl.DeepLClient,
  glossaries: readonly deepl.GlossaryInfo[]
): Promise<void> {
  await Promise.all(
    glossaries.map((glossary) =>
      client.deleteGlossary(glossary).catch((error: unknown) => {
        if (!(error instanceof deepl.GlossaryNotFoundError)) throw error
      })
    )
  )
}

/** A CSV field as DeepL reads one: quoted, a quote inside doubled. */
function csvField(text: string): string {
  return '"' + text.replace(/"/g, '""') + '"'
}
