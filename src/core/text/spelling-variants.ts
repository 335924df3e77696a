// British spellings mapped to the American form, so "harbour" and "harbor" compare equal.
// Whole-word irregulars are listed; regular families (-our, -ise, -yse, -lled) are handled by rule
// in americanSpelling() using the stems below, because a blind suffix rule breaks "hour" or "rise".

const IRREGULAR: Record<string, string> = {
  programme: 'program',
  programmes: 'programs',
  grey: 'gray',
  greys: 'grays',
  greyer: 'grayer',
  tyre: 'tire',
  tyres: 'tires',
  plough: 'plow',
  ploughs: 'plows',
  mould: 'mold',
  moulds: 'molds',
  mouldy: 'moldy',
  sceptic: 'skeptic',
  sceptics: 'skeptics',
  sceptical: 'skeptical',
  scepticism: 'skepticism',
  ageing: 'aging',
  judgement: 'judgment',
  judgements: 'judgments',
  acknowledgement: 'acknowledgment',
  acknowledgements: 'acknowledgments',
  enrol: 'enroll',
  enrols: 'enrolls',
  enrolment: 'enrollment',
  fulfil: 'fulfill',
  fulfils: 'fulfills',
  fulfilment: 'fulfillment',
  instil: 'instill',
  instils: 'instills',
  skilful: 'skillful',
  wilful: 'willful',
  catalogue: 'catalog',
  catalogues: 'catalogs',
  analogue: 'analog',
  aluminium: 'aluminum',
  manoeuvre: 'maneuver',
  manoeuvres: 'maneuvers',
  manoeuvring: 'maneuvering',
  paediatric: 'pediatric',
  paediatrician: 'pediatrician',
  anaesthetic: 'anesthetic',
  anaesthetist: 'anesthetist',
  haemorrhage: 'hemorrhage',
  oestrogen: 'estrogen',
  orthopaedic: 'orthopedic',
  encyclopaedia: 'encyclopedia',
  foetus: 'fetus',
  diarrhoea: 'diarrhea',
  leukaemia: 'leukemia',
  defence: 'defense',
  defences: 'defenses',
  offence: 'offense',
  offences: 'offenses',
  licence: 'license',
  licences: 'licenses',
  pretence: 'pretense',
  practise: 'practice',
  practised: 'practiced',
  practising: 'practicing',
  centre: 'center',
  centres: 'centers',
  centred: 'centered',
  theatre: 'theater',
  theatres: 'theaters',
  metre: 'meter',
  metres: 'meters',
  kilometre: 'kilometer',
  kilometres: 'kilometers',
  centimetre: 'centimeter',
  centimetres: 'centimeters',
  millimetre: 'millimeter',
  millimetres: 'millimeters',
  litre: 'liter',
  litres: 'liters',
  fibre: 'fiber',
  fibres: 'fibers',
  calibre: 'caliber',
  spectre: 'specter',
  sombre: 'somber',
  meagre: 'meager',
  lustre: 'luster',
  sabre: 'saber',
  cheque: 'check',
  cheques: 'checks',
  draught: 'draft',
  kerb: 'curb',
  pyjamas: 'pajamas',
  storey: 'story',
  storeys: 'stories',
  jewellery: 'jewelry',
  axe: 'ax',
  whilst: 'while',
  amongst: 'among',
}

/** Stems whose British "our" is American "or" (colour, honourable, labourers...). */
const OUR_STEMS = [
  'ardour', 'armour', 'behaviour', 'candour', 'clamour', 'colour', 'demeanour', 'endeavour',
  'favour', 'fervour', 'flavour', 'harbour', 'honour', 'humour', 'labour', 'neighbour', 'odour',
  'parlour', 'rancour', 'rigour', 'rumour', 'saviour', 'savour', 'splendour', 'succour', 'tumour',
  'valour', 'vapour', 'vigour',
]

/** Words ending in -ise that are -ise in American English too (rise, advise, surprise...). */
const ISE_KEEP = new Set([
  'advertise', 'advise', 'apprise', 'arise', 'chastise', 'circumcise', 'comprise', 'compromise',
  'concise', 'demise', 'despise', 'devise', 'disguise', 'enfranchise', 'enterprise', 'excise',
  'exercise', 'expertise', 'franchise', 'guise', 'improvise', 'incise', 'merchandise', 'noise',
  'otherwise', 'paradise', 'poise', 'praise', 'precise', 'premise', 'promise', 'raise', 'reprise',
  'revise', 'rise', 'supervise', 'surmise', 'surprise', 'televise', 'treatise', 'likewise',
  'clockwise', 'wise', 'cruise', 'bruise', 'anise', 'mortise', 'valise', 'appraise', 'upraise',
  'sunrise', 'moonrise', 'uprise', 'braise', 'chemise', 'cerise', 'concise', 'precise',
])

/** Stems that double the final l in British inflections (travelled → traveled). */
const DOUBLE_L_STEMS = new Set([
  'travel', 'cancel', 'label', 'model', 'fuel', 'level', 'signal', 'counsel', 'channel', 'marshal',
  'total', 'dial', 'duel', 'equal', 'jewel', 'libel', 'marvel', 'panel', 'pedal', 'quarrel', 'rival',
  'shovel', 'snorkel', 'tunnel', 'funnel', 'grovel', 'model', 'parcel', 'pencil', 'refuel', 'unravel',
  'yodel', 'cudgel', 'enamel', 'gravel', 'initial', 'kernel', 'label', 'spiral', 'tassel', 'towel',
])

// Endings of -ise words that are -ise in American English too (likewise, fundraise, enterprise,
// supervise, disguise, franchise); no -ize verb ends this way, unlike "-rise" (categorise).
const ISE_KEEP_SUFFIXES = ['wise', 'raise', 'prise', 'vise', 'guise', 'chise']

const ISE_ENDINGS = ['isations', 'isation', 'ising', 'ised', 'iser', 'isers', 'ises', 'ise']
const YSE_ENDINGS = ['ysing', 'ysed', 'yses', 'yse']
const LL_ENDINGS = ['lled', 'lling', 'ller', 'llers']

/** The American spelling of a lower-case word, or the word unchanged. */
export function americanSpelling(word: string): string {
  const irregular = IRREGULAR[word]
  if (irregular !== undefined) return irregular
  if (word.length < 4) return word

  if (word.includes('our')) {
    for (const stem of OUR_STEMS) {
      if (word.startsWith(stem)) return stem.slice(0, -3) + 'or' + word.slice(stem.length)
    }
  }

  for (const ending of ISE_ENDINGS) {
    if (word.endsWith(ending) && word.length - ending.length >= 3) {
      const base = word.slice(0, word.length - ending.length) + 'ise'
      if (ISE_KEEP.has(base) || ISE_KEEP_SUFFIXES.some((keep) => base.endsWith(keep))) return word
      return word.slice(0, word.length - ending.length) + 'iz' + ending.slice(2)
    }
  }

  for (const ending of YSE_ENDINGS) {
    if (word.endsWith(ending) && word.length - ending.length >= 3) {
      return word.slice(0, word.length - ending.length) + 'yz' + ending.slice(2)
    }
  }

  for (const ending of LL_ENDINGS) {
    if (word.endsWith(ending)) {
      const stem = word.slice(0, word.length - ending.length) + 'l'
      if (DOUBLE_L_STEMS.has(stem)) return stem + ending.slice(2)
    }
  }
  return word
}
