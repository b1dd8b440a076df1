/**
 * Organizations that speak as themselves (`the White House said`, `the Kremlin denied`,
 * `the Treasury Department announced`) and documents that carry statements (`the report said`).
 * Lower-case; matched case-insensitively, word by word.
 */

/** Head words that make a noun phrase an organization. */
export const ORG_HEADS: readonly string[] = [
  'kremlin', 'pentagon', 'department', 'ministry', 'administration', 'campaign', 'committee',
  'agency', 'commission', 'council', 'office', 'bureau', 'court', 'congress', 'senate',
  'parliament', 'government', 'party', 'company', 'corporation', 'corp.', 'inc.', 'bank', 'fund',
  'union', 'association', 'institute', 'foundation', 'university', 'embassy', 'army', 'military',
  'cabinet', 'board', 'service', 'network', 'coalition', 'alliance', 'nato', 'fbi', 'cia', 'nsa',
  'doj', 'dhs', 'irs', 'gop', 'dnc', 'rnc', 'un', 'eu', 'treasury', 'house', 'caucus',
  'group', 'team', 'firm', 'organization', 'organisation', 'federation', 'authority', 'police',
  'community', 'times', 'post', 'journal', 'news', 'press', 'tribune', 'reuters', 'cnn', 'msnbc',
  'nbc', 'abc', 'cbs', 'bbc', 'npr', 'politico', 'breitbart', 'guardian', 'telegraph', 'station',
  'tass', 'ria', 'xinhua', 'directorate', 'secretariat', 'assembly', 'legislature',
  'regime', 'command', 'forces', 'staff', 'headquarters', 'clinic', 'hospital', 'school',
  'college', 'center', 'centre', 'club', 'society', 'movement', 'pac', 'super', 'lobby',
];

/** Documents and media that carry statements (`the report said`, `the indictment alleges`). */
export const SOURCE_DOCUMENTS: readonly string[] = [
  'report', 'statement', 'study', 'survey', 'poll', 'letter', 'memo', 'indictment', 'complaint',
  'lawsuit', 'filing', 'document', 'website', 'article', 'ad', 'advertisement', 'tweet', 'post',
  'release', 'email', 'message', 'analysis', 'assessment', 'ruling', 'order', 'decision', 'bill',
  'proposal', 'plan', 'platform', 'editorial', 'op-ed', 'transcript', 'announcement', 'note',
  'notice', 'affidavit', 'motion', 'brief', 'opinion', 'review', 'audit', 'investigation', 'probe',
  'inquiry', 'reports', 'book', 'memoir', 'video', 'speech', 'interview', 'commercial',
];

/**
 * Common nouns that refer back to an organization named earlier (`the bloc` -> `the European
 * Union`, `the agency` -> `the Treasury Department`), each with the words such an organization's
 * name may hold. Lower-case.
 */
export const ORG_DESCRIPTORS: Readonly<Record<string, readonly string[]>> = {
  bloc: ['union', 'eu', 'nato', 'alliance', 'bloc', 'asean', 'opec', 'community', 'g7', 'g20'],
  alliance: ['nato', 'alliance', 'coalition'],
  agency: ['agency', 'department', 'office', 'treasury', 'bureau', 'service', 'commission', 'authority', 'administration', 'directorate', 'fbi', 'cia', 'nsa', 'epa', 'ofac', 'ofsi'],
  department: ['department', 'treasury', 'ministry', 'pentagon'],
  ministry: ['ministry', 'department', 'office'],
  regulator: ['authority', 'commission', 'office', 'agency', 'bureau', 'sec', 'fca', 'ofac', 'ofsi'],
  watchdog: ['authority', 'commission', 'office', 'agency', 'bureau', 'inspector', 'ofac', 'ofsi'],
  office: ['office'],
  bank: ['bank', 'fed', 'reserve'],
  committee: ['committee'],
  commission: ['commission'],
  council: ['council'],
  court: ['court'],
  campaign: ['campaign'],
  party: ['party', 'gop'],
  union: ['union'],
  organization: ['organization', 'organisation', 'group', 'association', 'foundation', 'institute'],
  group: ['group', 'association', 'coalition', 'foundation'],
  company: ['company', 'corp.', 'corporation', 'inc.', 'group', 'holdings', 'ltd', 'llc', 'plc'],
  firm: ['company', 'corp.', 'corporation', 'inc.', 'group', 'holdings', 'ltd', 'llc', 'plc', 'partners'],
  newspaper: ['times', 'post', 'journal', 'tribune', 'herald', 'gazette', 'news', 'guardian', 'telegraph'],
  network: ['news', 'network', 'cnn', 'msnbc', 'nbc', 'abc', 'cbs', 'bbc', 'fox'],
  administration: ['administration', 'white'],
  military: ['military', 'army', 'forces', 'pentagon'],
};
