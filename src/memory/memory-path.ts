import {resolve} from 'node:path'

/** Where the memory lives unless `--memory` or `GLOSSA_MEMORY` says otherwise, below the working folder. */
export const defaultMemoryPath = '.glossa/memory.sqlite'

/** The memory file of a run: `--memory`, else `GLOSSA_MEMORY`, else `.glossa/memory.sqlite`; absolute. */
export function memoryPath(
  option: string | undefined,
  env: Readonly<Record<string, string | undefined>>,
  cwd: string
): string {
  return resolve(cwd, option ?? (env.GLOSSA_MEMORY || defaultMemoryPath))
}
