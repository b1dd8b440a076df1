/**
 * vocab/sanctions: the word tables the sanction-figure annotator and the money parser build on.
 * Entries are lower-case and matched case-insensitively, token by token, unless a table says
 * otherwise (currency symbols and ISO codes, where case is the point).
 */

/**
 * Currency symbols and short marks written against or before the number (`$5bn`, `US$4.7 billion`,
 * `Rs. 20`). Case is the point here: `RM` is the ringgit, `rm` is not.
 */
export const CURRENCY_SYMBOLS: Readonly<Record<string, string>> = {
  $: 'USD',
  US$: 'USD',
  'U.S.$': 'USD',
  C$: 'CAD',
  CA$: 'CAD',
  A$: 'AUD',
  AU$: 'AUD',
  NZ$: 'NZD',
  HK$: 'HKD',
  S$: 'SGD',
  MX$: 'MXN',
  Mex$: 'MXN',
  R$: 'BRL',
  USD$: 'USD',
  AUD$: 'AUD',
  CAD$: 'CAD',
  NZD$: 'NZD',
  HKD$: 'HKD',
  SGD$: 'SGD',
  MXN$: 'MXN',
  '€': 'EUR',
  '£': 'GBP',
  '¥': 'JPY',
  '₹': 'INR',
  '₽': 'RUB',
  '₩': 'KRW',
  '₪': 'ILS',
  '₴': 'UAH',
  '₺': 'TRY',
  '₮': 'MNT',
  Rs: 'INR',
  'Rs.': 'INR',
  RM: 'MYR',
  LE: 'EGP',
  'L.E': 'EGP',
  'L.E.': 'EGP',
};

/**
 * ISO 4217 codes recognized next to a number (`USD 3.14`, `42 KWD`). Written upper-case in text:
 * case is the point (`try`, `all` are words); stored upper-case for that reason.
 */
export const CURRENCY_CODES: readonly string[] = [
  'USD', 'EUR', 'GBP', 'JPY', 'CNY', 'RMB', 'CHF', 'CAD', 'AUD', 'NZD', 'HKD', 'SGD', 'INR', 'RUB',
  'UAH', 'BYN', 'IRR', 'KPW', 'KRW', 'SYP', 'VES', 'CUP', 'MMK', 'AFN', 'IQD', 'KWD', 'SAR', 'QAR',
  'AED', 'OMR', 'BHD', 'JOD', 'LBP', 'EGP', 'ILS', 'TRY', 'BGN', 'PLN', 'CZK', 'HUF', 'RON', 'SEK',
  'NOK', 'DKK', 'MYR', 'MNT', 'ZAR', 'NGN', 'BRL', 'MXN', 'ARS', 'KZT', 'YER', 'LYD', 'SDG',
];

/** Codes whose usual written form differs from ISO 4217. */
export const CURRENCY_CODE_ALIASES: Readonly<Record<string, string>> = {
  rmb: 'CNY',
};

