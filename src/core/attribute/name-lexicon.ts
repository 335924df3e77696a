// Word lists that tell people, their titles and organisations apart in news text.
// All keys are lower case. Kept general (news English in many countries), not fitted to one corpus.

export type Gender = 'male' | 'female'

/** Honorifics and titles written before a name; stripped from the name, kept in the mention. */
export const TITLE_WORDS: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'professor', 'sir', 'dame', 'lord', 'lady', 'baroness', 'baron',
  'president', 'vice', 'prime', 'minister', 'secretary', 'senator', 'sen', 'rep', 'representative',
  'congressman', 'congresswoman', 'governor', 'gov', 'mayor', 'chancellor', 'premier', 'king', 'queen',
  'prince', 'princess', 'pope', 'judge', 'justice', 'general', 'gen', 'colonel', 'col', 'captain', 'capt',
  'lieutenant', 'lt', 'sergeant', 'sgt', 'major', 'admiral', 'commander', 'chief', 'inspector', 'detective',
  'constable', 'officer', 'superintendent', 'supt', 'commissioner', 'councillor', 'councilor', 'alderman',
  'ambassador', 'envoy', 'chair', 'chairman', 'chairwoman', 'chairperson', 'director', 'director-general',
  'deputy', 'speaker', 'leader', 'spokesman', 'spokeswoman', 'spokesperson', 'rabbi', 'imam', 'father',
  'reverend', 'rev', 'bishop', 'archbishop', 'cardinal', 'sheikh', 'emir', 'sultan', 'coach', 'nurse',
  'doctor', 'auditor', 'attorney', 'prosecutor', 'coroner', 'mp', 'mep', 'msp', 'ceo', 'cfo', 'coo', 'cto',
  'executive', 'head', 'founder', 'editor', 'economist', 'analyst', 'mediator', 'negotiator', 'aide',
  'adviser', 'advisor', 'sister', 'brother', 'mother', 'dean', 'provost', 'rector', 'principal', 'marshal',
  'magistrate', 'sheriff', 'trooper', 'patrolman', 'firefighter', 'chaplain', 'pastor', 'elder', 'treasurer',
  'registrar', 'ombudsman', 'ombudswoman', 'controller', 'comptroller', 'attorney-general', 'solicitor-general',
  'surgeon-general', 'secretary-general', 'under-secretary', 'undersecretary', 'lawmaker', 'legislator',
  'delegate', 'ald', 'cllr', 'hon', 'rt', 'fr', 'mgr', 'msgr', 'vp', 'md', 'gm',
])

/** Titles that tell a person's gender. */
export const GENDERED_TITLES: ReadonlyMap<string, Gender> = new Map<string, Gender>([
  ['mr', 'male'], ['sir', 'male'], ['lord', 'male'], ['baron', 'male'], ['king', 'male'], ['prince', 'male'],
  ['father', 'male'], ['brother', 'male'], ['congressman', 'male'], ['chairman', 'male'], ['spokesman', 'male'],
  ['sheikh', 'male'], ['emir', 'male'], ['sultan', 'male'], ['pope', 'male'], ['alderman', 'male'],
  ['businessman', 'male'], ['ombudsman', 'male'], ['patrolman', 'male'], ['fr', 'male'], ['husband', 'male'],
  ['son', 'male'], ['uncle', 'male'], ['grandfather', 'male'], ['councilman', 'male'], ['fisherman', 'male'],
  ['mrs', 'female'], ['ms', 'female'], ['miss', 'female'], ['dame', 'female'], ['lady', 'female'],
  ['baroness', 'female'], ['queen', 'female'], ['princess', 'female'], ['sister', 'female'], ['mother', 'female'],
  ['congresswoman', 'female'], ['chairwoman', 'female'], ['spokeswoman', 'female'], ['businesswoman', 'female'],
  ['ombudswoman', 'female'], ['wife', 'female'], ['daughter', 'female'], ['aunt', 'female'],
  ['grandmother', 'female'], ['councilwoman', 'female'], ['widow', 'female'], ['actress', 'female'],
])

/**
 * Nouns naming a person by role ("the minister", "an aide", "a crane driver"): they head a
 * description of a person, and before a name they are the person's title ("Kremlin aide Yuri Ushakov").
 */
