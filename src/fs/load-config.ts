import {readFile} from 'node:fs/promises'
import {basename, join} from 'node:path'
import {UsageError} from '../core/index.js'

export const configName = 'glossa.config.json'

export interface Config {
  /** Front-matter fields whose values are translated. */
  frontMatterFields: string[]
  /** Names this project's DeepL glossaries; default: the working folder's name. */
  project: string
}

function defaults(cwd: string): Config {
  const folder =
    basename(cwd)
      .replace(/[^\w.-]/g, '-')
      .slice(0, 100) || 'glossa'
  return {frontMatterFields: ['title', 'description'], project: folder}
}

/** Read `glossa.config.json` from `cwd`, if there is one, and check it. */
export async function loadConfig(cwd: string): Promise<Config> {
  let text: string
  try {
    text = await readFile(join(cwd, configName), 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return defaults(cwd)
    throw new UsageError(
      'usage.config-invalid',
      {file: configName, problem: String((error as Error).message)},
      error
    )
  }

  let data: unknown
  try {
    data = JSON.parse(text)
  } catch (error) {
    throw new UsageError('usage.config-json', {file: configName, problem: (error as Error).message}, error)
  }

  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new UsageError('usage.config-invalid', {file: configName, problem: 'expected an object'})
  }

  const config = defaults(cwd)
  for (const [key, value] of Object.entries(data)) {
    if (key === '$schema') continue
    if (key === 'project') {
      if (typeof value !== 'string' || !/^[\w.-]{1,100}$/.test(value)) {
        throw new UsageError('usage.config-invalid', {
          file: configName,
          problem: '`project` must be 1 to 100 letters, digits, `.`, `_` or `-`'
        })
      }

      config.project = value
      continue
    }

    if (key !== 'frontMatterFields') {
      throw new UsageError('usage.config-invalid', {file: configName, problem: 'unknown key `' + key + '`'})
    }

    if (!Array.isArray(value) || !value.every((field) => typeof field === 'string')) {
      throw new UsageError('usage.config-invalid', {
        file: configName,
        problem: '`frontMatterFields` must be a list of strings'
      })
    }

    config.frontMatterFields = value
  }

  return config
}