/** Currency names after (or, rarely, before) the number (`20 euros`, `42 kuwaiti dinar`). */
export const CURRENCY_NAMES: Readonly<Record<string, string>> = {
  dollar: 'USD',
  dollars: 'USD',
  'us dollar': 'USD',
  'us dollars': 'USD',
  'u.s. dollars': 'USD',
  'canadian dollars': 'CAD',
  'australian dollars': 'AUD',
  'hong kong dollars': 'HKD',
  euro: 'EUR',
  euros: 'EUR',
  pound: 'GBP',
  pounds: 'GBP',
  sterling: 'GBP',
  'pounds sterling': 'GBP',
  'british pounds': 'GBP',
  yen: 'JPY',
  yuan: 'CNY',
  renminbi: 'CNY',
  rouble: 'RUB',
  roubles: 'RUB',
  ruble: 'RUB',
  rubles: 'RUB',
  rupee: 'INR',
  rupees: 'INR',
  rial: 'IRR',
  rials: 'IRR',
  'iranian rial': 'IRR',
  'iranian rials': 'IRR',
  riyal: 'SAR',
  riyals: 'SAR',
  'saudi riyal': 'SAR',
  'saudi riyals': 'SAR',
  saudiriyal: 'SAR',
  'qatari riyal': 'QAR',
  'qatari riyals': 'QAR',
  'kuwaiti dinar': 'KWD',
  'kuwaiti dinars': 'KWD',
  'iraqi dinar': 'IQD',
  'iraqi dinars': 'IQD',
  'lebanese pound': 'LBP',
  'lebanese pounds': 'LBP',
  'egyptian pound': 'EGP',
  'egyptian pounds': 'EGP',
  egyptianpound: 'EGP',
  'l.e.': 'EGP',
  geneh: 'EGP',
  genih: 'EGP',
  genihat: 'EGP',
  'genihat masriya': 'EGP',
  'syrian pound': 'SYP',
  'syrian pounds': 'SYP',
  hryvnia: 'UAH',
  hryvnias: 'UAH',
  'swiss francs': 'CHF',
  'swiss franc': 'CHF',
  francs: 'CHF',
  shekel: 'ILS',
  shekels: 'ILS',
  lira: 'TRY',
  'turkish lira': 'TRY',
  ringgit: 'MYR',
  ringgits: 'MYR',
  'malaysia ringgit': 'MYR',
  'malaysia ringgits': 'MYR',
  'malaysian ringgit': 'MYR',
  'malaysian ringgits': 'MYR',
  tugrik: 'MNT',
  tugriks: 'MNT',
  bolivar: 'VES',
  bolivars: 'VES',
  'north korean won': 'KPW',
  'south korean won': 'KRW',
};

/** Nouns (and noun phrases) that name sanctions themselves: a number counting them is a figure. */
export const SANCTION_NOUNS: readonly string[] = [
  'sanction', 'sanctions', 'designation', 'designations',
  'embargo', 'embargoes', 'asset freeze', 'asset freezes', 'travel ban', 'travel bans',
  'restrictive measures', 'blacklisting', 'blacklistings', 'export ban', 'export bans',
  'import ban', 'import bans', 'visa ban', 'visa bans', 'visa restrictions',
];

/** Nouns that group sanctions (`14 packages of sanctions`, `a 14th sanctions package`). */
export const SANCTION_CONTAINERS: readonly string[] = [
  'package', 'packages', 'round', 'rounds', 'tranche', 'tranches', 'wave', 'waves', 'batch', 'batches',
];

/** Lists a target is added to; `added 37 entities to the Entity List` is a sanctions action. */
export const SANCTION_LISTS: readonly string[] = [
  'entity list', 'sdn list', 'specially designated nationals', 'sanctions list', 'blacklist',
  'black list', 'unverified list', 'military end-user list',
];

/** Verb forms that are sanctions actions by themselves (`sanctioned 400 individuals`). */
export const SANCTION_VERBS: readonly string[] = [
  'sanction', 'sanctioned', 'sanctioning', 'designate', 'designated', 'designates', 'designating',
  'blacklist', 'blacklisted', 'blacklists', 'blacklisting', 'redesignated', 'embargoed',
];

/**
 * Verbs that govern a sanctions count only in a sentence that names sanctions (`The sanctions
 * package targets 74 vessels`, `reimposed them on 700 individuals`); elsewhere they mean other things.
 */
export const CONDITIONAL_SANCTION_VERBS: readonly string[] = [
  'target', 'targets', 'targeted', 'targeting', 'hit', 'hits', 'hitting', 'list', 'listed', 'lists',
  'impose', 'imposed', 'imposes', 'imposing', 'reimpose', 'reimposed', 'reimposes', 'slapped', 'levied',
  'freeze', 'froze', 'frozen', 'freezes', 'freezing', 'added', 'adds', 'named', 'names', 'punish',
  'punished', 'punishes', 'penalize', 'penalized', 'penalise', 'penalised', 'identified', 'identifies',
  'identify',
];

/**
 * Verbs that impose a sanction noun on someone (`imposed sanctions on`, `slapped over 500
 * sanctions`): their subject is the imposer.
 */