export const PERSON_ROLE_NOUNS: ReadonlySet<string> = new Set([
  ...TITLE_WORDS,
  'official', 'officials', 'politician', 'diplomat', 'diplomats', 'expert', 'experts', 'researcher',
  'scientist', 'lawyer', 'officer', 'resident', 'residents', 'worker', 'workers', 'dockworker', 'docker',
  'dockers', 'member', 'members', 'organiser', 'organizer', 'activist', 'campaigner', 'protester',
  'protesters', 'witness', 'victim', 'survivor', 'owner', 'manager', 'supervisor', 'coordinator', 'engineer',
  'pilot', 'driver', 'operator', 'teacher', 'student', 'parent', 'parents', 'farmer', 'farmers', 'fisherman',
  'trader', 'shopkeeper', 'correspondent', 'reporter', 'columnist', 'historian', 'author', 'writer',
  'veteran', 'soldier', 'source', 'sources', 'insider', 'critic', 'critics', 'supporter', 'opponent',
  'candidate', 'boss', 'regulator', 'investigator', 'chemist', 'epidemiologist', 'virologist', 'physician',
  'surgeon', 'pharmacist', 'patient', 'consultant', 'strategist', 'pollster', 'partner', 'colleague',
  'friend', 'neighbour', 'neighbor', 'relative', 'daughter', 'son', 'wife', 'husband', 'uncle', 'aunt',
  'businessman', 'businesswoman', 'entrepreneur', 'chef', 'artist', 'musician', 'singer', 'actor',
  'actress', 'player', 'striker', 'strikers', 'midfielder', 'defender', 'goalkeeper', 'manager',
  'economist', 'academic', 'lecturer', 'hydrologist', 'engineer', 'inspector', 'spokesperson', 'caller',
  'man', 'woman', 'person', 'people', 'citizen', 'voter', 'voters', 'passenger', 'commuter', 'customer',
  'haulier', 'trucker', 'lorry', 'nurse', 'midwife', 'paramedic', 'volunteer', 'chairman', 'campaigners',
  'mum', 'dad', 'grandmother', 'grandfather', 'widow', 'councilman', 'councilwoman', 'observer', 'observers',
  'participant', 'negotiators', 'mediator', 'year-old', 'minister', 'ministers', 'host', 'moderator',
])

/** Words that make a capitalised name an organisation ("Port Authority", "Health Ministry"). */
export const ORGANISATION_WORDS: ReadonlySet<string> = new Set([
  'ministry', 'department', 'office', 'authority', 'agency', 'commission', 'committee', 'council', 'union',
  'association', 'federation', 'institute', 'institution', 'university', 'college', 'school', 'hospital',
  'company', 'corporation', 'corp', 'inc', 'ltd', 'llc', 'plc', 'gmbh', 'ag', 'sa', 'group', 'bank', 'fund',
  'trust', 'foundation', 'party', 'government', 'parliament', 'congress', 'senate', 'house', 'court',
  'tribunal', 'police', 'service', 'services', 'board', 'bureau', 'administration', 'kremlin', 'pentagon',
  'coalition', 'alliance', 'network', 'organisation', 'organization', 'society', 'club', 'assembly',
  'cabinet', 'treasury', 'embassy', 'consulate', 'force', 'forces', 'army', 'navy', 'guard', 'inquiry',
  'airlines', 'airline', 'railway', 'railways', 'press', 'times', 'news', 'post', 'herald', 'journal',
  'tribune', 'gazette', 'chronicle', 'observer', 'reuters', 'watch', 'forum', 'centre', 'center',
  'initiative', 'movement', 'front', 'league', 'chamber', 'secretariat', 'directorate', 'unit', 'team',
  'labs', 'laboratories', 'laboratory', 'pharmaceuticals', 'pharma', 'biologics', 'systems', 'industries',
  'holdings', 'partners', 'palace', 'radio', 'television', 'tv', 'broadcasting', 'channel', 'studio',
  'studios', 'magazine', 'review', 'daily', 'weekly', 'wire', 'agency', 'co', 'ministries', 'commissioner',
  'secretariat', 'presidency', 'regiment', 'brigade', 'command', 'council', 'municipality', 'cooperative',
  'co-op', 'syndicate', 'consortium', 'exchange', 'utility', 'utilities',
  'motors', 'airways', 'logistics', 'media', 'newspaper', 'newspapers', 'bote', 'courrier',
  'courier', 'sentinel', 'ledger', 'observateur', 'nations', 'unicef', 'nato', 'opec', 'statehouse',
  'elysee', 'élysée', 'whitehall', 'capitol',
])

