// British and Commonwealth spellings mapped to American ones, so that "organise" and "organize",
// "colour" and "color", "travelled" and "traveled" compare equal. Only the comparison uses this;
// the text shown to the editor is never rewritten.

/** Words in -our whose American spelling is -or. A list, because "four", "hour" and "your" must stay. */
const OUR_STEMS = [
  'arbour', 'ardour', 'armour', 'behaviour', 'candour', 'clamour', 'colour', 'demeanour', 'endeavour',
  'favour', 'fervour', 'flavour', 'harbour', 'honour', 'humour', 'labour', 'misdemeanour', 'neighbour',
  'odour', 'parlour', 'rancour', 'rigour', 'rumour', 'saviour', 'savour', 'splendour', 'tumour',
  'valour', 'vapour', 'vigour',
]
const OUR_SUFFIXES = ['', 's', 'ed', 'ing', 'er', 'ers', 'ite', 'ites', 'able', 'ably', 'ful', 'less', 'al', 'ally', 'hood', 'hoods', 'ly', 'ist', 'ists', 'ism', 'ize', 'ized', 'ise', 'ised']

/** Words in -re whose American spelling is -er (centre, metre). */
const RE_STEMS = [
  'calib', 'cent', 'epicent', 'fib', 'goit', 'kilomet', 'lacklust', 'lit', 'lust', 'meag', 'met', 'centimet',
  'millimet', 'mit', 'och', 'sab', 'scept', 'somb', 'spect', 'theat', 'tit', 'reconnoit', 'sepulch',
]
const RE_FORMS: [string, string][] = [['re', 'er'], ['res', 'ers'], ['red', 'ered'], ['ring', 'ering'], ['repiece', 'erpiece'], ['repieces', 'erpieces']]

/** Verbs whose final l doubles in British inflection (travelled, cancelling, modeller). */
const LL_STEMS = [
  'barrel', 'bevel', 'cancel', 'channel', 'chisel', 'counsel', 'cudgel', 'dial', 'dishevel', 'duel', 'enamel',
  'equal', 'fuel', 'funnel', 'gravel', 'grovel', 'initial', 'jewel', 'kennel', 'label', 'level', 'libel', 'marshal',
  'marvel', 'model', 'panel', 'pedal', 'pencil', 'pummel', 'quarrel', 'refuel', 'remodel', 'revel', 'rival',
  'shovel', 'shrivel', 'signal', 'snorkel', 'spiral', 'stencil', 'swivel', 'tassel', 'total', 'towel', 'travel',
  'tunnel', 'unravel', 'yodel',
]
const LL_FORMS: [string, string][] = [['led', 'ed'], ['ling', 'ing'], ['ler', 'er'], ['lers', 'ers'], ['lous', 'ous'], ['lously', 'ously']]

