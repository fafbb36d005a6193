import {resolve} from 'node:path'
import type {LoadedGlossary} from '../../fs/load-glossary.js'
import {writeAtomic} from '../../fs/write-atomic.js'

/** Write the glossary atomically: an interrupted edit leaves the old file whole. */
export async function saveGlossary(glossary: LoadedGlossary, text: string, cwd: string): Promise<void> {
  await writeAtomic([{path: resolve(cwd, glossary.path), value: text}])
}