/** Lower-case nouns that name an organisation when used alone ("the ministry said"). */
export const ORGANISATION_NOUNS: ReadonlySet<string> = new Set([
  'ministry', 'department', 'office', 'authority', 'agency', 'commission', 'committee', 'council', 'union',
  'association', 'federation', 'institute', 'university', 'hospital', 'company', 'firm', 'corporation',
  'group', 'bank', 'fund', 'trust', 'foundation', 'party', 'government', 'parliament', 'court', 'tribunal',
  'police', 'service', 'board', 'bureau', 'administration', 'coalition', 'alliance', 'network',
  'organisation', 'organization', 'society', 'club', 'assembly', 'cabinet', 'treasury', 'embassy', 'army',
  'inquiry', 'airline', 'operator', 'manufacturer', 'maker', 'regulator', 'panel', 'campaign', 'charity',
  'palace', 'presidency', 'prosecutors', 'prosecutor', 'broadcaster', 'newspaper', 'council',
  'municipality', 'team', 'club', 'school', 'college', 'watchdog', 'insurer', 'lender', 'carrier', 'port',
  'ministries', 'agencies', 'unions', 'companies', 'governments', 'authorities', 'side',
])

/** Nouns for things that carry words ("a council letter said", "Dr Quint’s report warned"). */
export const DOCUMENT_NOUNS: ReadonlySet<string> = new Set([
  'letter', 'statement', 'report', 'email', 'e-mail', 'memo', 'notice', 'bulletin', 'leaflet', 'release',
  'note', 'website', 'tweet', 'document', 'filing', 'submission', 'study', 'analysis', 'survey', 'forecast',
  'warning', 'message', 'communique', 'communiqué', 'briefing', 'summary', 'ruling', 'judgment', 'judgement',
  'verdict', 'advisory', 'guidance', 'text', 'post', 'announcement', 'declaration', 'transcript',
])

/** Place words: a capitalised run with one of these names a place, not a person ("Miravel Castle"). */
export const PLACE_WORDS: ReadonlySet<string> = new Set([
  'castle', 'street', 'st', 'square', 'bridge', 'river', 'lake', 'mount', 'mountain', 'mountains', 'island',
  'islands', 'province', 'region', 'district', 'county', 'city', 'valley', 'bay', 'sea', 'ocean', 'port',
  'terminal', 'airport', 'station', 'hall', 'cathedral', 'church', 'mosque', 'temple', 'park', 'road',
  'avenue', 'boulevard', 'lane', 'way', 'gate', 'tower', 'building', 'plaza', 'harbour', 'harbor', 'dam',
  'reservoir', 'basin', 'coast', 'peninsula', 'desert', 'forest', 'hills', 'heights', 'north', 'south',
  'east', 'west', 'northern', 'southern', 'eastern', 'western', 'upper', 'lower', 'greater', 'central',
  'republic', 'kingdom', 'state', 'states', 'federation', 'arena', 'stadium', 'quay', 'pier', 'canal',
  'motorway', 'highway', 'border', 'crossing', 'village', 'town', 'estate', 'centre', 'center', 'market',
])

/** Capitalised words that start sentences or headings and are not names. */
export const COMMON_CAPITALISED: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'and', 'but', 'or', 'so', 'yet', 'for', 'nor', 'in', 'on', 'at', 'by', 'to', 'of', 'from',
  'with', 'without', 'after', 'before', 'during', 'since', 'until', 'while', 'when', 'where', 'what', 'who',
  'why', 'how', 'which', 'whose', 'whom', 'that', 'this', 'these', 'those', 'there', 'here', 'then', 'now',
  'he', 'she', 'it', 'they', 'we', 'i', 'you', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'him',
  'them', 'us', 'me', 'if', 'as', 'although', 'though', 'because', 'however', 'meanwhile', 'still', 'also',
  'even', 'only', 'just', 'not', 'no', 'yes', 'all', 'some', 'many', 'most', 'more', 'few', 'several',
  'both', 'each', 'every', 'any', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine',
  'ten', 'asked', 'speaking', 'according', 'despite', 'under', 'over', 'about', 'above', 'below', 'between',
  'among', 'against', 'into', 'through', 'across', 'along', 'around', 'behind', 'beyond', 'near', 'off',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february',
  'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'jan',
  'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'today', 'yesterday',
  'tomorrow', 'last', 'next', 'first', 'second', 'third', 'new', 'other', 'another', 'such', 'instead',
  'indeed', 'nevertheless', 'thank', 'thanks', 'good', 'please', 'well', 'okay', 'ok', 'q', 'a.', 'by',
  'updated', 'published', 'read', 'more', 'photo', 'reporting', 'editing', 'additional', 'translated',
  'draft', 'slug', 'filed', 'official', 'transcript', 'end', 'said', 'says', 'let', 'we’re', 'it’s',
  'i’m', 'don’t', 'can’t', 'won’t', 'there’s', 'that’s', 'what’s', 'let’s', 'would', 'could', 'should',
  'will', 'can', 'may', 'might', 'must', 'do', 'does', 'did', 'is', 'are', 'was', 'were', 'be', 'been',
  'have', 'has', 'had', 'again', 'already', 'once', 'perhaps', 'maybe', 'whether', 'unless', 'than',
  'nobody', 'everyone', 'everybody', 'someone', 'somebody', 'anyone', 'nothing', 'everything', 'something',
  'neither', 'either', 'mr.', 'later', 'earlier', 'separately', 'elsewhere', 'overall', 'together',
])

