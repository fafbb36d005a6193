// Show that this checkout behaves as an earlier commit did: build both,
// record what each does on the same inputs (record.mjs), and compare every
// recorded byte.
//
//   node test/behaviour/compare.mjs [ref]      (default: 90db211, before the re-housing)
//
// Exit code 0 when everything is identical, 1 otherwise (the differing
// files are listed). Needs the npm registry for the earlier commit's `npm ci`.
import {execFileSync} from 'node:child_process'
import {mkdtemp, readdir, readFile, rm} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join, relative} from 'node:path'

const repo = join(import.meta.dirname, '..', '..')
const ref = process.argv[2] ?? '90db211'
const scratch = await mkdtemp(join(tmpdir(), 'glossa-compare-'))
const before = join(scratch, 'before')
const sh = (command, args, cwd) => execFileSync(command, args, {cwd, stdio: ['ignore', 'ignore', 'inherit']})

console.log(`building ${ref} in ${before}`)
sh('git', ['worktree', 'add', '--detach', before, ref], repo)
try {
  sh('npm', ['ci', '--no-audit', '--no-fund', '--ignore-scripts'], before)
  sh('npm', ['run', 'build', '--silent'], before)
  console.log('building this checkout')
  sh('npm', ['run', 'build', '--silent'], repo)

  const record = (root, name) => {
    const folder = join(scratch, name)
    execFileSync(process.execPath, [join(repo, 'test', 'behaviour', 'record.mjs'), root, folder], {
      stdio: 'inherit'
    })
    return folder
  }
  const old = record(before, 'record-before')
  const now = record(repo, 'record-after')

  const list = async (folder) => {
    const found = []
    const walk = async (current) => {
      for (const entry of await readdir(current, {withFileTypes: true})) {
        const path = join(current, entry.name)
        if (entry.isDirectory()) await walk(path)
        else found.push(relative(folder, path))
      }
    }
    await walk(folder)
    return found.sort()
  }

  const names = [...new Set([...(await list(old)), ...(await list(now))])].sort()
  // What glossa wrote and what reached the server, apart from what it printed.
  const kinds = {
    'output files': (name) => name.includes('/files/'),
    'server records': (name) => name.endsWith('/server.json'),
    'stdout, stderr and exit codes': (name) => name.endsWith('/runs.txt')
  }
  const differing = []
  for (const [kind, test] of Object.entries(kinds)) {
    let same = 0
    let bytes = 0
    const of = names.filter(test)
    for (const name of of) {
      const a = await readFile(join(old, name)).catch(() => undefined)
      const b = await readFile(join(now, name)).catch(() => undefined)
      if (a && b && a.equals(b)) {
        same++
        bytes += a.length
      } else differing.push(name + (a ? (b ? '' : ' (only before)') : ' (only after)'))
    }
    console.log(`${kind}: ${same} of ${of.length} identical (${bytes} bytes)`)
  }

  for (const name of differing.slice(0, 40)) console.log('  differs: ' + name)
  process.exitCode = differing.length === 0 ? 0 : 1
  if (differing.length > 0) console.log(`records kept in ${scratch} for a closer look (diff -r)`)
} finally {
  sh('git', ['worktree', 'remove', '--force', before], repo)
  if (process.exitCode === 0) await rm(scratch, {recursive: true, force: true})
}
