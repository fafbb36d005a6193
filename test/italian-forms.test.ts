import {describe, expect, it} from 'vitest'
import {italianForms} from '../src/core/index.js'

describe('italianForms', () => {
  it.each<[string, string[]]>([
    // Invariable: accented vowel, consonant, -i, -ie, acronyms, short words.
    ['città', ['città']],
    ['unità', ['unità']],
    ['qualità', ['qualità']],
    ['server', ['server']],
    ['cloud', ['cloud']],
    ['chip', ['chip']],
    ['computer', ['computer']],
    ['crisi', ['crisi']],
    ['analisi', ['analisi']],
    ['serie', ['serie']],
    ['specie', ['specie']],
    ['GPU', ['GPU']],
    ['IA', ['IA']],
    ['CPU', ['CPU']],
    ['re', ['re']],
    ['a', ['a']],
    // Feminine in -a.
    ['banca', ['banca', 'banche']],
    ['tecnica', ['tecnica', 'tecniche']],
    ['riga', ['riga', 'righe']],
    ['farmacia', ['farmacia', 'farmace', 'farmacie']],
    ['provincia', ['provincia', 'province', 'provincie']],
    ['strategia', ['strategia', 'stratege', 'strategie']],
    ['valigia', ['valigia', 'valige', 'valigie']],
    ['sistema', ['sistema', 'sistemi', 'sisteme']],
    ['piattaforma', ['piattaforma', 'piattaformi', 'piattaforme']],
    ['analista', ['analista', 'analisti', 'analiste']],
    ['inferenza', ['inferenza', 'inferenze']],
    // Masculine in -o.
    ['banco', ['banco', 'banchi', 'banci']],
    ['tecnico', ['tecnico', 'tecnichi', 'tecnici']],
    ['dialogo', ['dialogo', 'dialoghi', 'dialogi']],
    ['servizio', ['servizio', 'servizi', 'servizii']],
    ['addestramento', ['addestramento', 'addestramenti']],
    ['uso', ['uso', 'usi']],
    // -e.
    ['rete', ['rete', 'reti']],
    ['matrice', ['matrice', 'matrici']],
    // Case is kept.
    ['Rete', ['Rete', 'Reti']],
    ['Inferenza', ['Inferenza', 'Inferenze']],
    // Hyphenated words inflect on the last part.
    ['pre-addestramento', ['pre-addestramento', 'pre-addestramenti']],
    ['e-mail', ['e-mail']]
  ])('%s', (term, expected) => {
    expect(italianForms(term)).toEqual(expected)
  })

  it.each<[string, string[]]>([
    [
      'intelligenza artificiale',
      ['intelligenza artificiale', 'intelligenze artificiale', 'intelligenze artificiali']
    ],
    ['potenza di calcolo', ['potenza di calcolo', 'potenze di calcolo']],
    ['centro dati', ['centro dati', 'centri dati']],
    [
      'modello linguistico di grandi dimensioni',
      [
        'modello linguistico di grandi dimensioni',
        'modelli linguistico di grandi dimensioni',
        'modelli linguistichi di grandi dimensioni',
        'modelli linguistici di grandi dimensioni'
      ]
    ],
    ['unità di elaborazione grafica', ['unità di elaborazione grafica']],
    ['unità centrale', ['unità centrale', 'unità centrali']],
    ['rete neurale profonda', ['rete neurale profonda', 'reti neurale profonda', 'reti neurali profonde']],
    ['analisi dell’impatto', ['analisi dell’impatto']],
    ['costo per token', ['costo per token', 'costi per token']],
    ['Rete Neurale', ['Rete Neurale', 'Reti Neurale', 'Reti Neurali']],
    ['la nuvola', ['la nuvola']],
    // White space between the words is kept as written.
    ['centro  dati', ['centro  dati', 'centri  dati']]
  ])('%s (multiword)', (term, expected) => {
    expect(italianForms(term)).toEqual(expected)
  })

  it('returns the term first and no form twice', () => {
    for (const term of ['banco tecnico', 'sistema tecnico logico', 'intelligenza']) {
      const forms = italianForms(term)
      expect(forms[0]).toBe(term)
      expect(new Set(forms).size).toBe(forms.length)
    }
  })

  it('inflects every word of the noun phrase, in all combinations', () => {
    expect(italianForms('banco tecnico')).toEqual([
      'banco tecnico',
      'banchi tecnico',
      'banci tecnico',
      'banchi tecnichi',
      'banchi tecnici',
      'banci tecnichi',
      'banci tecnici'
    ])
  })
})
