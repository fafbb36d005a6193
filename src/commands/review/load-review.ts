import {dirname, resolve} from 'node:path'
import {VFile} from 'vfile'
import {fileFatal, sourceFingerprint, type SideBySide} from '../../core/index.js'
import {displayPath} from '../../fs/display-path.js'
import {readArticle} from '../../fs/read-article.js'
import {readSideBySide, sideBySideFromText} from '../../fs/read-side-by-side.js'

/** A side-by-side file with the article it was made from, ready to apply; or the files that say why not. */
export type LoadedReview =
  | {
      ok: true
      path: string
      file: VFile
      parsed: SideBySide
      article: {path: string; file: VFile; bom: string; source: string}
    }
  | {ok: false; files: VFile[]}

/**
 * Read a side-by-side file and its Italian article (named in its header,
 * from the file's folder). A file that is not a side-by-side file, was made
 * before review states, or whose article is missing or changed since it was
 * written gets a fatal message: applying it would put English on the wrong text.
 */
export async function loadReview(path: string, cwd: string, text?: string): Promise<LoadedReview> {
  // The review page passes the file as the reviewer's edits would make it, to check before writing.
  const read =
    text === undefined
      ? await readSideBySide(path, displayPath(cwd, path))
      : await sideBySideFromText(text, displayPath(cwd, path))
  const {parsed, file} = read
  if (!parsed || parsed.sourcePath === undefined) {
    fileFatal(file, 'review-not-side-by-side', file.path)
    return {ok: false, files: [file]}
  }

  if (parsed.version !== 2) {
    fileFatal(file, 'review-old-format', file.path)
    return {ok: false, files: [file]}
  }

  const articlePath = resolve(dirname(path), parsed.sourcePath)
  const articleFile = new VFile({path: displayPath(cwd, articlePath)})
  const bom = await readArticle(articlePath, articleFile)
  if (!bom) return {ok: false, files: [articleFile]}
  const source = String(articleFile.value)
  if (sourceFingerprint(source) !== parsed.sourceHash) {
    fileFatal(file, 'review-source-changed', articleFile.path)
    return {ok: false, files: [file]}
  }

  return {ok: true, path, file, parsed, article: {path: articlePath, file: articleFile, bom: bom.bom, source}}
}