export const IMPOSING_VERBS: readonly string[] = [
  'impose', 'imposed', 'imposes', 'imposing', 'slap', 'slapped', 'slaps', 'slapping', 'levy', 'levied',
  'levies', 'levying', 'announce', 'announced', 'announces', 'announcing', 'unveil', 'unveiled',
  'unveils', 'unveiling', 'adopt', 'adopted', 'adopts', 'adopting', 'approve', 'approved', 'approves',
  'approving', 'place', 'placed', 'places', 'placing', 'put', 'puts', 'putting', 'add', 'added', 'adds',
  'adding', 'target', 'targeted', 'targets', 'targeting', 'hit', 'hits', 'hitting', 'fine', 'fined',
  'fines', 'fining', 'penalize', 'penalized', 'penalizes', 'penalise', 'penalised', 'penalises',
  'freeze', 'froze', 'frozen', 'freezes', 'freezing', 'seize', 'seized', 'seizes', 'seizing', 'expand',
  'expanded', 'expands', 'extend', 'extended', 'extends', 'order', 'ordered', 'orders', 'issue',
  'issued', 'issues', 'agree', 'agreed', 'agrees', 'roll out', 'rolled out', 'rolls out',
  'sanction', 'sanctioned', 'sanctioning', 'designate', 'designated', 'designates',
  'designating', 'blacklist', 'blacklisted', 'blacklists', 'redesignated', 'reimpose', 'reimposed',
  'reimposes', 'list', 'listed', 'lists', 'name', 'named', 'names', 'responded with', 'responds with',
  'respond with', 'retaliated with', 'hit back with', 'reach', 'reached', 'reaches', 'identify',
  'identified', 'identifies', 'block', 'blocked', 'blocks', 'blocking',
];

/**
 * Words that put money in a sanctions action, and what the money then is (the figure's `unit`
 * when no noun follows the amount): `fined X $5m` -> `fine`, `froze $5bn` -> `frozen assets`.
 */
export const MONEY_CUES: Readonly<Record<string, string>> = {
  fine: 'fine',
  fines: 'fines',
  fined: 'fine',
  penalty: 'penalty',
  penalties: 'penalties',
  'civil penalty': 'civil penalty',
  penalized: 'penalty',
  penalised: 'penalty',
  settle: 'settlement',
  settled: 'settlement',
  resolve: 'settlement',
  resolved: 'settlement',
  settlement: 'settlement',
  settlements: 'settlements',
  forfeit: 'forfeiture',
  forfeited: 'forfeiture',
  forfeiture: 'forfeiture',
  frozen: 'frozen assets',
  froze: 'frozen assets',
  freeze: 'frozen assets',
  freezes: 'frozen assets',
  freezing: 'frozen assets',
  immobilised: 'immobilised assets',
  immobilized: 'immobilized assets',
  blocked: 'blocked assets',
  seized: 'seized assets',
  'asset freeze': 'frozen assets',
};

/**
 * Money cues that are sanctions actions on their own, without a sanction word in the sentence
 * (`€4.7 billion in frozen assets`). Fines and settlements need sanctions context.
 */
export const SANCTION_MONEY_CUES: readonly string[] = [
  'frozen', 'froze', 'freeze', 'freezes', 'freezing', 'immobilised', 'immobilized', 'asset freeze',
];

/**
 * Money cues that make a sanctions action only with assets as their object (`blocked $3.5 billion in
 * central bank assets`, OFAC's word for frozen property), not with other money (`the court blocked
 * $5 billion in funding`). Seizures are not among them: police seize drug money too.
 */
export const ASSET_MONEY_CUES: readonly string[] = ['blocked'];

/** Words between a money or asset noun and the amount it is (`assets worth $1.2 billion`, `a fine of $5m`). */
export const MONEY_BEFORE_LINKS: readonly string[] = ['worth', 'valued at', 'totalling', 'totaling', 'of', 'amounting to', 'estimated at'];

/** Words before money that introduce what it is (`$5bn in frozen assets`, `$300bn of assets`). */
export const MONEY_UNIT_LINKS: readonly string[] = ['in', 'of', 'worth of'];

/** Authorities whose very mention sets sanctions context (`OFAC imposed a $968 million penalty`). */
export const SANCTION_AUTHORITIES: readonly string[] = [
  'ofac', 'office of foreign assets control', 'ofsi', 'office of financial sanctions implementation',
  'bureau of industry and security',
];

