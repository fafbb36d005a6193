import {VFile} from 'vfile'
import {fileFatal} from '../../core/index.js'
import {findSideBySide} from '../../fs/find-side-by-side.js'
import {loadReview, type LoadedReview} from './load-review.js'

/**
 * Every side-by-side file under `paths` that can be reviewed, with its
 * article; and the files that say why the others cannot (a missing path, a
 * file that is not a side-by-side file, an article changed since).
 */
export async function loadReviews(
  paths: readonly string[],
  cwd: string
): Promise<{reviews: Array<Extract<LoadedReview, {ok: true}>>; reported: VFile[]}> {
  const {files, missing} = await findSideBySide(paths, cwd)
  const reported = missing.map((input) => {
    const file = new VFile({path: input})
    fileFatal(file, 'file-missing', input)
    return file
  })
  const reviews: Array<Extract<LoadedReview, {ok: true}>> = []

  for (const path of files) {
    const review = await loadReview(path, cwd)
    if (review.ok) reviews.push(review)
    else reported.push(...review.files)
  }

  return {reviews, reported}
}
