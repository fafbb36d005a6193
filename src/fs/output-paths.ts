import {join, resolve} from 'node:path'

/** Where an article's outputs go. */
export interface OutputPaths {
  /** The English article, `<name>.en.md`. */
  translation: string
  /** The review file, `<name>.side-by-side.md`. */
  sideBySide: string
}

/**
 * The absolute paths of an article's outputs: its name (its path below the
 * input folder) under `outDir`, `.md` replaced.
 */
export function outputPaths(cwd: string, outDir: string, name: string): OutputPaths {
  const base = join(resolve(cwd, outDir), name.replace(/\.md$/i, ''))
  return {translation: base + '.en.md', sideBySide: base + '.side-by-side.md'}
}
