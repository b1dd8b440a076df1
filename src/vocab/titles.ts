/**
 * Titles and roles that stand before or instead of a name (`Attorney General Merrick Garland`,
 * `the attorney general`, `The Harris campaign's spokesman Ian Sams`). Lower-case; matched
 * case-insensitively, word by word.
 */

/** Head words of titles and roles. */
export const TITLE_WORDS: readonly string[] = [
  'president', 'vice', 'secretary', 'attorney', 'general', 'senator', 'sen.', 'rep.', 'representative',
  'congressman', 'congresswoman', 'governor', 'gov.', 'mayor', 'minister', 'prime', 'chancellor',
  'ambassador', 'spokesman', 'spokeswoman', 'spokesperson', 'director', 'chairman', 'chairwoman',
  'chair', 'chief', 'ceo', 'adviser', 'advisor', 'aide', 'leader', 'speaker', 'judge', 'justice',
  'commissioner', 'official', 'officer', 'analyst', 'expert', 'professor', 'prof.', 'candidate',
  'nominee', 'frontrunner', 'front-runner', 'founder', 'executive', 'manager', 'strategist',
  'pollster', 'economist', 'lawyer', 'counsel', 'envoy', 'diplomat', 'gen.', 'admiral', 'colonel',
  'col.', 'lt.', 'sgt.', 'king', 'queen', 'prince', 'pope', 'premier', 'lawmaker', 'legislator',
  'host', 'moderator', 'anchor', 'correspondent', 'editor', 'reporter', 'author', 'writer', 'columnist',
  'activist', 'head', 'commander', 'mate', 'whip', 'dean', 'rabbi', 'bishop', 'reverend', 'rev.',
  'pastor', 'sheriff', 'treasurer', 'prosecutor', 'detective', 'inspector', 'agent', 'operative',
  'consultant', 'surrogate', 'chairperson', 'deputy', 'lieutenant', 'sergeant', 'captain', 'major',
  'president-elect', 'nominee-elect', 'senator-elect', 'superintendent', 'supervisor', 'administrator', 'clerk', 'commissioner-elect', 'trustee', 'historian',
  'researcher', 'scientist', 'physician', 'doctor', 'emir', 'sheikh',
  'ayatollah', 'cardinal', 'archbishop', 'hopeful', 'challenger', 'incumbent', 'rival', 'opponent',
  'contender', 'delegate', 'organizer', 'volunteer', 'owner', 'partner', 'member', 'student',
  'teacher', 'resident', 'voter', 'supporter', 'critic', 'attorney-general', 'staffer', 'negotiator',
  'representative-elect', 'mogul', 'businessman', 'businesswoman', 'billionaire', 'entrepreneur',
  'investor', 'banker', 'veteran', 'soldier', 'officeholder', 'governor-elect', 'secretary-general',
];

/** Modifiers that belong to a title phrase (`former President`, `acting director`). */
export const TITLE_MODIFIERS: readonly string[] = [
  'former', 'acting', 'senior', 'top', 'then', 'presidential', 'interim', 'incoming', 'outgoing',
  'assistant', 'associate', 'press', 'campaign', 'national', 'security', 'foreign', 'defense',
  'defence', 'communications', 'policy', 'political', 'military', 'intelligence', 'democratic',
  'republican', 'gop', 'party', 'state', 'federal', 'longtime', 'veteran', 'running',
  'special', 'deputy', 'principal', 'lead', 'retired', 'current', 'first', 'legal', 'economic',
  'white', 'house', 'senate', 'majority', 'minority', 'ranking', 'u.s.', 'us', 'american',
  'presumptive', 'likely', 'possible', 'potential', 'independent', 'conservative', 'liberal',
  'progressive', 'prominent', 'leading', 'influential', 'fellow', 'de', 'facto', 'de-facto',
];

/** Honorifics before a name (`Mr. Putin`); never part of the canonical name. */
export const HONORIFICS: readonly string[] = ['mr.', 'mrs.', 'ms.', 'miss', 'dr.', 'sir', 'dame', 'mr', 'mrs', 'ms', 'dr', 'lord', 'lady', 'mx.'];

/** Plural or generic sources that speak without a name (`officials said`). */
export const GROUP_NOUNS: readonly string[] = [
  'officials', 'sources', 'experts', 'analysts', 'aides', 'advisers', 'advisors', 'critics',
  'supporters', 'opponents', 'lawmakers', 'democrats', 'republicans', 'people', 'residents',
  'witnesses', 'investigators', 'prosecutors', 'police', 'authorities', 'researchers', 'scientists',
  'economists', 'observers', 'diplomats', 'leaders', 'organizers', 'activists', 'protesters',
  'voters', 'members', 'spokespeople', 'spokesmen', 'spokeswomen', 'staffers', 'insiders', 'strategists', 'operatives',
  'pollsters', 'allies', 'friends', 'relatives', 'neighbors', 'commentators', 'scholars',
  'historians', 'conservatives', 'liberals', 'progressives', 'candidates', 'senators', 'delegates',
  'donors', 'executives', 'lawyers', 'attorneys', 'doctors', 'teachers', 'students', 'parents',
  'families', 'workers', 'employees', 'agents', 'administrators', 'negotiators', 'others', 'some',
  'many', 'both', 'few', 'several', 'rivals', 'campaigns', 'governments', 'groups', 'polls',
  'reports', 'surveys', 'studies', 'documents', 'records', 'emails', 'americans', 'democrat',
  'latinos', 'hispanics', 'muslims', 'christians', 'evangelicals', 'millennials', 'independents',
  'authors', 'writers', 'editors', 'officers', 'backers', 'respondents', 'participants', 'attendees',
  'demonstrators', 'protestors', 'veterans', 'consultants', 'advocates', 'sponsors',
];

/** Plain nouns for a person that can be a source (`the man shouted`, `a witness said`). */
export const PERSON_NOUNS: readonly string[] = [
  'man', 'woman', 'boy', 'girl', 'mother', 'father', 'son', 'daughter', 'wife', 'husband', 'brother',
  'sister', 'friend', 'neighbor', 'neighbour', 'witness', 'protester', 'protestor', 'heckler',
  'attendee', 'employee', 'worker', 'source', 'person', 'guy', 'tycoon', 'mom', 'dad', 'retiree',
  'customer', 'victim', 'survivor', 'nurse', 'farmer', 'parent',
];