/** Name particles that may sit inside a person's name in lower case ("Ursula von der Leyen"). */
export const NAME_PARTICLES: ReadonlySet<string> = new Set([
  'de', 'da', 'di', 'do', 'dos', 'das', 'del', 'della', 'der', 'den', 'van', 'von', 'le', 'la', 'du', 'des',
  'bin', 'bint', 'ibn', 'al', 'el', 'ter', 'ten', 'zu', 'af', 'av', 'y', 'e', 'op', "d'", 'mac',
])

/** Pronouns that can stand for a speaker, with the gender or number they carry. */
export const SPEAKER_PRONOUNS: ReadonlyMap<string, Gender | 'plural' | 'thing'> = new Map<string, Gender | 'plural' | 'thing'>([
  ['he', 'male'], ['she', 'female'], ['they', 'plural'], ['it', 'thing'],
])

// Common given names. Any given name not listed falls back on a weak ending rule (see guessGender).
const MALE_NAMES = `
aaron abdul abdullah abraham adam adrian ahmad ahmed aidan alan albert alberto alejandro aleksandr aleksander
aleksei alex alexander alexandre alexei alexey alfred ali alistair amir anatol anatoli anatoly anders andre andreas andrei
andrej andres andrew andrey andrzej andy angus anthony antoine anton antonio arjun armando arnold arthur arturo
aziz ben benedict benjamin bernard bill billy bjorn bob bogdan boris brendan brian bruce bruno callum calvin
carl carlos cedric cesar charles charlie chris christian christoph christopher cristian damian dan daniel
danny dario darius dave david dean declan denis dennis derek diego dimitri dmitri dmitry dominic donald doug
douglas duncan dylan edgar eduardo edward edwin elias emil emilio emmanuel enrique eric erik ernesto ernst
esteban etienne eugene evan fabian faisal farid federico felipe felix fernando filip florian francesco
francis francisco frank franz fred frederick fyodor gabriel gareth gary gavin geoffrey george georg gerald
gerard gerhard giorgio giovanni giuseppe glenn gordon graham grant greg gregor gregory guillaume gunter gustav
guy hamid hans harald harold harry hassan hector heinrich helmut henri henrik henry herbert hugh hugo hussein
ian ibrahim igor ilya imran isaac ivan jack jacob jacques jake james jamie jan janusz jason javier jean
jeff jeffrey jens jeremy jerome jim jimmy joachim joao joe joel johan johann johannes john jon jonas jonathan
jorge jose josef joseph joshua juan julian julien jurgen justin kamal karim karl keith ken kenneth kevin
khalid kim klaus konrad kostas kurt lars laurent lee leo leon leonard leonid liam lorenzo louis luc luca
lucas luis lukas lukasz magnus mahmoud malcolm manuel marc marcel marco marcus marek mario mark markus
martin mateo mathias matteo matthew matthias maurice max maxim maximilian michael michel miguel mikhail mikko
milan miroslav mohamed mohammad mohammed muhammad nathan neil nicholas nick nicolas niels nigel nikita nikola
nikolai nikolaus noah norbert oleg oliver olivier omar oscar oskar otto owen pablo patrick paul paulo pavel
pedro peter petr petros philip philippe pierre piet piotr rafael rahul rajesh ralph ramon rashid raul ray
raymond reza ricardo richard rick robert roberto robin rodrigo roger roland roman ronald ross ruben rudolf
rupert russell ryan said salvador sam samir samuel sandro santiago sean sebastian selim serge sergei sergey
sergio simon stanislav stefan stephen steve steven stuart sven taras ted terry thomas tim timothy tobias tom
tomas tomasz tommaso tony trevor ulrich uwe valentin valery vasily victor viktor vincent vitaly vladimir
vladislav volker walter wayne werner wiktor william wojciech wolfgang xavier yaroslav yegor youssef yuri yury
yusuf zoltan colm piotr lukas hamza kofi kwame chinedu emeka tunde olu jun hiroshi kenji takeshi wei hao
jian ming piers hal giles crispin clive rhys dafydd iwan owain seamus padraig ciaran niall eamon ruairi
fergus hamish alasdair euan fraser craig kyle darren shane barry gerry colin rodney stanley percy reggie alfie
archie freddie harvey ollie theo toby ethan mason logan raphael rafael jonas tomas dominik kristof
raj vikram sanjay amit arun ravi pradeep dmytro mykola oleksandr oleksiy volodymyr petro yevhen
`
const FEMALE_NAMES = `
abigail ada adriana agata agnes agnieszka aisha alexandra alice alicia alina alison amanda amelia amy ana
anastasia andrea angela angelika anita anja ann anna anne annette antonia ariane astrid barbara beata beatrice
beatriz bettina brigitte camille carla carmen caroline catherine cecilia celine charlotte chloe christina
christine claire clara claudia colette cristina dagmar daniela daria deborah diana dolores dominika dorota
edith elena eleanor elisa elisabeth elizabeth ella ellen elsa emilia emily emma erika esther eva eve evelyn
ewa fatima fiona florence francesca franziska freya gabriela gabriele gabrielle galina gemma georgia gerda
gisela grace greta gudrun hanna hannah heidi helen helena helga henrike hilde ida ilse ines ingrid irena
irene irina iris isabel isabella isabelle ivana jacqueline jana jane janet jasmine jeanne jelena jennifer
jessica joanna johanna josephine judith julia julie justyna karen karin katarzyna katharina kathleen katja
katrin kristina laura laure lea lena liisa lina linda lisa liudmila lorena louise lucia lucy ludmila luisa
lydia magdalena maja malgorzata margaret margarete margit maria marianne marie marina marion marta martina
mary mathilde melanie mia michaela michelle milena miriam monika nadia nadine natalia natalie natasha nathalie
nicole nina nora olga olivia paula paulina petra pia rachel rebecca renate rita rosa rosemary ruth sabine
sabrina sandra sara sarah silke silvia simone sofia sonia sophie stefanie stephanie susan susanne svetlana
sylvia tamara tanja tatiana tatyana teresa theresa tina ulrike ursula valentina valerie vanessa vera veronika
victoria viktoria vivian wanda yana yelena yulia yvonne zofia zoe zsofia liisa marja kaisa aino leena mari
maureen bridget siobhan niamh aoife eileen patricia sharon pamela wendy gillian joanne lorraine janice
shirley brenda doreen pauline sheila joan jean june hazel ivy mabel molly poppy daisy lily holly megan
bethany chelsea courtney hayley kayleigh kirsty leanne nicola rhiannon seren cerys ffion sian morag mhairi
ngozi amina fatou chiamaka aiko yuki mei xiu priya anjali sunita deepa kateryna oksana olena iryna yuliia
`