/** Nouns for parties that are sanctioned: a count of them in a sanctions clause is a figure. */
export const TARGET_NOUNS: readonly string[] = [
  'individual', 'individuals', 'entity', 'entities', 'person', 'persons', 'people', 'company',
  'companies', 'firm', 'firms', 'business', 'businesses', 'bank', 'banks', 'lender', 'lenders',
  'vessel', 'vessels', 'ship', 'ships', 'tanker', 'tankers', 'aircraft', 'airline', 'airlines',
  'official', 'officials', 'oligarch', 'oligarchs', 'organization', 'organizations', 'organisation',
  'organisations', 'group', 'groups', 'network', 'networks', 'subsidiary', 'subsidiaries',
  'affiliate', 'affiliates', 'supplier', 'suppliers', 'exporter', 'exporters', 'importer', 'importers',
  'manufacturer', 'manufacturers', 'producer', 'producers', 'trader', 'traders', 'shipper', 'shippers',
  'target', 'targets', 'address', 'addresses', 'wallet', 'wallets', 'member', 'members', 'leader',
  'leaders', 'executive', 'executives', 'businessman', 'businessmen', 'lawmaker', 'lawmakers',
  'politician', 'politicians', 'judge', 'judges', 'commander', 'commanders', 'general', 'generals',
  'minister', 'ministers', 'agency', 'agencies', 'institution', 'institutions', 'ministries',
  'shipping companies', 'facilitator', 'facilitators', 'procurement agents', 'agent', 'agents',
  'operative', 'operatives', 'financier', 'financiers', 'intermediary', 'intermediaries',
  'front companies', 'shell companies', 'refinery', 'refineries', 'port', 'ports', 'terminal',
  'terminals', 'plane', 'planes', 'jet', 'jets', 'account', 'accounts', 'family members', 'relatives',
  'associate', 'associates', 'proxy', 'proxies', 'militia', 'militias', 'party', 'parties',
  'country', 'countries', 'nation', 'nations', 'state', 'states', 'region', 'regions', 'worker', 'workers',
  'hacker', 'hackers', 'smuggler', 'smugglers', 'broker', 'brokers', 'exchange', 'exchanges',
];

/** Head nouns a sanctions count never has: time, share and measure words (`two years`, `32 percent`). */
export const NON_TARGET_UNITS: readonly string[] = [
  'year', 'years', 'month', 'months', 'week', 'weeks', 'day', 'days', 'hour', 'hours', 'minute',
  'minutes', 'decade', 'decades', 'time', 'times', 'percent', 'per cent', 'percentage', 'points',
  'point', '%', 'kilometres', 'kilometers', 'miles', 'km', 'barrels', 'tonnes', 'tons', 'votes',
  'seats', 'degrees', 'pages', 'page', 'articles', 'article', 'section', 'sections', 'paragraph',
  'member states', 'member countries', 'member nations', 'ballots',
];

/** Verbs of other actions: a count right after one is not a sanctions count (`charged two employees`). */
export const OTHER_ACTION_VERBS: readonly string[] = [
  'charged', 'charges', 'charge', 'charging', 'indicted', 'indicts', 'arrested', 'arrests', 'detained',
  'detains', 'convicted', 'sentenced', 'expelled', 'expels', 'deported', 'extradited', 'killed', 'kills',
  'injured', 'wounded', 'hired', 'employs', 'employed', 'employing', 'fired', 'launched', 'shot',
  'captured', 'released', 'freed', 'exchanged', 'swapped', 'elected', 'visited', 'met', 'interviewed',
  'surveyed', 'polled', 'won', 'lost', 'invested', 'bought', 'sold', 'exported', 'imported',
  'produced', 'seizing', 'took down', 'shut down', 'dismantled', 'prosecuted', 'accused', 'eased',
  'exempted', 'exempts', 'attended', 'protested', 'said', 'told',
];

/** Words that end the clause a sanctions cue governs: a count after one needs its own cue. */
export const CLAUSE_BREAKS: readonly string[] = [
  ';', 'while', 'whereas', 'but', 'although', 'though', 'meanwhile', 'separately', 'however',
  'because', 'since', 'after', 'before', 'when', 'unlike', ':', '—', '(', ')',
];

/** Words that make a count part of an earlier sanctions action (`The targets include more than 60 ...`). */
export const INCLUSION_CUES: readonly string[] = [
  'include', 'includes', 'included', 'including', 'among', 'comprise', 'comprises', 'comprised',
  'comprising', 'cover', 'covers', 'covered', 'covering', 'span', 'spans', 'such as', 'were', 'are',
  'apply to', 'applies to', 'applied to',
];

