import {readFile} from 'node:fs/promises'
import {basename, join} from 'node:path'
import {UsageError} from '../core/index.js'
import {displayPath} from './display-path.js'

export const configName = 'glossa.config.json'

export interface Config {
  /** Front-matter fields whose values are translated. */
  frontMatterFields: string[]
  /** Names this project's DeepL glossaries; default: the project folder's name. */
  project: string
}

function defaults(folder: string): Config {
  const name =
    basename(folder)
      .replace(/[^\w.-]/g, '-')
      .slice(0, 100) || 'glossa'
  return {frontMatterFields: ['title', 'description'], project: name}
}

/**
 * Read `glossa.config.json` from the project folder `root` (see
 * `findProject`), if there is one, and check it. Without a project the
 * defaults hold, named after the working folder.
 */
export async function loadConfig(root: string | undefined, cwd: string): Promise<Config> {
  if (root === undefined) return defaults(cwd)
  const path = join(root, configName)
  const file = displayPath(cwd, path)
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return defaults(root)
    throw new UsageError('usage.config-invalid', {file, problem: String((error as Error).message)}, error)
  }

  let data: unknown
  try {
    data = JSON.parse(text)
  } catch (error) {
    throw new UsageError('usage.config-json', {file, problem: (error as Error).message}, error)
  }

  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new UsageError('usage.config-invalid', {file, problem: 'expected an object'})
  }

  const config = defaults(root)
  for (const [key, value] of Object.entries(data)) {
    if (key === '$schema') continue
    if (key === 'project') {
      if (typeof value !== 'string' || !/^[\w.-]{1,100}$/.test(value)) {
        throw new UsageError('usage.config-invalid', {
          file,
          problem: '`project` must be 1 to 100 letters, digits, `.`, `_` or `-`'
        })
      }

      config.project = value
      continue
    }

    if (key !== 'frontMatterFields') {
      throw new UsageError('usage.config-invalid', {file, problem: 'unknown key `' + key + '`'})
    }

    if (!Array.isArray(value) || !value.every((field) => typeof field === 'string')) {
      throw new UsageError('usage.config-invalid', {
        file,
        problem: '`frontMatterFields` must be a list of strings'
      })
    }

    config.frontMatterFields = value
  }

  return config
}