const NAME_GENDER: ReadonlyMap<string, Gender> = (() => {
  const map = new Map<string, Gender>()
  for (const name of MALE_NAMES.split(/\s+/)) if (name) map.set(name, 'male')
  for (const name of FEMALE_NAMES.split(/\s+/)) if (name) map.set(name, 'female')
  return map
})()

// Given names ending in -a that are usually male; others ending in -a lean female in most languages.
const MALE_A_ENDINGS = new Set(['nikita', 'luca', 'andrea', 'sasha', 'misha', 'kostya', 'ilya', 'joshua', 'ezra', 'mustafa', 'hamza', 'musa', 'isa', 'yahya', 'jonah', 'noah', 'elijah', 'zoltan'])

/** A given name's likely gender from the list above, then from its ending; null when unclear. */
function nameKey(word: string): string {
  const lower = word.toLowerCase()
  return /^[\x00-\x7f]*$/.test(lower) ? lower : lower.normalize('NFD').replace(/\p{M}/gu, '')
}

export function guessGender(givenName: string): Gender | null {
  const key = nameKey(givenName)
  const listed = NAME_GENDER.get(key)
  if (listed !== undefined) return listed
  if (key.length > 2 && key.endsWith('a') && !MALE_A_ENDINGS.has(key)) return 'female'
  return null
}

/** True if the word is a listed given name (either gender). */
export function isKnownGivenName(word: string): boolean {
  return NAME_GENDER.has(nameKey(word))
}
