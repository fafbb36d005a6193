/** English interface texts. `it.ts` must have the same keys (a test checks). */
export const en = {
  help: `Usage: glossa <command> [options]

Translate Italian Markdown articles into English and write a side-by-side
Italian | English file for review.

Commands:
  translate [paths…]    translate files or folders (*.md, recursively);
                        default: articles/
  usage                 show the DeepL characters used this period
  glossary <action>     maintain the glossary (glossary/glossary.tsv):
    list [--filter <text>] [--json] the terms, as a table
    add <it> <en> [--note <text>] [--forms <a|b>] [--forbid <x|y>] [--dnt]
    remove <it>                     remove a term
    check [--json]                  problems with file:line; exit 1 if any
    import <file> [--format <f>] [--dry-run] [--overwrite]
                                    merge a tsv, csv, DeepL tsv/csv or TBX
                                    file; --overwrite replaces an English
    export [--format <f>] [--out <file>]
                                    formats: tsv, csv, deepl-tsv, deepl-csv,
                                    tbx (else from .tsv, .csv, .tbx in --out)
    stats [paths…] [--out <dir>] [--json]
                                    term counts in the articles and misses
                                    in their side-by-side files
  review <action>       the review in the side-by-side files (default: output/):
    apply [paths…] [--dry-run] [--frail]
                                    check edited and approved rows, mark them
                                    reviewed, regenerate the English article
    status [paths…] [--json]        rows machine, reviewed, stale, flagged
    serve [paths…] [--port <n>] [--open]
                                    the review page in the browser, on this
                                    machine only
  memory <action>       the translation memory (--memory <file>, else
                        GLOSSA_MEMORY, else .glossa/memory.sqlite):
    stats [--json]                  entries, size, characters billed and saved
    export <file.tmx> [--reviewed <dir>]
                                    every entry as TMX 1.4b (and the reviewed
                                    rows of the side-by-side files in <dir>)
    import <file.tmx>               add the entries of a TMX glossa exported
    prune [paths…] [--dry-run]      drop the texts no article under the paths
                                    (default: articles/) has any more
    clear [--dry-run]               delete every entry

Options:
      --out <dir>       where to write the outputs (default: output/)
      --to <lang>       en-US or en-GB (default: en-US)
      --engine <name>   deepl, mock or identity (default: deepl when
                        DEEPL_AUTH_KEY is set, else mock)
      --concurrency <n> DeepL requests in flight at once, 1 to 16 (default: 4)
      --dry-run         count the units, characters and DeepL requests a
                        run would need; send and write nothing
      --json            print a machine-readable summary on stdout
      --quiet           print only warnings and errors
      --frail           exit with 1 when there are warnings (glossary
                        misses included)
      --glossary <file> the glossary to use (default: glossary/glossary.tsv in
                        the article's folder or the nearest one above)
      --memory <file>   the translation memory (default: GLOSSA_MEMORY, else
                        .glossa/memory.sqlite)
      --no-memory       neither use nor fill the translation memory this run
      --checks <ids>    run only these quality checks (comma-separated)
      --no-checks <ids> leave out these quality checks
      --lang <lang>     interface language: it or en (default: from
                        LC_ALL, LC_MESSAGES or LANG, else en)
  -h, --help            show this help
  -v, --version         show the version

Outputs, for articles/<name>.md:
  output/<name>.en.md            the English article
  output/<name>.side-by-side.md  Italian | English table for review

Environment:
  DEEPL_AUTH_KEY        your DeepL key (never printed)
  DEEPL_SERVER_URL      a DeepL-compatible server instead of DeepL's
  DEEPL_ATTEMPTS        times one DeepL request is tried, 1 to 10 (default: 4)
  DEEPL_TIMEOUT_MS      shortest time one DeepL attempt may take (default: 10000)
  GLOSSA_MEMORY         the translation memory file (default: .glossa/memory.sqlite)

Exit codes: 0 done, 1 a file failed (or warnings with --frail),
2 wrong usage or configuration.

Examples:
  glossa translate
  glossa translate articles/openai-aws.md --to en-GB
  glossa translate articles/ --engine identity --out /tmp/check
  glossa glossary add quantizzazione quantization --note "fewer bits per weight"
  glossa glossary export --out terms.tbx
`,
  usage: {
    'glossary-not-found': 'Cannot find the glossary {{file}}; check the path given to --glossary',
    'glossary-none':
      'No glossary found: looked for {{file}} in {{folder}} and every folder above it; start one with `glossa glossary add <it> <en>`, or name one with --glossary <file>',
    'output-unwritable': 'Nothing was sent: {{because}}; pass another --out, or fix the folder',
    'glossary-unreadable':
      'Cannot read the glossary {{file}} ({{reason}}); check the path given to --glossary',
    'glossary-broken':
      'Nothing was sent: fix the glossary {{file}} first (the lines above), or check it with `glossa glossary check`',
    'missing-review-action': 'Missing review action, expected one of {{expected}}; run `glossa --help`',
    'missing-action': 'Missing glossary action, expected one of {{expected}}; run `glossa --help`',
    'missing-memory-action': 'Missing memory action, expected one of {{expected}}; run `glossa --help`',
    'missing-argument': 'Missing argument for `glossa {{command}}`; run `glossa --help`',
    'option-not-for': 'Option `{{option}}` does not apply to `glossa {{command}}`; run `glossa --help`',
    'option-conflict': 'Options `{{option}}` and `{{other}}` cannot go together; keep one',
    'unknown-command': 'Unknown command `{{command}}`; run `glossa --help` to see the commands',
    'missing-command': 'Missing command; run `glossa --help` to see the commands',
    'unknown-option': 'Unknown option `{{option}}`; run `glossa --help` to see the options',
    'missing-value': 'Option `{{option}}` needs a value; run `glossa --help`',
    'no-value': 'Option `{{option}}` takes no value; run `glossa --help`',
    'bad-value': 'Unexpected `{{value}}` for `{{option}}`, expected {{expected}}',
    'unexpected-argument': 'Unexpected argument `{{value}}`; run `glossa --help`',
    'engine-unavailable':
      'The `{{engine}}` engine is not available in this version yet; use `--engine mock` or `--engine identity`',
    'deepl-key-missing':
      'The `deepl` engine needs DEEPL_AUTH_KEY; set it to your DeepL key, or use `--engine mock`',
    'deepl-key-missing-usage':
      '`glossa usage` asks DeepL for your account’s characters and needs DEEPL_AUTH_KEY; set it to your DeepL key',
    'config-invalid': 'Cannot use {{file}}: {{problem}}; fix the file or remove it',
    'config-json': 'Cannot parse {{file}} as JSON ({{problem}}); fix the file or remove it'
  },
  error: {
    'deepl-timeout':
      'DeepL did not answer in time, even after every retry; try again later or raise DEEPL_TIMEOUT_MS',
    'deepl-auth':
      'DeepL refused the key in DEEPL_AUTH_KEY (403); check the key in your DeepL account and set it again',
    'deepl-quota': 'the DeepL character quota is used up (456)',
    'deepl-glossary-limit':
      'DeepL refused a new glossary (456): the account has no free glossary slot (the Free plan keeps one); delete a glossary you no longer need in your DeepL account',
    'deepl-busy': 'DeepL is busy (429) and still was after every retry; try again in a few minutes',
    'deepl-connection': 'cannot reach the DeepL server ({{reason}}); check the network or DEEPL_SERVER_URL',
    'deepl-failed': 'DeepL failed: {{message}}',
    'engine-error': '{{message}}',
    'engine-count':
      'the {{engine}} engine answered with the wrong number of translations (texts sent: {{expected}}, translations: {{actual}})',
    unexpected: 'Unexpected error: {{message}}'
  },
  memory: {
    'not-sqlite':
      'Cannot use the translation memory {{file}}: it is not an SQLite file; move it away or pass another --memory (glossa never overwrites it)',
    foreign:
      'Cannot use the translation memory {{file}}: it is an SQLite file of another program, not a glossa memory; move it away or pass another --memory (glossa never overwrites it)',
    newer:
      'Cannot use the translation memory {{file}}: a newer glossa made it (format {{version}}; this one reads {{supported}}); update glossa, or pass another --memory',
    corrupt:
      'Cannot use the translation memory {{file}}: it is damaged ({{reason}}); restore it from a backup, or move it away to start a new one (glossa never overwrites it)',
    unwritable:
      'Cannot create the translation memory {{file}}: {{because}}; pass another --memory, or --no-memory for this run',
    sqlite: '{{message}}'
  },
  memoryCommand: {
    none: 'No translation memory yet at {{file}}: nothing to do (`glossa translate` with DeepL starts one)'
  },
  memoryStats: {
    title: 'Translation memory {{file}}',
    entries: 'entries: {{value}}',
    size: 'size on disk: {{size}} ({{bytes}} bytes, with the write-ahead log)',
    billed: 'characters billed: {{value}}',
    saved: 'characters saved: {{value}}',
    column: {
      engine: 'engine',
      target: 'target',
      entries: 'entries',
      billed: 'billed',
      saved: 'saved'
    }
  },
  memoryExport: {
    exported_one: 'Exported {{count}} entry of {{memory}} to {{file}} (TMX 1.4b)',
    exported_other: 'Exported {{count}} entries of {{memory}} to {{file}} (TMX 1.4b)',
    exported_many: 'Exported {{count}} entries of {{memory}} to {{file}} (TMX 1.4b)',
    reviewed: 'Reviewed rows from the side-by-side files, marked `x-glossa-status: reviewed`: {{reviewed}}',
    'reviewed-missing': 'Cannot find {{file}}; pass the folder of the side-by-side files to --reviewed'
  },
  memoryImport: {
    'not-found': 'Cannot import {{file}}: file not found; check the path',
    unreadable: 'Cannot read {{file}} ({{reason}}); check the path; nothing was imported',
    'not-utf8':
      'Cannot import {{file}}: it is not UTF-8 (byte {{byte}} on line {{line}}); nothing was imported. Save it as UTF-8, or export it again with `glossa memory export`',
    xml: 'Cannot import {{file}}: it is not well-formed XML ({{detail}}), a truncated file perhaps; nothing was imported. Export it again with `glossa memory export`',
    root: 'Cannot import {{file}}: its root element is `{{detail}}`, expected `tmx`; nothing was imported. Pass a TMX file',
    languages:
      'Cannot import {{file}}: its source language is `{{detail}}`, expected `it`; nothing was imported. glossa’s memory goes from Italian to English',
    'skipped-reason_one': 'Skipped {{count}} unit (unit {{first}} of the file): {{reason}}',
    'skipped-reason_other': 'Skipped {{count}} units (the first is unit {{first}} of the file): {{reason}}',
    'skipped-reason_many': 'Skipped {{count}} units (the first is unit {{first}} of the file): {{reason}}',
    reason: {
      'no-key':
        'no `x-glossa-key` property; a TMX made by another tool cannot be keyed to glossa’s units, only one that glossa exported can',
      'bad-key': 'its `x-glossa-key` is not a glossa key (64 hexadecimal digits)',
      'no-italian': 'no Italian `tuv` (xml:lang="it")',
      'no-english': 'no English `tuv` in en-US or en-GB',
      'no-engine': 'no `x-glossa-engine` property',
      markup: 'inline elements in a `seg` (bpt, ept, ph…); glossa keeps its tags as escaped text',
      reviewed:
        'reviewed rows (`x-glossa-status: reviewed`): they live in the side-by-side files, not in the memory'
    },
    imported:
      'Imported {{file}} into {{memory}} — added: {{added}}, already there: {{unchanged}}, skipped: {{skipped}}'
  },
  memoryPrune: {
    'not-found': 'Cannot find {{file}}; check the path (nothing was pruned)',
    'no-articles':
      'No Markdown articles at {{file}}: nothing was pruned, since every text would look unused; pass the folder with the articles (`glossa memory clear` deletes every entry)',
    unreadable:
      'Nothing was pruned: the articles above could not be read, so their texts would look unused; fix them and run again',
    pruned_one:
      'Pruned {{file}}: dropped {{count}} of {{entries}} entries, whose Italian no article has any more; kept: {{kept}}',
    pruned_other:
      'Pruned {{file}}: dropped {{count}} of {{entries}} entries, whose Italian no article has any more; kept: {{kept}}',
    pruned_many:
      'Pruned {{file}}: dropped {{count}} of {{entries}} entries, whose Italian no article has any more; kept: {{kept}}',
    'would-prune_one':
      'Dry run, nothing deleted: pruning {{file}} would drop {{count}} of {{entries}} entries; kept: {{kept}}',
    'would-prune_other':
      'Dry run, nothing deleted: pruning {{file}} would drop {{count}} of {{entries}} entries; kept: {{kept}}',
    'would-prune_many':
      'Dry run, nothing deleted: pruning {{file}} would drop {{count}} of {{entries}} entries; kept: {{kept}}'
  },
  memoryClear: {
    cleared_one: 'Cleared {{file}}: deleted {{count}} entry',
    cleared_other: 'Cleared {{file}}: deleted {{count}} entries',
    cleared_many: 'Cleared {{file}}: deleted {{count}} entries',
    'would-clear_one': 'Dry run, nothing deleted: clearing {{file}} would delete {{count}} entry',
    'would-clear_other': 'Dry run, nothing deleted: clearing {{file}} would delete {{count}} entries',
    'would-clear_many': 'Dry run, nothing deleted: clearing {{file}} would delete {{count}} entries'
  },
  write: {
    ENOTDIR: '`{{path}}` is a file, not a folder',
    EEXIST: '`{{path}}` is a file, not a folder',
    EISDIR: '`{{path}}` is a folder, not a file',
    EACCES: 'no permission to write in `{{path}}`',
    EPERM: 'no permission to write in `{{path}}`',
    EROFS: '`{{path}}` is on a read-only file system',
    ENOSPC: 'the disk holding `{{path}}` is full',
    EDQUOT: 'the disk quota for `{{path}}` is used up',
    other: 'cannot write `{{path}}` ({{code}})'
  },
  notice: {
    'no-glossary':
      'No glossary found: terms are not checked (looked for {{file}} in {{folder}} and every folder above it)',
    'mock-fallback':
      'DEEPL_AUTH_KEY is not set: translating with the mock engine, an offline stand-in that swaps common words. Set DEEPL_AUTH_KEY for real translations.'
  },
  account: {
    characters: 'DeepL characters this period: {{count}} of {{limit}} ({{percent}}%)',
    'no-limit': 'DeepL reports no character limit for this account'
  },
  glossaryList: {
    it: 'Italian',
    en: 'English',
    details: 'Details',
    dnt: 'do not translate',
    forms: 'forms: {{forms}}',
    forbidden: 'not: {{forbidden}}',
    count_one: '{{shown}} of {{count}} term shown',
    count_other: '{{shown}} of {{count}} terms shown',
    count_many: '{{shown}} of {{count}} terms shown'
  },
  glossaryCheck: {
    ok_one: '{{file}}: no problems ({{count}} term)',
    ok_other: '{{file}}: no problems ({{count}} terms)',
    ok_many: '{{file}}: no problems ({{count}} terms)',
    problems_one: '{{file}}: {{count}} problem; translate will not start until it is fixed',
    problems_other: '{{file}}: {{count}} problems; translate will not start until they are fixed',
    problems_many: '{{file}}: {{count}} problems; translate will not start until they are fixed',
    'fix-first':
      'Fix the glossary {{file}} first (the lines above); `glossa glossary check` lists its problems'
  },
  glossaryEdit: {
    added: 'Added `{{term}}` → `{{english}}` to {{file}}:{{line}}',
    removed: 'Removed `{{term}}` from {{file}} (it was on line {{line}})',
    refused: 'Nothing was written to {{file}}',
    'still-broken_one': '{{file}} still has {{count}} problem; `glossa glossary check` shows it',
    'still-broken_other': '{{file}} still has {{count}} problems; `glossa glossary check` shows them',
    'still-broken_many': '{{file}} still has {{count}} problems; `glossa glossary check` shows them',
    'not-found': 'Cannot find `{{term}}` in {{file}}; `glossa glossary list --filter` shows what is there'
  },
  glossaryExchange: {
    exported_one: 'Exported {{count}} term to {{file}} ({{format}})',
    exported_other: 'Exported {{count}} terms to {{file}} ({{format}})',
    exported_many: 'Exported {{count}} terms to {{file}} ({{format}})',
    unreadable: 'Cannot read {{file}} ({{reason}}); check the path',
    'not-found': 'Cannot import {{file}}: file not found; check the path',
    'unknown-extension':
      'Cannot tell the format from the name {{file}}; name it .tsv, .csv or .tbx, or give `--format` (one of {{formats}})',
    added: '+ {{term}}: {{english}}',
    'changed-english': '~ {{term}}: {{before}} → {{after}}',
    changed: '~ {{term}} ({{column}}): {{before}} → {{after}}',
    empty: '(empty)',
    failed:
      'Cannot import {{file}}: the result would not be a valid glossary; nothing was written. Please report this',
    imported:
      'Imported {{file}} ({{format}}) — added: {{added}}, changed: {{changed}}, unchanged: {{unchanged}}, skipped: {{skipped}}, conflicts: {{conflicts}}',
    'would-import':
      'Dry run, nothing written: importing {{file}} ({{format}}) would give — added: {{added}}, changed: {{changed}}, unchanged: {{unchanged}}, skipped: {{skipped}}, conflicts: {{conflicts}}'
  },
  glossaryStats: {
    it: 'Italian',
    en: 'English',
    occurrences: 'occurrences',
    articles: 'articles',
    checked: 'checked',
    missed: 'missed',
    forbidden: 'forbidden',
    'no-articles': 'No Markdown articles at {{file}}; it is left out',
    'not-found': 'Cannot find {{file}}; check the path',
    summary_one: '{{count}} article, {{reviewed}} with a side-by-side file',
    summary_other: '{{count}} articles, {{reviewed}} with a side-by-side file',
    summary_many: '{{count}} articles, {{reviewed}} with a side-by-side file'
  },
  progress: {
    articles_one: '{{done}}/{{count}} article',
    articles_other: '{{done}}/{{count}} articles',
    articles_many: '{{done}}/{{count}} articles',
    units_one: '{{done}}/{{count}} unit',
    units_other: '{{done}}/{{count}} units',
    units_many: '{{done}}/{{count}} units',
    eta: 'about {{time}} left',
    'in-flight_one': '{{count}} request in flight',
    'in-flight_other': '{{count}} requests in flight',
    'in-flight_many': '{{count}} requests in flight',
    memory_one: '{{count}} from memory',
    memory_other: '{{count}} from memory',
    memory_many: '{{count}} from memory',
    billed_one: '{{count}} billed character',
    billed_other: '{{count}} billed characters',
    billed_many: '{{count}} billed characters'
  },
  summary: {
    file: '{{file}} — requests: {{requests}}, billed characters: {{billed}}',
    'dry-run_one':
      'Dry run, nothing sent or written: {{count}} file would need — units: {{units}}, characters: {{characters}}, requests: {{requests}}.',
    'dry-run_other':
      'Dry run, nothing sent or written: {{count}} files would need — units: {{units}}, characters: {{characters}}, requests: {{requests}}.',
    'dry-run_many':
      'Dry run, nothing sent or written: {{count}} files would need — units: {{units}}, characters: {{characters}}, requests: {{requests}}.',
    files_one: '{{count}} file',
    files_other: '{{count}} files',
    files_many: '{{count}} files',
    none: 'Nothing translated: no article was found.',
    reviewed: 'Reviewed units used as they stand: {{reviewed}}.',
    memory: 'Translation memory — units answered: {{memory}}, texts sent: {{sent}}.',
    line_one:
      'Translated {{count}} of {{files}} with the {{engine}} engine — units: {{units}}, characters: {{characters}}, requests: {{requests}}, billed characters: {{billed}}.',
    line_other:
      'Translated {{count}} of {{files}} with the {{engine}} engine — units: {{units}}, characters: {{characters}}, requests: {{requests}}, billed characters: {{billed}}.',
    line_many:
      'Translated {{count}} of {{files}} with the {{engine}} engine — units: {{units}}, characters: {{characters}}, requests: {{requests}}, billed characters: {{billed}}.'
  },
  report: {
    error: 'error',
    warning: 'warning',
    info: 'info',
    'no-issues': 'no issues found',
    messages: '{{count}} messages ({{list}})',
    errors_one: '{{count}} error',
    errors_other: '{{count}} errors',
    errors_many: '{{count}} errors',
    warnings_one: '{{count}} warning',
    warnings_other: '{{count}} warnings',
    warnings_many: '{{count}} warnings'
  },
  rule: {
    'length-ratio':
      'Unexpected length of the translation ({{actual}} times the Italian), expected {{expected}}; check that nothing was cut or added',
    'punctuation-mismatch':
      "Unexpected `{{actual}}` in the translation's punctuation, expected `{{expected}}`; fix it in the side-by-side file",
    'repeated-word': 'Unexpected `{{actual}}`: a word written twice; fix it in the side-by-side file',
    'number-mismatch':
      'Unexpected numbers `{{actual}}` in the translation, expected `{{expected}}` (read as values: `38 miliardi` is `38 billion`); fix it in the side-by-side file',
    'currency-mismatch':
      'Unexpected currency `{{actual}}` in the translation, expected `{{expected}}`; fix it in the side-by-side file',
    'date-mismatch':
      'Unexpected date `{{actual}}` in the translation, expected `{{expected}}`; fix it in the side-by-side file',
    'link-mismatch':
      "Unexpected links `{{actual}}` in the translation, expected `{{expected}}`; keep the Italian's link targets",
    'code-mismatch':
      "Unexpected inline code `{{actual}}` in the translation, expected `{{expected}}`; keep the Italian's code",
    'review-target-differs':
      'Cannot translate {{file}} into {{expected}}: its side-by-side file holds review in {{actual}}; translate with `--to {{actual}}`, or into another --out',
    'review-markup-mismatch':
      'Cannot apply row `{{id}}`: the English has `{{actual}}` where the Italian has `{{expected}}`; keep the same links, code, names and emphasis',
    'review-italian-edited':
      'Cannot apply row `{{id}}`: its Italian cell was edited; put back the Italian (`glossa translate` rewrites it) and edit the English only',
    'review-row-unknown':
      'Cannot apply row `{{id}}`: no unit of the article has this id; put back the id glossa wrote',
    'review-row-missing':
      'Cannot find the row of unit `{{id}}`; a row was deleted: run `glossa translate` to write it again',
    'review-row-duplicate': 'Cannot apply row `{{id}}`: the id is in more than one row; keep one of them',
    'review-row-order':
      "Unexpected row `{{id}}` here: the rows were reordered; they are applied by id, but keep them in the article's order",
    'review-row-broken':
      'Cannot apply row `{{id}}`: it has {{actual}} cells, expected {{expected}}; write a pipe in a cell as `\\|`',
    'review-status-unknown':
      'Cannot apply row `{{id}}`: unexpected status `{{actual}}`, expected one of {{expected}}',
    'review-not-side-by-side': 'Cannot review {{file}}: it is not a glossa side-by-side file',
    'review-old-format':
      'Cannot review {{file}}: it was written before review states; run `glossa translate` once to rewrite it',
    'review-source-changed':
      'Cannot apply {{file}}: its Italian article {{actual}} changed since it was written; run `glossa translate` first (edits are kept)',
    'memory-not-stored':
      'Cannot keep the answers for {{units}} units in the translation memory ({{actual}}); they are in the outputs, but the next run will send them again',
    'glossary-term-missing':
      '`{{term}}` should be translated as `{{english}}` (glossary); fix it in the side-by-side file',
    'glossary-term-forbidden':
      '`{{term}}` should be translated as `{{english}}`, not `{{actual}}` (glossary); fix it in the side-by-side file',
    'glossary-dnt-changed':
      '`{{term}}` should stay as written (glossary: a name, not translated); fix it in the side-by-side file',
    'markup-mismatch':
      'Unexpected `{{actual}}` in the translation, expected `{{expected}}`; the Italian is kept in the English file',
    'file-missing': 'Cannot find {{file}}; check the path',
    'file-unreadable': 'Cannot read {{file}} ({{actual}}); check its permissions',
    'file-too-large':
      'Cannot translate {{file}}: it has {{actual}} bytes, more than {{expected}}; split it into smaller articles',
    'file-binary':
      'Cannot translate {{file}}: it looks binary (NUL byte at offset {{actual}}); pass Markdown text files',
    'file-encoding': 'Cannot decode {{file}} as UTF-8 (byte {{actual}}); save it as UTF-8 and run again',
    'file-empty': '{{file}} is empty: nothing to translate; add text or leave the file out',
    'folder-empty': 'No Markdown files (*.md) in {{file}}; pass a folder with articles or a file',
    'output-conflict':
      'Cannot write {{actual}}: another article of this run writes there; rename one of them',
    'engine-failed': 'Cannot translate {{file}}: {{actual}}; nothing was written for it',
    'engine-stopped':
      'Cannot finish {{file}}: {{actual}}; left in Italian — units: {{units}}, characters: {{characters}}; what came back is written',
    'engine-unanswered':
      'Cannot translate {{file}}: {{actual}}; nothing came back, nothing was written — units: {{units}}, characters: {{characters}}',
    untranslated: 'Unexpected Italian `{{actual}}` in the English; translate it in the side-by-side file',
    untranslated_stopped:
      'Unexpected Italian: no translation came back for this unit; translate it in the side-by-side file',
    'internal-error':
      'Cannot translate {{file}}: glossa failed ({{actual}}); nothing was written for it. Please report this with the file',
    'unit-skipped':
      'Cannot place this block in the source exactly (escaped text next to a bare link); it stays in Italian, translate it in the side-by-side file',
    'unit-skipped_html':
      'Cannot translate an HTML block (a component without blank lines inside is one); it stays in Italian: leave a blank line after the opening tag and before the closing one to have the text between translated as Markdown',
    'unit-skipped_esm':
      'Cannot translate MDX import or export lines; they are code and stay as they are (glossa reads Markdown, not MDX)',
    'write-failed': 'Cannot write the outputs of {{file}}: {{actual}}; the previous outputs are kept',
    'glossary-import-skipped': 'Skipped `{{term}}`: {{actual}}',
    'glossary-import-conflict':
      'Unexpected English `{{actual}}` for `{{term}}`, the glossary has `{{english}}`; left as it is: pass `--overwrite` to replace it',
    'glossary-no-tab':
      'Unexpected `{{actual}}`: no tab on this line; the glossary is tab-separated, put a tab between the Italian and the English',
    'side-by-side-row-unknown':
      'Unexpected row id `{{actual}}`: no unit of {{source}} has it, so its English is not checked; put back the id glossa wrote',
    'glossary-header':
      'Unexpected header `{{actual}}`, expected `{{expected}}` (it and en first, then any of the others); start the file with that header line',
    'glossary-duplicate':
      'Unexpected second entry for `{{term}}` (first on line {{first}}); keep one of them',
    'glossary-conflict':
      'Unexpected second entry for `{{term}}` (line {{first}} says `{{english}}`); keep the English you want and remove the other line',
    'glossary-columns':
      'Unexpected {{actual}} columns, expected at most {{expected}}; remove the extra cells',
    'glossary-empty':
      'Unexpected empty term, expected an Italian and an English term; fill both or remove the line',
    'glossary-control': 'Unexpected control character in `{{term}}`; DeepL refuses them, remove it',
    'glossary-too-long': 'Unexpected term of {{bytes}} bytes, expected at most {{maximum}}; shorten it',
    'glossary-quote': 'Unexpected unclosed quote at column {{column}}; close it with `"` or remove it',
    'glossary-dnt-value': 'Unexpected `{{actual}}` in the dnt column, expected `yes`, `no` or nothing',
    'glossary-dnt-english':
      'Unexpected English `{{actual}}` for do-not-translate `{{term}}`, expected the term itself or nothing',
    'glossary-forbid-own':
      'Unexpected `{{english}}` among the forbidden renderings of `{{term}}`: it is its own English; remove it from forbid',
    'glossary-form-collision':
      'Unexpected form `{{form}}`: it is also a form of `{{term}}` (line {{first}}); list it once, or remove one of the terms',
    'glossary-tbx-invalid': 'Cannot read the TBX file: {{reason}}; check that it is well-formed XML',
    'glossary-tbx-entry': 'Unexpected term entry `{{id}}` without a term in `{{language}}`; it is skipped',
    'glossary-tbx-root': 'Unexpected root element `{{actual}}`, expected `martif` or `tbx`; pass a TBX file',
    'glossary-languages':
      'Unexpected languages `{{actual}}`, expected `{{expected}}`; glossa glossaries go from Italian to English'
  },
  review: {
    applied: '{{file}}: rows applied: {{applied}} ({{ids}}), refused: {{refused}}',
    'would-apply':
      'Dry run, nothing written: {{file}} — rows to apply: {{applied}} ({{ids}}), refused: {{refused}}',
    'english-kept': '{{file}} is left as it was until every row applies'
  },
  reviewPage: {
    lang: 'en',
    title: 'Review',
    back: '← All articles',
    'save-all': 'Save the article',
    'save-row': 'Save row',
    approve: 'Approve',
    keys: 'Tab through rows · Alt+A approves the row · Ctrl+S saves the article',
    saving: 'Saving…',
    failed: 'Not saved',
    refused: 'Not saved: a row was refused (see next to it); nothing was written',
    changed:
      'Not saved: the side-by-side file changed on disk since this page loaded (another editor, or a translate run); reload the page',
    'too-large': 'Not saved: the request is too large',
    'bad-request': 'Not saved: the request could not be read',
    'cannot-review':
      'This side-by-side file cannot be reviewed now: its article changed since it was written, or it is not a glossa side-by-side file; run glossa translate',
    listening: 'Review page at {{url}} (this machine only; stop with Ctrl+C)'
  },
  reviewStatus: {
    file: 'Side-by-side file',
    machine: 'machine',
    reviewed: 'reviewed',
    stale: 'stale',
    flagged: 'flagged',
    left: 'left to review'
  },
  sideBySide: {
    id: 'id',
    status: 'status',
    source: 'Italian',
    target: 'English',
    notes: 'Notes',
    instructions:
      'Review the English column: edit its text, or change a row’s status to `reviewed` to approve it as it is; then run `glossa review apply`. Keep the id and Italian columns as they are.',
    previous: 'reviewed English before the Italian changed:'
  }
}

export type Messages = typeof en