/** Subjects of a sentence that continues a sanctions action (`The targets`, `Those sanctioned`). */
export const CONTINUATION_SUBJECTS: readonly string[] = [
  'targets', 'the targets', 'those sanctioned', 'those designated', 'the designations', 'the measures',
  'the package', 'the list', 'the sanctions', 'the designees', 'designees', 'the new measures',
  'the new sanctions', 'among them', 'they', 'it', 'the move', 'the action', 'the latest package',
  'the new package', 'the latest sanctions', 'the latest round', 'the new listings', 'the listings',
  'the round', 'those targeted', 'those listed',
];

/** Heads of a subject that refers back to a sanctions action after `the` and adjectives (`The new designations`). */
export const CONTINUATION_HEADS: readonly string[] = [
  'designations', 'measures', 'sanctions', 'package', 'listings', 'round', 'targets', 'list', 'action',
  'restrictions', 'penalties',
];

/** Words between a count and a later sanctions verb in the passive (`300 entities were sanctioned`). */
export const PASSIVE_BRIDGE: readonly string[] = [
  'were', 'was', 'have', 'has', 'had', 'been', 'being', 'also', 'now', 'newly', 'already', 'be',
  'will', 'would', 'are', 'is', 'all', 'later', 'since', 'each', 'subsequently', 'hit', 'with', 'by',
  'subject', 'to', 'faced', 'face', 'faces', 'came', 'come', 'under', 'added', 'placed', 'put', 'on',
  'the', 'new', 'u.s.', 'us', 'eu', 'uk',
];

/** Words that may stand between an imposing verb and its subject (`Biden had slapped`). */
export const SUBJECT_BRIDGE: readonly string[] = [
  'had', 'has', 'have', 'will', 'would', 'also', 'has also', 'had also', 'then', 'now', 'again',
  'jointly', 'formally', 'officially', 'immediately', 'already', 'on', 'today', 'yesterday', 'last',
  'this', 'week', 'month', 'year', 'further', 'separately', 'previously', 'later', 'earlier', 'quickly',
  'swiftly', 'could', 'may', 'might', 'must', 'should', 'is', 'was', 'are', 'were', 'did', 'does',
  'so far', 'thus far', 'agreed to', 'agree to', 'decided to', 'moved to', 'voted to', 'plans to', 'planned to', 'is set to',
  'was set to', 'vowed to', 'pledged to', 'threatened to', 'is to', 'expected to',
];

/** Prepositions after a sanctions cue or count that introduce the target (`sanctions against Russia`). */
export const TARGET_PREPOSITIONS: readonly string[] = [
  'against', 'on', 'targeting', 'over', 'linked to', 'tied to', 'connected to',
  'for helping', 'for supporting', 'for aiding', 'for assisting', 'for supplying', 'for arming',
  'for enabling', 'helping', 'supporting', 'supplying', 'arming', 'of',
];

/**
 * Prepositions that say where the counted parties are (`31 companies in China, Turkey and the UAE`,
 * `based in Hong Kong`): a country after one is the target only when nothing else names one.
 */
export const LOCATIVE_PREPOSITIONS: readonly string[] = [
  'in', 'from', 'based in', 'located in', 'headquartered in', 'registered in', 'operating in', 'across',
  'inside', 'within', 'throughout',
];

/** Prepositions that introduce the imposer after a passive (`sanctioned by the EU`). */
export const AGENT_PREPOSITIONS: readonly string[] = ['by'];

/** Lower-case words that can head an imposer phrase (`the Biden administration`, `the bloc`). */
export const IMPOSER_HEADS: readonly string[] = [
  'administration', 'government', 'department', 'departments', 'ministry', 'treasury', 'office',
  'council', 'commission', 'bloc', 'union', 'authorities', 'regulator', 'regulators', 'agency',
  'governments', 'ministries', 'allies', 'partners',
];

/**
 * Known imposers, as written in news; a mention right before a sanction noun (`U.S. sanctions`,
 * `the EU's 14th package`) names the imposer when no subject does.
 */
