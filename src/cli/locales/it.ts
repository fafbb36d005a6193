import type {Messages} from './en.js'

/** Testi dell'interfaccia in italiano. */
export const it: Messages = {
  help: `Uso: glossa <comando> [opzioni]

Traduce in inglese articoli italiani in Markdown e scrive un file
affiancato italiano | inglese per la revisione.

Comandi:
  translate [percorsi…] traduce file o cartelle (*.md, ricorsivamente);
                        predefinito: articles/
  usage                 mostra i caratteri DeepL usati in questo periodo
  glossary <azione>     cura il glossario (glossary/glossary.tsv):
    list [--filter <testo>] [--json]
                                    i termini, in tabella
    add <it> <en> [--note <testo>] [--forms <a|b>] [--forbid <x|y>] [--dnt]
    remove <it>                     toglie un termine
    check [--json]                  problemi con file:riga; esce con 1 se ce n'è
    import <file> [--format <f>] [--dry-run] [--overwrite]
                                    unisce un file tsv, csv, tsv/csv di DeepL
                                    o TBX; --overwrite sostituisce l'inglese
    export [--format <f>] [--out <file>]
                                    formati: tsv, csv, deepl-tsv, deepl-csv,
                                    tbx (se no da .tsv, .csv, .tbx in --out)
    stats [percorsi…] [--out <cartella>] [--json]
                                    occorrenze dei termini negli articoli e
                                    mancanze nei loro file affiancati
  review <azione>       la revisione nei file affiancati (predefinito: output/):
    apply [percorsi…] [--dry-run] [--frail]
                                    controlla le righe modificate e approvate,
                                    le segna riviste, rigenera l’articolo inglese
    status [percorsi…] [--json]     righe machine, reviewed, stale, segnalate
    serve [percorsi…] [--port <n>] [--open]
                                    la pagina di revisione nel browser, solo
                                    su questa macchina
  memory <azione>       la memoria di traduzione (--memory <file>, se no
                        GLOSSA_MEMORY, se no .glossa/memory.sqlite):
    stats [--json]                  voci, dimensione, caratteri fatturati e
                                    risparmiati
    export <file.tmx> [--reviewed <cartella>]
                                    tutte le voci in TMX 1.4b (e le righe
                                    riviste dei file affiancati nella cartella)
    import <file.tmx>               aggiunge le voci di un TMX esportato
                                    da glossa
    prune [percorsi…] [--dry-run]   toglie i testi che nessun articolo nei
                                    percorsi (predefinito: articles/) ha più
    clear [--dry-run]               cancella tutte le voci

Opzioni:
      --out <cartella>  dove scrivere i risultati (predefinita: output/)
      --to <lingua>     en-US o en-GB (predefinita: en-US)
      --engine <nome>   deepl, mock o identity (predefinito: deepl se
                        DEEPL_AUTH_KEY è impostata, altrimenti mock)
      --concurrency <n> richieste DeepL in parallelo, da 1 a 16 (predefinito: 4)
      --dry-run         conta unità, caratteri e richieste DeepL che servirebbero;
                        non invia e non scrive nulla
      --json            stampa su stdout un riepilogo leggibile dalle macchine
      --quiet           stampa solo avvisi ed errori
      --frail           esce con 1 se ci sono avvisi (anche del glossario)
      --glossary <file> il glossario da usare (predefinito: glossary/glossary.tsv
                        nella cartella dell'articolo o nella più vicina sopra)
      --memory <file>   la memoria di traduzione (predefinita: GLOSSA_MEMORY,
                        altrimenti .glossa/memory.sqlite)
      --no-memory       non usare né riempire la memoria in questa esecuzione
      --checks <id>     solo questi controlli di qualità (separati da virgole)
      --no-checks <id>  escludi questi controlli di qualità
      --lang <lingua>   lingua dell'interfaccia: it o en (predefinita: da
                        LC_ALL, LC_MESSAGES o LANG, altrimenti en)
  -h, --help            mostra questo aiuto
  -v, --version         mostra la versione

Risultati, per articles/<nome>.md:
  output/<nome>.en.md            l'articolo in inglese
  output/<nome>.side-by-side.md  tabella italiano | inglese da rivedere

Ambiente:
  DEEPL_AUTH_KEY        la tua chiave DeepL (mai stampata)
  DEEPL_SERVER_URL      un server compatibile con DeepL al posto di quello di DeepL
  DEEPL_ATTEMPTS        quante volte si tenta una richiesta DeepL, da 1 a 10
                        (predefinito: 4)
  DEEPL_TIMEOUT_MS      durata minima di un tentativo DeepL (predefinita: 10000)
  GLOSSA_MEMORY         il file della memoria di traduzione (predefinito: .glossa/memory.sqlite)

Codici di uscita: 0 fatto, 1 un file non è riuscito (o avvisi con --frail),
2 uso o configurazione errati.

Esempi:
  glossa translate
  glossa translate articles/openai-aws.md --to en-GB
  glossa translate articles/ --engine identity --out /tmp/verifica
  glossa glossary add quantizzazione quantization --note "meno bit per peso"
  glossa glossary export --out termini.tbx
`,
  usage: {
    'glossary-not-found':
      'Impossibile trovare il glossario {{file}}; controlla il percorso dato a --glossary',
    'glossary-none':
      'Nessun glossario trovato: cercato {{file}} in {{folder}} e in ogni cartella sopra; creane uno con `glossa glossary add <it> <en>`, o indicane uno con --glossary <file>',
    'output-unwritable':
      'Non è stato inviato nulla: {{because}}; indica un altro --out, o sistema la cartella',
    'glossary-unreadable':
      'Impossibile leggere il glossario {{file}} ({{reason}}); controlla il percorso dato a --glossary',
    'glossary-broken':
      'Non è stato inviato nulla: correggi prima il glossario {{file}} (righe qui sopra), o controllalo con `glossa glossary check`',
    'missing-review-action':
      'Manca l’azione di revisione, attesa una tra {{expected}}; esegui `glossa --help`',
    'missing-action': "Manca l'azione sul glossario, attesa una tra {{expected}}; esegui `glossa --help`",
    'missing-memory-action':
      "Manca l'azione sulla memoria, attesa una tra {{expected}}; esegui `glossa --help`",
    'missing-argument': 'Manca un argomento per `glossa {{command}}`; esegui `glossa --help`',
    'option-not-for': "L'opzione `{{option}}` non vale per `glossa {{command}}`; esegui `glossa --help`",
    'option-conflict': 'Le opzioni `{{option}}` e `{{other}}` non vanno insieme; tienine una',
    'unknown-command': 'Comando `{{command}}` sconosciuto; esegui `glossa --help` per vedere i comandi',
    'missing-command': 'Manca il comando; esegui `glossa --help` per vedere i comandi',
    'unknown-option': 'Opzione `{{option}}` sconosciuta; esegui `glossa --help` per vedere le opzioni',
    'missing-value': "L'opzione `{{option}}` vuole un valore; esegui `glossa --help`",
    'no-value': "L'opzione `{{option}}` non vuole un valore; esegui `glossa --help`",
    'bad-value': 'Valore `{{value}}` inatteso per `{{option}}`, atteso {{expected}}',
    'unexpected-argument': 'Argomento `{{value}}` inatteso; esegui `glossa --help`',
    'engine-unavailable':
      'Il motore `{{engine}}` non è ancora disponibile in questa versione; usa `--engine mock` o `--engine identity`',
    'deepl-key-missing':
      'Il motore `deepl` vuole DEEPL_AUTH_KEY; impostala con la tua chiave DeepL, o usa `--engine mock`',
    'deepl-key-missing-usage':
      '`glossa usage` chiede a DeepL i caratteri del tuo account e vuole DEEPL_AUTH_KEY; impostala con la tua chiave DeepL',
    'config-invalid': 'Impossibile usare {{file}}: {{problem}}; correggi il file o toglilo',
    'config-json': 'Impossibile leggere {{file}} come JSON ({{problem}}); correggi il file o toglilo'
  },
  error: {
    'deepl-timeout':
      'DeepL non ha risposto in tempo, neanche dopo ogni nuovo tentativo; riprova più tardi o alza DEEPL_TIMEOUT_MS',
    'deepl-auth':
      'DeepL ha rifiutato la chiave in DEEPL_AUTH_KEY (403); controlla la chiave nel tuo account DeepL e impostala di nuovo',
    'deepl-quota': 'la quota di caratteri DeepL è esaurita (456)',
    'deepl-glossary-limit':
      'DeepL ha rifiutato un nuovo glossario (456): l’account non ha posti liberi (il piano Free ne tiene uno); cancella nel tuo account DeepL un glossario che non serve più',
    'deepl-busy': 'DeepL è occupato (429) anche dopo ogni nuovo tentativo; riprova tra qualche minuto',
    'deepl-connection':
      'impossibile raggiungere il server DeepL ({{reason}}); controlla la rete o DEEPL_SERVER_URL',
    'deepl-failed': 'DeepL non è riuscito: {{message}}',
    'engine-error': '{{message}}',
    'engine-count':
      'il motore {{engine}} ha risposto con un numero sbagliato di traduzioni (testi inviati: {{expected}}, traduzioni: {{actual}})',
    unexpected: 'Errore inatteso: {{message}}'
  },
  memory: {
    'not-sqlite':
      'Impossibile usare la memoria di traduzione {{file}}: non è un file SQLite; spostalo o indica un altro --memory (glossa non lo sovrascrive mai)',
    foreign:
      'Impossibile usare la memoria di traduzione {{file}}: è un file SQLite di un altro programma, non una memoria di glossa; spostalo o indica un altro --memory (glossa non lo sovrascrive mai)',
    newer:
      'Impossibile usare la memoria di traduzione {{file}}: l’ha creata un glossa più recente (formato {{version}}; questo legge il {{supported}}); aggiorna glossa, o indica un altro --memory',
    corrupt:
      'Impossibile usare la memoria di traduzione {{file}}: è danneggiata ({{reason}}); ripristinala da un backup, o spostala per iniziarne una nuova (glossa non la sovrascrive mai)',
    unwritable:
      'Impossibile creare la memoria di traduzione {{file}}: {{because}}; indica un altro --memory, o --no-memory per questa esecuzione',
    sqlite: '{{message}}'
  },
  memoryCommand: {
    none: 'Nessuna memoria di traduzione ancora in {{file}}: niente da fare (`glossa translate` con DeepL ne avvia una)'
  },
  memoryStats: {
    title: 'Memoria di traduzione {{file}}',
    entries: 'voci: {{value}}',
    size: 'dimensione su disco: {{size}} ({{bytes}} byte, con il registro write-ahead)',
    billed: 'caratteri fatturati: {{value}}',
    saved: 'caratteri risparmiati: {{value}}',
    column: {
      engine: 'motore',
      target: 'lingua',
      entries: 'voci',
      billed: 'fatturati',
      saved: 'risparmiati'
    }
  },
  memoryExport: {
    exported_one: 'Esportata {{count}} voce di {{memory}} in {{file}} (TMX 1.4b)',
    exported_other: 'Esportate {{count}} voci di {{memory}} in {{file}} (TMX 1.4b)',
    exported_many: 'Esportate {{count}} voci di {{memory}} in {{file}} (TMX 1.4b)',
    reviewed: 'Righe riviste dai file affiancati, segnate `x-glossa-status: reviewed`: {{reviewed}}',
    'reviewed-missing': 'Impossibile trovare {{file}}; indica a --reviewed la cartella dei file affiancati'
  },
  memoryImport: {
    'not-found': 'Impossibile importare {{file}}: file non trovato; controlla il percorso',
    unreadable:
      'Impossibile leggere {{file}} ({{reason}}); controlla il percorso; non è stato importato nulla',
    'not-utf8':
      'Impossibile importare {{file}}: non è UTF-8 (byte {{byte}} alla riga {{line}}); non è stato importato nulla. Salvalo come UTF-8, o esportalo di nuovo con `glossa memory export`',
    xml: 'Impossibile importare {{file}}: non è XML ben formato ({{detail}}), forse è troncato; non è stato importato nulla. Esportalo di nuovo con `glossa memory export`',
    root: 'Impossibile importare {{file}}: il suo elemento radice è `{{detail}}`, atteso `tmx`; non è stato importato nulla. Passa un file TMX',
    languages:
      'Impossibile importare {{file}}: la sua lingua di partenza è `{{detail}}`, attesa `it`; non è stato importato nulla. La memoria di glossa va dall’italiano all’inglese',
    'skipped-reason_one': 'Saltata {{count}} unità (l’unità {{first}} del file): {{reason}}',
    'skipped-reason_other': 'Saltate {{count}} unità (la prima è l’unità {{first}} del file): {{reason}}',
    'skipped-reason_many': 'Saltate {{count}} unità (la prima è l’unità {{first}} del file): {{reason}}',
    reason: {
      'no-key':
        'manca la proprietà `x-glossa-key`; un TMX fatto da un altro programma non si può collegare alle unità di glossa, solo uno esportato da glossa',
      'bad-key': 'la sua `x-glossa-key` non è una chiave di glossa (64 cifre esadecimali)',
      'no-italian': 'manca il `tuv` italiano (xml:lang="it")',
      'no-english': 'manca il `tuv` inglese in en-US o en-GB',
      'no-engine': 'manca la proprietà `x-glossa-engine`',
      markup: 'elementi inline in un `seg` (bpt, ept, ph…); glossa tiene i suoi tag come testo con escape',
      reviewed: 'righe riviste (`x-glossa-status: reviewed`): stanno nei file affiancati, non nella memoria'
    },
    imported:
      'Importato {{file}} in {{memory}} — aggiunte: {{added}}, già presenti: {{unchanged}}, saltate: {{skipped}}'
  },
  memoryPrune: {
    'not-found': 'Impossibile trovare {{file}}; controlla il percorso (non è stato tolto nulla)',
    'no-articles':
      'Nessun articolo Markdown in {{file}}: non è stato tolto nulla, perché ogni testo sembrerebbe inutilizzato; passa la cartella con gli articoli (`glossa memory clear` cancella tutte le voci)',
    unreadable:
      'Non è stato tolto nulla: gli articoli qui sopra non si leggono, e i loro testi sembrerebbero inutilizzati; correggili e riprova',
    pruned_one:
      'Ripulita {{file}}: tolta {{count}} voce su {{entries}}, il cui italiano nessun articolo ha più; tenute: {{kept}}',
    pruned_other:
      'Ripulita {{file}}: tolte {{count}} voci su {{entries}}, il cui italiano nessun articolo ha più; tenute: {{kept}}',
    pruned_many:
      'Ripulita {{file}}: tolte {{count}} voci su {{entries}}, il cui italiano nessun articolo ha più; tenute: {{kept}}',
    'would-prune_one':
      'Prova, nulla cancellato: ripulire {{file}} toglierebbe {{count}} voce su {{entries}}; tenute: {{kept}}',
    'would-prune_other':
      'Prova, nulla cancellato: ripulire {{file}} toglierebbe {{count}} voci su {{entries}}; tenute: {{kept}}',
    'would-prune_many':
      'Prova, nulla cancellato: ripulire {{file}} toglierebbe {{count}} voci su {{entries}}; tenute: {{kept}}'
  },
  memoryClear: {
    cleared_one: 'Svuotata {{file}}: cancellata {{count}} voce',
    cleared_other: 'Svuotata {{file}}: cancellate {{count}} voci',
    cleared_many: 'Svuotata {{file}}: cancellate {{count}} voci',
    'would-clear_one': 'Prova, nulla cancellato: svuotare {{file}} cancellerebbe {{count}} voce',
    'would-clear_other': 'Prova, nulla cancellato: svuotare {{file}} cancellerebbe {{count}} voci',
    'would-clear_many': 'Prova, nulla cancellato: svuotare {{file}} cancellerebbe {{count}} voci'
  },
  write: {
    ENOTDIR: '`{{path}}` è un file, non una cartella',
    EEXIST: '`{{path}}` è un file, non una cartella',
    EISDIR: '`{{path}}` è una cartella, non un file',
    EACCES: 'nessun permesso di scrittura in `{{path}}`',
    EPERM: 'nessun permesso di scrittura in `{{path}}`',
    EROFS: '`{{path}}` è su un file system di sola lettura',
    ENOSPC: 'il disco che contiene `{{path}}` è pieno',
    EDQUOT: 'la quota disco per `{{path}}` è esaurita',
    other: 'impossibile scrivere `{{path}}` ({{code}})'
  },
  notice: {
    'no-glossary':
      'Nessun glossario trovato: i termini non vengono controllati (cercato {{file}} in {{folder}} e in ogni cartella sopra)',
    'mock-fallback':
      'DEEPL_AUTH_KEY non è impostata: traduco con il motore mock, un sostituto offline che cambia le parole più comuni. Imposta DEEPL_AUTH_KEY per traduzioni vere.'
  },
  account: {
    characters: 'Caratteri DeepL in questo periodo: {{count}} su {{limit}} ({{percent}}%)',
    'no-limit': 'DeepL non indica un limite di caratteri per questo account'
  },
  glossaryList: {
    it: 'Italiano',
    en: 'Inglese',
    details: 'Dettagli',
    dnt: 'da non tradurre',
    forms: 'forme: {{forms}}',
    forbidden: 'non: {{forbidden}}',
    count_one: '{{shown}} su {{count}} termine mostrato',
    count_other: '{{shown}} su {{count}} termini mostrati',
    count_many: '{{shown}} su {{count}} termini mostrati'
  },
  glossaryCheck: {
    ok_one: '{{file}}: nessun problema ({{count}} termine)',
    ok_other: '{{file}}: nessun problema ({{count}} termini)',
    ok_many: '{{file}}: nessun problema ({{count}} termini)',
    problems_one: '{{file}}: {{count}} problema; translate non parte finché non è corretto',
    problems_other: '{{file}}: {{count}} problemi; translate non parte finché non sono corretti',
    problems_many: '{{file}}: {{count}} problemi; translate non parte finché non sono corretti',
    'fix-first':
      'Correggi prima il glossario {{file}} (righe qui sopra); `glossa glossary check` ne elenca i problemi'
  },
  glossaryEdit: {
    added: 'Aggiunto `{{term}}` → `{{english}}` in {{file}}:{{line}}',
    removed: 'Tolto `{{term}}` da {{file}} (era alla riga {{line}})',
    refused: 'Non è stato scritto nulla in {{file}}',
    'still-broken_one': '{{file}} ha ancora {{count}} problema; `glossa glossary check` lo mostra',
    'still-broken_other': '{{file}} ha ancora {{count}} problemi; `glossa glossary check` li mostra',
    'still-broken_many': '{{file}} ha ancora {{count}} problemi; `glossa glossary check` li mostra',
    'not-found': "Impossibile trovare `{{term}}` in {{file}}; `glossa glossary list --filter` mostra cosa c'è"
  },
  glossaryExchange: {
    exported_one: 'Esportato {{count}} termine in {{file}} ({{format}})',
    exported_other: 'Esportati {{count}} termini in {{file}} ({{format}})',
    exported_many: 'Esportati {{count}} termini in {{file}} ({{format}})',
    unreadable: 'Impossibile leggere {{file}} ({{reason}}); controlla il percorso',
    'not-found': 'Impossibile importare {{file}}: file non trovato; controlla il percorso',
    'unknown-extension':
      'Impossibile capire il formato dal nome {{file}}; usa .tsv, .csv o .tbx, o indica `--format` (uno tra {{formats}})',
    added: '+ {{term}}: {{english}}',
    'changed-english': '~ {{term}}: {{before}} → {{after}}',
    changed: '~ {{term}} ({{column}}): {{before}} → {{after}}',
    empty: '(vuoto)',
    failed:
      'Impossibile importare {{file}}: il risultato non sarebbe un glossario valido; non è stato scritto nulla. Segnalalo, per favore',
    imported:
      'Importato {{file}} ({{format}}) — aggiunti: {{added}}, cambiati: {{changed}}, invariati: {{unchanged}}, saltati: {{skipped}}, conflitti: {{conflicts}}',
    'would-import':
      'Prova, non è stato scritto nulla: importare {{file}} ({{format}}) darebbe — aggiunti: {{added}}, cambiati: {{changed}}, invariati: {{unchanged}}, saltati: {{skipped}}, conflitti: {{conflicts}}'
  },
  glossaryStats: {
    it: 'Italiano',
    en: 'Inglese',
    occurrences: 'occorrenze',
    articles: 'articoli',
    checked: 'verificate',
    missed: 'mancate',
    forbidden: 'vietate',
    'no-articles': 'Nessun articolo Markdown in {{file}}; viene escluso',
    'not-found': 'Impossibile trovare {{file}}; controlla il percorso',
    summary_one: '{{count}} articolo, {{reviewed}} con file affiancato',
    summary_other: '{{count}} articoli, {{reviewed}} con file affiancato',
    summary_many: '{{count}} articoli, {{reviewed}} con file affiancato'
  },
  progress: {
    articles_one: '{{done}}/{{count}} articolo',
    articles_other: '{{done}}/{{count}} articoli',
    articles_many: '{{done}}/{{count}} articoli',
    units_one: '{{done}}/{{count}} unità',
    units_other: '{{done}}/{{count}} unità',
    units_many: '{{done}}/{{count}} unità',
    eta: 'ancora {{time}} circa',
    'in-flight_one': '{{count}} richiesta in corso',
    'in-flight_other': '{{count}} richieste in corso',
    'in-flight_many': '{{count}} richieste in corso',
    memory_one: '{{count}} dalla memoria',
    memory_other: '{{count}} dalla memoria',
    memory_many: '{{count}} dalla memoria',
    billed_one: '{{count}} carattere fatturato',
    billed_other: '{{count}} caratteri fatturati',
    billed_many: '{{count}} caratteri fatturati'
  },
  summary: {
    file: '{{file}} — richieste: {{requests}}, caratteri fatturati: {{billed}}',
    'dry-run_one':
      'Prova a vuoto, niente inviato né scritto: {{count}} file richiederebbe — unità: {{units}}, caratteri: {{characters}}, richieste: {{requests}}.',
    'dry-run_other':
      'Prova a vuoto, niente inviato né scritto: {{count}} file richiederebbero — unità: {{units}}, caratteri: {{characters}}, richieste: {{requests}}.',
    'dry-run_many':
      'Prova a vuoto, niente inviato né scritto: {{count}} file richiederebbero — unità: {{units}}, caratteri: {{characters}}, richieste: {{requests}}.',
    files_one: '{{count}}',
    files_other: '{{count}}',
    files_many: '{{count}}',
    none: 'Niente tradotto: nessun articolo trovato.',
    reviewed: 'Unità rivedute usate così come sono: {{reviewed}}.',
    memory: 'Memoria di traduzione — unità trovate: {{memory}}, testi inviati: {{sent}}.',
    line_one:
      'Tradotto {{count}} file su {{files}} con il motore {{engine}} — unità: {{units}}, caratteri: {{characters}}, richieste: {{requests}}, caratteri fatturati: {{billed}}.',
    line_other:
      'Tradotti {{count}} file su {{files}} con il motore {{engine}} — unità: {{units}}, caratteri: {{characters}}, richieste: {{requests}}, caratteri fatturati: {{billed}}.',
    line_many:
      'Tradotti {{count}} file su {{files}} con il motore {{engine}} — unità: {{units}}, caratteri: {{characters}}, richieste: {{requests}}, caratteri fatturati: {{billed}}.'
  },
  report: {
    error: 'errore',
    warning: 'avviso',
    info: 'info',
    'no-issues': 'nessun problema',
    messages: '{{count}} messaggi ({{list}})',
    errors_one: '{{count}} errore',
    errors_other: '{{count}} errori',
    errors_many: '{{count}} errori',
    warnings_one: '{{count}} avviso',
    warnings_other: '{{count}} avvisi',
    warnings_many: '{{count}} avvisi'
  },
  rule: {
    'length-ratio':
      'Lunghezza della traduzione inattesa ({{actual}} volte l’italiano), attesa {{expected}}; controlla che nulla sia stato tagliato o aggiunto',
    'punctuation-mismatch':
      '`{{actual}}` inatteso nella punteggiatura della traduzione, atteso `{{expected}}`; correggilo nel file affiancato',
    'repeated-word': '`{{actual}}` inatteso: una parola scritta due volte; correggila nel file affiancato',
    'number-mismatch':
      'Numeri `{{actual}}` inattesi nella traduzione, attesi `{{expected}}` (letti come valori: `38 miliardi` è `38 billion`); correggili nel file affiancato',
    'currency-mismatch':
      'Valuta `{{actual}}` inattesa nella traduzione, attesa `{{expected}}`; correggila nel file affiancato',
    'date-mismatch':
      'Data `{{actual}}` inattesa nella traduzione, attesa `{{expected}}`; correggila nel file affiancato',
    'link-mismatch':
      'Link `{{actual}}` inattesi nella traduzione, attesi `{{expected}}`; mantieni le destinazioni dei link italiani',
    'code-mismatch':
      'Codice `{{actual}}` inatteso nella traduzione, atteso `{{expected}}`; mantieni il codice italiano',
    'review-target-differs':
      'Impossibile tradurre {{file}} in {{expected}}: il suo file affiancato contiene una revisione in {{actual}}; traduci con `--to {{actual}}`, o in un altro --out',
    'review-markup-mismatch':
      'Impossibile applicare la riga `{{id}}`: l’inglese ha `{{actual}}` dove l’italiano ha `{{expected}}`; mantieni gli stessi link, codice, nomi ed enfasi',
    'review-italian-edited':
      'Impossibile applicare la riga `{{id}}`: la sua cella italiana è stata modificata; rimetti l’italiano (`glossa translate` lo riscrive) e modifica solo l’inglese',
    'review-row-unknown':
      'Impossibile applicare la riga `{{id}}`: nessuna unità dell’articolo ha questo id; rimetti l’id scritto da glossa',
    'review-row-missing':
      'Impossibile trovare la riga dell’unità `{{id}}`; una riga è stata cancellata: esegui `glossa translate` per riscriverla',
    'review-row-duplicate': 'Impossibile applicare la riga `{{id}}`: l’id è in più di una riga; tienine una',
    'review-row-order':
      'Riga `{{id}}` inattesa qui: le righe sono state riordinate; sono applicate per id, ma tienile nell’ordine dell’articolo',
    'review-row-broken':
      'Impossibile applicare la riga `{{id}}`: ha {{actual}} celle, attese {{expected}}; scrivi una barra verticale in una cella come `\\|`',
    'review-status-unknown':
      'Impossibile applicare la riga `{{id}}`: stato `{{actual}}` inatteso, atteso uno tra {{expected}}',
    'review-not-side-by-side': 'Impossibile rivedere {{file}}: non è un file affiancato di glossa',
    'review-old-format':
      'Impossibile rivedere {{file}}: è stato scritto prima degli stati di revisione; esegui `glossa translate` una volta per riscriverlo',
    'review-source-changed':
      'Impossibile applicare {{file}}: il suo articolo italiano {{actual}} è cambiato da quando è stato scritto; esegui prima `glossa translate` (le modifiche sono conservate)',
    'memory-not-stored':
      'Impossibile conservare nella memoria di traduzione le risposte per {{units}} unità ({{actual}}); sono nei risultati, ma la prossima esecuzione le invierà di nuovo',
    'glossary-term-missing':
      '`{{term}}` va tradotto con `{{english}}` (glossario); correggilo nel file affiancato',
    'glossary-term-forbidden':
      '`{{term}}` va tradotto con `{{english}}`, non con `{{actual}}` (glossario); correggilo nel file affiancato',
    'glossary-dnt-changed':
      "`{{term}}` va lasciato com'è (glossario: è un nome, non si traduce); correggilo nel file affiancato",
    'markup-mismatch':
      "`{{actual}}` inatteso nella traduzione, atteso `{{expected}}`; nel file inglese resta l'italiano",
    'file-missing': 'Impossibile trovare {{file}}; controlla il percorso',
    'file-unreadable': 'Impossibile leggere {{file}} ({{actual}}); controlla i permessi',
    'file-too-large':
      'Impossibile tradurre {{file}}: ha {{actual}} byte, più di {{expected}}; dividilo in articoli più piccoli',
    'file-binary':
      'Impossibile tradurre {{file}}: sembra binario (byte NUL alla posizione {{actual}}); passa file di testo Markdown',
    'file-encoding':
      'Impossibile decodificare {{file}} come UTF-8 (byte {{actual}}); salvalo in UTF-8 e riprova',
    'file-empty': '{{file}} è vuoto: niente da tradurre; aggiungi del testo o escludi il file',
    'folder-empty': 'Nessun file Markdown (*.md) in {{file}}; passa una cartella con articoli o un file',
    'output-conflict':
      'Impossibile scrivere {{actual}}: un altro articolo di questa esecuzione scrive lì; rinominane uno',
    'engine-failed': 'Impossibile tradurre {{file}}: {{actual}}; per questo file non è stato scritto nulla',
    'engine-stopped':
      'Impossibile finire {{file}}: {{actual}}; restano in italiano — unità: {{units}}, caratteri: {{characters}}; quanto è tornato è scritto',
    'engine-unanswered':
      'Impossibile tradurre {{file}}: {{actual}}; non è tornato nulla, non è stato scritto nulla — unità: {{units}}, caratteri: {{characters}}',
    untranslated: 'Italiano `{{actual}}` inatteso nell’inglese; traducilo nel file affiancato',
    untranslated_stopped:
      'Italiano inatteso: per questa unità non è tornata alcuna traduzione; traducila nel file affiancato',
    'internal-error':
      'Impossibile tradurre {{file}}: errore di glossa ({{actual}}); per questo file non è stato scritto nulla. Segnalalo allegando il file',
    'unit-skipped':
      'Impossibile collocare questo blocco nel sorgente con esattezza (testo con escape accanto a un link nudo); resta in italiano, traducilo nel file affiancato',
    'unit-skipped_html':
      'Impossibile tradurre un blocco HTML (lo è un componente senza righe vuote all’interno); resta in italiano: lascia una riga vuota dopo il tag di apertura e prima di quello di chiusura perché il testo in mezzo sia tradotto come Markdown',
    'unit-skipped_esm':
      'Impossibile tradurre righe import o export di MDX; sono codice e restano come sono (glossa legge Markdown, non MDX)',
    'write-failed': 'Impossibile scrivere i risultati di {{file}}: {{actual}}; restano quelli precedenti',
    'glossary-import-skipped': 'Saltato `{{term}}`: {{actual}}',
    'glossary-import-conflict':
      "Inglese `{{actual}}` inatteso per `{{term}}`, il glossario ha `{{english}}`; resta com'è: aggiungi `--overwrite` per sostituirlo",
    'glossary-no-tab':
      "`{{actual}}` inatteso: su questa riga non c'è un tab; il glossario è separato da tab, metti un tab tra l'italiano e l'inglese",
    'side-by-side-row-unknown':
      "Id di riga `{{actual}}` inatteso: nessuna unità di {{source}} lo ha, quindi il suo inglese non è verificato; rimetti l'id scritto da glossa",
    'glossary-header':
      'Intestazione `{{actual}}` inattesa, attesa `{{expected}}` (prima it ed en, poi le altre a piacere); inizia il file con quella riga',
    'glossary-duplicate':
      'Seconda voce inattesa per `{{term}}` (la prima è alla riga {{first}}); tienine una',
    'glossary-conflict':
      "Seconda voce inattesa per `{{term}}` (la riga {{first}} dice `{{english}}`); tieni l'inglese che vuoi e togli l'altra riga",
    'glossary-columns': '{{actual}} colonne inattese, al massimo {{expected}}; togli le celle in più',
    'glossary-empty':
      'Termine vuoto inatteso, servono un termine italiano e uno inglese; compilali o togli la riga',
    'glossary-control': 'Carattere di controllo inatteso in `{{term}}`; DeepL li rifiuta, toglilo',
    'glossary-too-long': 'Termine di {{bytes}} byte inatteso, al massimo {{maximum}}; accorcialo',
    'glossary-quote': 'Virgolette aperte e non chiuse alla colonna {{column}}; chiudile con `"` o toglile',
    'glossary-dnt-value': 'Valore `{{actual}}` inatteso nella colonna dnt, atteso `yes`, `no` o niente',
    'glossary-dnt-english':
      'Inglese `{{actual}}` inatteso per `{{term}}`, da non tradurre: atteso il termine stesso o niente',
    'glossary-forbid-own':
      '`{{english}}` inatteso tra le rese vietate di `{{term}}`: è il suo inglese; toglilo da forbid',
    'glossary-form-collision':
      'Forma `{{form}}` inattesa: è anche una forma di `{{term}}` (riga {{first}}); elencala una volta sola, o togli uno dei termini',
    'glossary-tbx-invalid': 'Impossibile leggere il file TBX: {{reason}}; controlla che sia XML ben formato',
    'glossary-tbx-entry': 'Voce `{{id}}` inattesa senza un termine in `{{language}}`; viene saltata',
    'glossary-tbx-root': 'Elemento radice `{{actual}}` inatteso, atteso `martif` o `tbx`; passa un file TBX',
    'glossary-languages':
      "Lingue `{{actual}}` inattese, attese `{{expected}}`; i glossari di glossa vanno dall'italiano all'inglese"
  },
  review: {
    applied: '{{file}}: righe applicate: {{applied}} ({{ids}}); rifiutate: {{refused}}',
    'would-apply':
      'Prova a vuoto, niente scritto: {{file}} — righe da applicare: {{applied}} ({{ids}}); rifiutate: {{refused}}',
    'english-kept': '{{file}} resta com’era finché ogni riga non si applica'
  },
  reviewPage: {
    lang: 'it',
    title: 'Revisione',
    back: '← Tutti gli articoli',
    'save-all': 'Salva l’articolo',
    'save-row': 'Salva la riga',
    approve: 'Approva',
    keys: 'Tab tra le righe · Alt+A approva la riga · Ctrl+S salva l’articolo',
    saving: 'Salvataggio…',
    failed: 'Non salvato',
    refused: 'Non salvato: una riga è stata rifiutata (vedi accanto); non è stato scritto nulla',
    changed:
      'Non salvato: il file affiancato è cambiato su disco da quando questa pagina è stata caricata (un altro editor, o un translate); ricarica la pagina',
    'too-large': 'Non salvato: la richiesta è troppo grande',
    'bad-request': 'Non salvato: impossibile leggere la richiesta',
    'cannot-review':
      'Questo file affiancato non si può rivedere ora: il suo articolo è cambiato da quando è stato scritto, o non è un file affiancato di glossa; esegui glossa translate',
    listening: 'Pagina di revisione su {{url}} (solo questa macchina; fermala con Ctrl+C)'
  },
  reviewStatus: {
    file: 'File affiancato',
    machine: 'macchina',
    reviewed: 'riviste',
    stale: 'superate',
    flagged: 'segnalate',
    left: 'da rivedere'
  },
  sideBySide: {
    id: 'id',
    status: 'stato',
    source: 'Italiano',
    target: 'Inglese',
    notes: 'Note',
    instructions:
      'Rivedi la colonna inglese: modificane il testo, o cambia lo stato di una riga in `reviewed` per approvarla così com’è; poi esegui `glossa review apply`. Lascia le colonne id e italiano come sono.',
    previous: 'inglese rivisto prima che l’italiano cambiasse:'
  }
}
