/**
 * The mock engine's Italian → English word table: enough of the language of
 * tech news that its output is visibly English-ish, and nothing more.
 * Keys are lower case; elided forms keep their apostrophe.
 */
export const mockWords: ReadonlyMap<string, string> = new Map([
  ["l'", 'the '], ["dell'", 'of the '], ["all'", 'to the '], ["dall'", 'from the '],
  ["nell'", 'in the '], ["sull'", 'on the '], ["un'", 'a '], ["d'", 'of '],
  ['il', 'the'], ['lo', 'the'], ['la', 'the'], ['i', 'the'], ['gli', 'the'], ['le', 'the'],
  ['un', 'a'], ['uno', 'a'], ['una', 'a'],
  ['di', 'of'], ['del', 'of the'], ['della', 'of the'], ['dei', 'of the'], ['degli', 'of the'], ['delle', 'of the'],
  ['a', 'to'], ['al', 'to the'], ['alla', 'to the'], ['ai', 'to the'], ['alle', 'to the'],
  ['da', 'from'], ['dal', 'from the'], ['dalla', 'from the'], ['dai', 'from the'],
  ['in', 'in'], ['nel', 'in the'], ['nella', 'in the'], ['nei', 'in the'], ['nelle', 'in the'],
  ['su', 'on'], ['sul', 'on the'], ['sulla', 'on the'], ['con', 'with'], ['per', 'for'],
  ['tra', 'between'], ['fra', 'between'], ['e', 'and'], ['ed', 'and'], ['o', 'or'], ['ma', 'but'],
  ['che', 'that'], ['non', 'not'], ['solo', 'only'], ['anche', 'also'], ['come', 'as'],
  ['più', 'more'], ['molto', 'very'], ['già', 'already'], ['sempre', 'always'], ['ancora', 'still'],
  ['è', 'is'], ['sono', 'are'], ['ha', 'has'], ['hanno', 'have'], ['sarà', 'will be'], ['saranno', 'will be'],
  ['questo', 'this'], ['questa', 'this'], ['queste', 'these'], ['questi', 'these'],
  ['suo', 'its'], ['sua', 'its'], ['suoi', 'its'], ['sue', 'its'],
  ['accordo', 'agreement'], ['accordi', 'agreements'], ['intesa', 'deal'], ['azienda', 'company'],
  ['aziende', 'companies'], ['società', 'company'], ['mercato', 'market'], ['mercati', 'markets'],
  ['intelligenza', 'intelligence'], ['artificiale', 'artificial'], ['generativa', 'generative'],
  ['modello', 'model'], ['modelli', 'models'], ['calcolo', 'compute'], ['potenza', 'power'],
  ['inferenza', 'inference'], ['addestramento', 'training'], ['dati', 'data'],
  ['infrastruttura', 'infrastructure'], ['infrastrutture', 'infrastructure'], ['risorse', 'resources'],
  ['capacità', 'capacity'], ['prestazioni', 'performance'], ['chip', 'chips'], ['processori', 'processors'],
  ['miliardi', 'billion'], ['milioni', 'million'], ['dollari', 'dollars'], ['anni', 'years'], ['anno', 'year'],
  ['sette', 'seven'], ['novembre', 'November'], ['fine', 'end'], ['futuro', 'future'],
  ['mossa', 'move'], ['svolta', 'turning point'], ['strategia', 'strategy'], ['strategico', 'strategic'],
  ['alleato', 'ally'], ['storico', 'historic'], ['importante', 'important'], ['nuova', 'new'], ['nuovo', 'new'],
  ['nuovi', 'new'], ['generazione', 'generation'], ['tecnologia', 'technology'], ['tecnologie', 'technologies'],
  ['innovazione', 'innovation'], ['investitori', 'investors'], ['azioni', 'shares'], ['prezzo', 'price'],
  ['sviluppo', 'development'], ['utenti', 'users'], ['servizi', 'services'], ['sintesi', 'summary'],
  ['pillole', 'brief'], ['leggi', 'read'], ['conseguenze', 'consequences'], ['dubbi', 'doubts'],
  ['architettura', 'architecture'], ['alleanza', 'alliance'], ['miliardaria', 'billion-dollar'],
  ['mondo', 'world'], ['settore', 'sector'], ['progresso', 'progress'], ['potere', 'power'],
  ['testo', 'text'], ['nota', 'note'], ['esempio', 'example'], ['codice', 'code'], ['tabella', 'table'],
  ['immagine', 'image'], ['collegamento', 'link'], ['titolo', 'title'], ['elenco', 'list'], ['voce', 'item']
])