/** Single words that differ otherwise (American on the right). */
const WORD_PAIRS: [string, string][] = [
  ['aeroplane', 'airplane'], ['aeroplanes', 'airplanes'], ['ageing', 'aging'], ['aluminium', 'aluminum'],
  ['amongst', 'among'], ['anaemia', 'anemia'], ['anaemic', 'anemic'], ['anaesthetic', 'anesthetic'],
  ['anaesthesia', 'anesthesia'], ['analogue', 'analog'], ['appal', 'appall'], ['appals', 'appalls'],
  ['artefact', 'artifact'], ['artefacts', 'artifacts'], ['axe', 'ax'], ['catalogue', 'catalog'],
  ['catalogues', 'catalogs'], ['catalogued', 'cataloged'], ['cheque', 'check'], ['cheques', 'checks'], ['cosy', 'cozy'],
  ['defence', 'defense'], ['defences', 'defenses'], ['dialogue', 'dialog'], ['dialogues', 'dialogs'],
  ['diarrhoea', 'diarrhea'], ['distil', 'distill'], ['draught', 'draft'], ['draughts', 'drafts'],
  ['encyclopaedia', 'encyclopedia'], ['enrol', 'enroll'], ['enrolment', 'enrollment'], ['enrols', 'enrolls'],
  ['enthral', 'enthrall'], ['epilogue', 'epilog'], ['foetus', 'fetus'], ['fulfil', 'fulfill'], ['fulfils', 'fulfills'],
  ['fulfilment', 'fulfillment'], ['gaol', 'jail'], ['grey', 'gray'], ['greys', 'grays'], ['haemorrhage', 'hemorrhage'],
  ['haemoglobin', 'hemoglobin'], ['instal', 'install'], ['instalment', 'installment'], ['instalments', 'installments'],
  ['instil', 'instill'], ['jewellery', 'jewelry'], ['judgement', 'judgment'], ['judgements', 'judgments'],
  ['acknowledgement', 'acknowledgment'], ['kerb', 'curb'], ['learnt', 'learned'], ['leukaemia', 'leukemia'],
  ['licence', 'license'], ['licences', 'licenses'], ['manoeuvre', 'maneuver'], ['manoeuvres', 'maneuvers'],
  ['manoeuvred', 'maneuvered'], ['manoeuvring', 'maneuvering'], ['mediaeval', 'medieval'], ['monologue', 'monolog'],
  ['mould', 'mold'], ['moulds', 'molds'], ['mouldy', 'moldy'], ['moult', 'molt'], ['oesophagus', 'esophagus'],
  ['oestrogen', 'estrogen'], ['offence', 'offense'], ['offences', 'offenses'], ['orthopaedic', 'orthopedic'],
  ['paediatric', 'pediatric'], ['paediatrician', 'pediatrician'], ['paediatrics', 'pediatrics'],
  ['palaeontology', 'paleontology'], ['plough', 'plow'], ['ploughs', 'plows'], ['practise', 'practice'],
  ['practised', 'practiced'], ['practises', 'practices'], ['practising', 'practicing'], ['pretence', 'pretense'],
  ['programme', 'program'], ['programmes', 'programs'], ['prologue', 'prolog'], ['pyjamas', 'pajamas'],
  ['sceptic', 'skeptic'], ['sceptical', 'skeptical'], ['sceptics', 'skeptics'], ['scepticism', 'skepticism'],
  ['skilful', 'skillful'], ['skilfully', 'skillfully'], ['smoulder', 'smolder'], ['smouldering', 'smoldering'],
  ['spelt', 'spelled'], ['storey', 'story'], ['storeys', 'stories'], ['towards', 'toward'], ['travelogue', 'travelog'],
  ['tyre', 'tire'], ['tyres', 'tires'], ['whilst', 'while'], ['wilful', 'willful'], ['wilfully', 'willfully'],
  ['doughnut', 'donut'], ['doughnuts', 'donuts'], ['manoeuvrable', 'maneuverable'], ['burnt', 'burned'],
  ['dreamt', 'dreamed'], ['spoilt', 'spoiled'], ['leapt', 'leaped'], ['afterwards', 'afterward'],
]

/** -ise words that are not the British form of an -ize word and would collide with another word. */
const ISE_KEEP = new Set(['prise', 'prised', 'prises', 'prising'])

function buildTable(): Map<string, string> {
  const table = new Map<string, string>()
  for (const stem of OUR_STEMS) {
    const american = stem.slice(0, -3) + 'or'
    for (const suffix of OUR_SUFFIXES) table.set(stem + suffix, american + suffix)
  }
  for (const stem of RE_STEMS) {
    for (const [british, american] of RE_FORMS) table.set(stem + british, stem + american)
  }
  for (const stem of LL_STEMS) {
    for (const [british, american] of LL_FORMS) table.set(stem + british, stem + american)
  }
  for (const [british, american] of WORD_PAIRS) table.set(british, american)
  return table
}

const TABLE = buildTable()

const ISE = /^(.{3,})is(e|es|ed|ing|er|ers|ation|ations|able)$/
const YSE = /^(.{2,})ys(e|es|ed|ing|er|ers)$/

/** The American spelling of a lower-case word without diacritics, or the word itself. */
export function americanSpelling(word: string): string {
  const listed = TABLE.get(word)
  if (listed !== undefined) return listed
  if (word.length >= 6 && !ISE_KEEP.has(word)) {
    const ise = ISE.exec(word)
    if (ise) return `${ise[1]}iz${ise[2]}`
    const yse = YSE.exec(word)
    if (yse && /(al|ar|ol)$/.test(yse[1])) return `${yse[1]}yz${yse[2]}`
  }
  return word
}