export const IMPOSERS: readonly string[] = [
  'the united states', 'united states', 'the us', 'us', 'the u.s.', 'u.s.', 'america', 'washington',
  'the european union', 'european union', 'the eu', 'eu', 'brussels', 'the uk', 'uk', 'the u.k.',
  'britain', 'great britain', 'the united kingdom', 'united kingdom', 'london', 'canada', 'ottawa',
  'japan', 'tokyo', 'australia', 'canberra', 'switzerland', 'new zealand', 'norway', 'the g7', 'g7',
  'the un', 'un', 'the u.n.', 'the united nations', 'the security council', 'the un security council',
  'treasury', 'the treasury', 'the treasury department', 'the state department', 'the commerce department',
  'ofac', 'ofsi', 'the white house', 'the biden administration', 'the trump administration',
  'the obama administration', 'the european commission', 'the european council', 'the council',
];

/** Country names and demonyms -> the country a target is named by (`Russian` -> `Russia`). */
export const COUNTRIES: Readonly<Record<string, string>> = {
  russia: 'Russia',
  russian: 'Russia',
  russians: 'Russia',
  'russian federation': 'Russia',
  iran: 'Iran',
  iranian: 'Iran',
  iranians: 'Iran',
  'north korea': 'North Korea',
  'north korean': 'North Korea',
  dprk: 'North Korea',
  china: 'China',
  chinese: 'China',
  'hong kong': 'Hong Kong',
  belarus: 'Belarus',
  belarusian: 'Belarus',
  syria: 'Syria',
  syrian: 'Syria',
  syrians: 'Syria',
  venezuela: 'Venezuela',
  venezuelan: 'Venezuela',
  cuba: 'Cuba',
  cuban: 'Cuba',
  myanmar: 'Myanmar',
  burma: 'Myanmar',
  burmese: 'Myanmar',
  afghanistan: 'Afghanistan',
  afghan: 'Afghanistan',
  iraq: 'Iraq',
  iraqi: 'Iraq',
  lebanon: 'Lebanon',
  lebanese: 'Lebanon',
  yemen: 'Yemen',
  yemeni: 'Yemen',
  libya: 'Libya',
  libyan: 'Libya',
  sudan: 'Sudan',
  sudanese: 'Sudan',
  'south sudan': 'South Sudan',
  nicaragua: 'Nicaragua',
  nicaraguan: 'Nicaragua',
  eritrea: 'Eritrea',
  zimbabwe: 'Zimbabwe',
  mali: 'Mali',
  somalia: 'Somalia',
  ukraine: 'Ukraine',
  ukrainian: 'Ukraine',
  turkey: 'Turkey',
  turkish: 'Turkey',
  'united arab emirates': 'United Arab Emirates',
  uae: 'United Arab Emirates',
  emirati: 'United Arab Emirates',
  india: 'India',
  indian: 'India',
  georgia: 'Georgia',
  georgian: 'Georgia',
  kazakhstan: 'Kazakhstan',
  serbia: 'Serbia',
  serbian: 'Serbia',
  israel: 'Israel',
  israeli: 'Israel',
  pakistan: 'Pakistan',
  pakistani: 'Pakistan',
  'united states': 'United States',
  american: 'United States',
  us: 'United States',
  'u.s.': 'United States',
  britain: 'United Kingdom',
  british: 'United Kingdom',
  uk: 'United Kingdom',
  'united kingdom': 'United Kingdom',
  japan: 'Japan',
  japanese: 'Japan',
  canada: 'Canada',
  canadian: 'Canada',
  australia: 'Australia',
  australian: 'Australia',
  switzerland: 'Switzerland',
  swiss: 'Switzerland',
  germany: 'Germany',
  german: 'Germany',
  france: 'France',
  french: 'France',
  // Capitals and seats of government standing for the state, as news uses them (`Moscow-based`).
  moscow: 'Russia',
  kremlin: 'Russia',
  tehran: 'Iran',
  pyongyang: 'North Korea',
  beijing: 'China',
  minsk: 'Belarus',
  damascus: 'Syria',
  caracas: 'Venezuela',
  havana: 'Cuba',
  managua: 'Nicaragua',
};

/**
 * Demonyms of states that impose sanctions: before a sanction noun they name the imposer (`American
 * sanctions on Iran`), not the target.
 */
export const IMPOSER_DEMONYMS: readonly string[] = [
  'american', 'british', 'european', 'canadian', 'japanese', 'australian', 'swiss', 'western', 'allied',
];

