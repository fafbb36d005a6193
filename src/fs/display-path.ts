import {isAbsolute, relative, sep} from 'node:path'

/** A path as messages show it: relative to the working folder when inside it, else whole. */
export function displayPath(cwd: string, path: string): string {
  const local = relative(cwd, path)
  return local.startsWith('..') || isAbsolute(local) ? path : local.split(sep).join('/') || '.'
}
