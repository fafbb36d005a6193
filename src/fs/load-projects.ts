import {dirname} from 'node:path'
import {findProject} from './find-project.js'
import {loadConfig, type Config} from './load-config.js'
import {loadGlossary, type LoadedGlossary} from './load-glossary.js'

/** A project as one run uses it: its folder, configuration and glossary. */
export interface Project {
  /** The folder holding `glossa.config.json` or `glossary/`; `undefined` when none was found. */
  root: string | undefined
  config: Config
  glossary: LoadedGlossary
}

/**
 * The project of each article, found from the article's own folder, loaded
 * once per project. `glossaryPath` (`--glossary`) replaces every project's
 * glossary. Returns the projects by article path, in the articles' order.
 */
export async function loadProjects(
  articles: readonly string[],
  cwd: string,
  glossaryPath: string | undefined
): Promise<Map<string, Project>> {
  const walks = new Map<string, Promise<string | undefined>>()
  const loaded = new Map<string | undefined, Promise<Project>>()
  const byArticle = new Map<string, Project>()
  // A glossary named on the command line is read once, whatever the projects.
  const named = glossaryPath === undefined ? undefined : loadGlossary(cwd, {path: glossaryPath})
  // Without articles (every path missing) the working folder's project still answers for the run.
  const folders = articles.length > 0 ? articles.map((path) => dirname(path)) : [cwd]

  for (const [index, folder] of folders.entries()) {
    const root = await findProject(folder, walks)
    let project = loaded.get(root)
    if (!project) {
      project = loadProject(root, cwd, named)
      loaded.set(root, project)
    }

    byArticle.set(articles[index] ?? cwd, await project)
  }

  return byArticle
}

async function loadProject(
  root: string | undefined,
  cwd: string,
  named: Promise<LoadedGlossary> | undefined
): Promise<Project> {
  const [config, glossary] = await Promise.all([loadConfig(root, cwd), named ?? loadGlossary(cwd, {root})])
  return {root, config, glossary}
}