/** Hyphenated endings that tie a party to a country (`Russia-based`, `Iranian-owned`). */
export const COUNTRY_LINK_SUFFIXES: readonly string[] = [
  'based', 'owned', 'linked', 'backed', 'controlled', 'flagged', 'registered', 'connected', 'affiliated',
  'made', 'operated', 'aligned',
];

/** Words that end a counted noun phrase (`300 entities for ...`, `32 domains that ...`). */
export const UNIT_STOPWORDS: readonly string[] = [
  'for', 'of', 'in', 'on', 'at', 'to', 'by', 'from', 'with', 'without', 'against', 'over', 'under',
  'into', 'onto', 'about', 'after', 'before', 'since', 'during', 'including', 'includes', 'include',
  'that', 'which', 'who', 'whom', 'whose', 'where', 'when', 'while', 'as', 'than', 'the', 'a', 'an',
  'this', 'these', 'those', 'their', 'its', 'his', 'her', 'our', 'were', 'was', 'are', 'is', 'be',
  'been', 'have', 'has', 'had', 'will', 'would', 'could', 'can', 'may', 'might', 'must', 'should',
  'not', 'also', 'says', 'last', 'next', 'such', 'like', 'per', 'each',
  'across', 'through', 'between', 'among', 'amid', 'via', 'worth', 'totalling', 'totaling', 'it',
  'they', 'he', 'she', 'we', 'you', 'i', 'or', 'and', 'nor', 'so', 'yet', 'if', 'because', 'targeting',
  'allegedly', 'reportedly', 'within', 'until', 'every',
];

/**
 * Participles that end a counted phrase after its head noun (`people linked to`, `accounts
 * belonging to`) but may modify it before the head (`12 suspected smugglers`, `known associates`).
 */
export const UNIT_POSTMODIFIERS: readonly string[] = [
  'linked', 'tied', 'connected', 'involved', 'based', 'located', 'operating', 'helping', 'supplying',
  'belonging', 'owned', 'held', 'used', 'controlled', 'operated', 'run', 'managed', 'registered',
  'flagged', 'affiliated', 'associated', 'responsible', 'engaged', 'working', 'acting', 'suspected',
  'believed', 'alleged', 'known', 'identified', 'named', 'accused', 'said', 'sanctioned', 'designated',
  'listed', 'targeted',
];

/**
 * Time words that end a counted phrase after its head noun (`a $5m fine earlier this year`, `12
 * firms yesterday`) but may modify it before the head (`two earlier packages`).
 */
export const UNIT_TIME_WORDS: readonly string[] = [
  'ago', 'earlier', 'later', 'today', 'yesterday', 'tomorrow', 'tonight', 'now', 'recently', 'previously', 'already',
];

/** Words that may stand between a sanctions cue and its count (`sanctions on nearly 300`, `designated an additional 25`). */
export const OBJECT_FILLERS: readonly string[] = [
  'on', 'against', 'targeting', 'of', 'a', 'an', 'the', 'another', 'additional', 'further', 'new', 'over',
];

/** Words after a count that tie it to a later sanctions cue (`over 2,100 individuals under its sanctions regime`). */
export const LATER_CUE_LINKS: readonly string[] = ['under', 'as part of', 'in', 'for', 'with', 'amid', 'through', 'via'];

/**
 * Money cues too common outside sanctions (`agreed to pay $1.7 billion to settle a claim`): they
 * make a sanctions figure only when their own sentence names sanctions or a sanctions authority.
 */
export const WEAK_MONEY_CUES: readonly string[] = [
  'settle', 'settled', 'resolve', 'resolved', 'settlement', 'settlements', 'seized', 'forfeit', 'forfeited', 'forfeiture', 'blocked',
];

/** Heads that make the phrase after an amount money by themselves (`$5bn in Russian assets`). */
export const ASSET_HEAD_NOUNS: readonly string[] = ['assets', 'funds', 'reserves'];

/** Words that make money assets, the object of a freeze (`$5bn in frozen assets`, `£22bn of Russian funds`). */
export const ASSET_WORDS: readonly string[] = [
  'asset', 'assets', 'fund', 'funds', 'reserve', 'reserves', 'holding', 'holdings', 'deposit', 'deposits',
  'account', 'accounts', 'property', 'properties', 'wealth', 'money', 'cash',
];
