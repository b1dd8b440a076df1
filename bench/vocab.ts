/**
 * bench/vocab: the word lists the corpus generator (bench/generate.ts) draws from. Benchmark data
 * only; the extractor's own tables live in src/vocab.
 */

/** Given names, by the pronoun a story uses for their bearer. */
export const FIRST_NAMES_F: readonly string[] = [
  'Anna', 'Carla', 'Elena', 'Greta', 'Ingrid', 'Katarina', 'Maria', 'Olga', 'Rania', 'Ursula', 'Zofia', 'Beatriz',
  'Emma', 'Fatima', 'Irina', 'Leila', 'Nadia', 'Priya', 'Sofia', 'Valentina', 'Yulia', 'Brigitte', 'Claire', 'Esther',
  'Hannah', 'Julia', 'Marta', 'Noor', 'Rebecca', 'Vera', 'Yasmin', 'Mei', 'Aisha', 'Lucia', 'Agnieszka', 'Helga',
];
export const FIRST_NAMES_M: readonly string[] = [
  'Boris', 'David', 'Farid', 'Hassan', 'Jamal', 'Luis', 'Nikolai', 'Pedro', 'Sergei', 'Tomas', 'Viktor', 'Yusuf',
  'Ahmed', 'Chen', 'Dmitri', 'Gabriel', 'Hiroshi', 'James', 'Kemal', 'Mikhail', 'Oliver', 'Rafael', 'Thomas', 'William',
  'Xavier', 'Andrzej', 'Daniel', 'Frank', 'Ivan', 'Karim', 'Lars', 'Omar', 'Paolo', 'Samuel', 'Tariq', 'Ulrich',
];

export const LAST_NAMES: readonly string[] = [
  'Abramov', 'Bauer', 'Castillo', 'Dubois', 'Eriksen', 'Fischer', 'Garcia', 'Haddad', 'Ivanova', 'Jensen', 'Kowalski',
  'Lindqvist', 'Moreau', 'Novak', 'Okafor', 'Petrov', 'Quinn', 'Rossi', 'Schmidt', 'Tanaka', 'Usmanov', 'Varga',
  'Weber', 'Yilmaz', 'Zhang', 'Alvarez', 'Brennan', 'Costa', 'Dimitrov', 'Engel', 'Ferrari', 'Gallagher', 'Hoffmann',
  'Ibrahim', 'Kaur', 'Larsen', 'Mendez', 'Nakamura', 'Orlov', 'Papadopoulos', 'Richter', 'Sokolov', 'Torres',
  'Valdez', 'Walsh', 'Yamamoto', 'Zielinski', 'Barak', 'Carter', 'Delgado', 'Fontaine', 'Grant', 'Holm', 'Kiriakou',
  'Lambert', 'Mikkelsen', 'Nowak', 'Osei', 'Pereira', 'Reyes', 'Sato', 'Tkachenko', 'Vance', 'Whitfield', 'Morozov',
];

/** Titles written before a name (`Foreign Minister Anna Weber`); the bare role is `the foreign minister`. */
export const TITLES: readonly string[] = [
  'President', 'Prime Minister', 'Foreign Minister', 'Finance Minister', 'Defense Minister', 'Treasury Secretary',
  'Secretary of State', 'Chancellor', 'Senator', 'Representative', 'Ambassador', 'Governor', 'Commissioner',
  'Deputy Foreign Minister', 'Economy Minister', 'Trade Minister', 'General', 'Admiral', 'Mayor', 'Judge',
];

/** Roles written after a name (`Anna Weber, a spokeswoman for the ministry,`). */
export const ROLES: readonly string[] = [
  'a spokeswoman for the ministry', 'a spokesman for the foreign ministry', 'a senior official', 'an analyst at a London consultancy',
  'the head of the central bank', 'a former diplomat', 'a researcher who studies the oil trade', 'the chief executive of the shipping firm',
  'an economist at the university', 'the director of the agency', 'a lawyer for the company', 'a member of the parliamentary committee',
  'the deputy head of the mission', 'a sanctions expert', 'a professor of international law', 'the party leader',
];

/** Bare role nouns used as speakers (`the minister said`). */
export const ROLE_NOUNS: readonly string[] = [
  'the minister', 'the spokeswoman', 'the spokesman', 'the ambassador', 'the official', 'the senator', 'the analyst',
  'the envoy', 'the prosecutor', 'the governor', 'the chancellor', 'the president', 'the commissioner', 'the diplomat',
];

export const ORGANIZATIONS: readonly string[] = [
  'the Treasury Department', 'the State Department', 'the European Union', 'the European Commission', 'the Kremlin',
  'the Foreign Office', 'the United Nations', 'the Commerce Department', 'the Justice Department', 'the central bank',
  'the Office of Foreign Assets Control', 'the World Bank', 'the International Monetary Fund', 'the Finance Ministry',
  'the Defense Ministry', 'the White House', 'the Pentagon', 'NATO', 'the Council of the European Union', 'OFSI',
  'the Bank of England', 'the Security Council', 'the foreign ministry', 'the company', 'the shipping group',
  'Amnesty International', 'Human Rights Watch', 'the opposition party', 'the ruling coalition', 'the energy regulator',
];

/** Capitals standing for their governments (`Washington imposed ...`). */
export const CAPITALS: readonly string[] = ['Washington', 'Brussels', 'London', 'Ottawa', 'Tokyo', 'Canberra', 'Bern', 'Oslo'];

export const COUNTRIES: readonly string[] = [
  'Russia', 'Iran', 'China', 'North Korea', 'Venezuela', 'Syria', 'Belarus', 'Myanmar', 'Cuba', 'Turkey', 'India',
  'Germany', 'France', 'Britain', 'Japan', 'Ukraine', 'Poland', 'Italy', 'Spain', 'Canada', 'Brazil', 'Mexico',
  'Saudi Arabia', 'the United Arab Emirates', 'Qatar', 'Israel', 'Egypt', 'Nigeria', 'South Africa', 'Kazakhstan',
];

export const CITIES: readonly string[] = [
  'WASHINGTON', 'BRUSSELS', 'LONDON', 'MOSCOW', 'BEIJING', 'TEHRAN', 'KYIV', 'BERLIN', 'PARIS', 'TOKYO', 'GENEVA',
  'VIENNA', 'ANKARA', 'DUBAI', 'NEW DELHI', 'WARSAW', 'ROME', 'MADRID', 'OTTAWA', 'CARACAS', 'SEOUL', 'CAIRO',
];

/** Noun phrases a story is about (`the oil trade`). */
export const TOPICS: readonly string[] = [
  'the oil trade', 'the shadow fleet', 'arms exports', 'the banking sector', 'gold smuggling', 'dual-use technology',
  'the grain corridor', 'gas pipelines', 'semiconductor exports', 'the steel industry', 'luxury goods', 'the diamond trade',
  'drone components', 'money laundering', 'cyber attacks', 'human rights abuses', 'election interference', 'the nuclear program',
  'crypto exchanges', 'fertilizer exports', 'aviation parts', 'the timber trade', 'shipping insurance', 'the fishing fleet',
];

/** Targets of sanctions, plural nouns after a count (`25 companies`). */
export const TARGET_NOUNS: readonly string[] = [
  'companies', 'individuals', 'entities', 'vessels', 'tankers', 'banks', 'officials', 'firms', 'people', 'aircraft',
  'businesses', 'oligarchs', 'ships', 'organizations', 'executives', 'traders',
];

export const SANCTION_VERBS: readonly string[] = [
  'imposed sanctions on', 'sanctioned', 'blacklisted', 'designated', 'added to its sanctions list', 'placed sanctions on',
  'targeted', 'froze the assets of', 'imposed travel bans on', 'announced penalties against',
];

export const CURRENCIES: readonly string[] = ['$', '€', '£', 'US$'];

export const MONTHS: readonly string[] = [
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December',
];

export const WEEKDAYS: readonly string[] = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** Relative and vague date expressions, used as they are. */
export const RELATIVE_DATES: readonly string[] = [
  'last week', 'next week', 'last month', 'next month', 'last year', 'this year', 'earlier this year', 'two years ago',
  'three weeks ago', 'in the spring', 'in the autumn', 'this summer', 'last winter', 'by the end of the month',
  'by the end of the year', 'earlier this month', 'later this week', 'yesterday', 'today', 'tomorrow', 'on Friday morning',
  'in recent days', 'in the coming months', 'over the weekend', 'a decade ago', 'in the first quarter', 'within 30 days',
  'six months ago', 'in the past two years', 'at the weekend', 'recently', 'now', 'every year', 'each month',
];

/** Reporting verbs after a quote or before `that`. */
export const SAY_VERBS: readonly string[] = [
  'said', 'told reporters', 'added', 'warned', 'noted', 'stressed', 'insisted', 'claimed', 'argued', 'explained',
  'wrote', 'said in a statement', 'told a news conference', 'said on social media', 'acknowledged', 'announced',
];

export const THAT_VERBS: readonly string[] = [
  'said that', 'warned that', 'argued that', 'insisted that', 'claimed that', 'noted that', 'stressed that', 'believes that',
  'told reporters that', 'acknowledged that', 'suggested that', 'confirmed that', 'denied that', 'announced that',
];

/** Clauses that can follow `that` or stand inside a quote. */
export const CLAIM_CLAUSES: readonly string[] = [
  'the measures would hurt ordinary people more than the government', 'the government had done nothing wrong',
  'the network had helped move weapons across the border', 'the sanctions were illegal under international law',
  'talks with the other side remained possible', 'the economy could withstand further pressure',
  'the penalties had cut exports sharply', 'the companies had ignored repeated warnings', 'more action was being prepared',
  'the decision was taken after long consultations with allies', 'the country would respond in kind',
  'the ban would apply to new contracts only', 'the shipments had continued through third countries',
  'officials were studying the legal options', 'no decision had been made on further steps', 'the evidence was overwhelming',
  'the tankers had switched off their transponders', 'the front companies were registered in tax havens',
  'the rules would be enforced strictly', 'the allies were united on the issue', 'the targets had been chosen carefully',
  'the exemptions for humanitarian goods would stay in place', 'the banks had been warned about the risks',
  'the pressure campaign was working', 'the move was politically motivated', 'the government would appeal the ruling',
];

/** Text inside direct quotes. */
export const QUOTE_TEXTS: readonly string[] = [
  'We will not stand by while this continues', 'This is a clear message to everyone who helps them',
  'Our patience has limits', 'These measures are illegal and we will challenge them', 'We are ready to talk, but not under threats',
  'Nobody is above the law', 'The evidence speaks for itself', 'We have done nothing wrong', 'This is economic warfare, plain and simple',
  'The door to diplomacy remains open', 'We expect our partners to follow suit', 'It is a sad day for free trade',
  'Every link in this network will be targeted', 'Ordinary families will pay the price', 'We will keep up the pressure',
  'The sanctions are working, and the numbers show it', 'I have never seen anything like it', 'This changes nothing for us',
  'We are studying the decision carefully', 'They chose confrontation over cooperation', 'The law is the law',
  'We will respond at the appropriate time', 'There is no going back now', 'Let me be very clear about this',
  'Our companies have always respected the rules', 'This was a political decision, not a legal one',
];

/** Short phrases quoted inside a sentence (`called the move “a provocation”`). */
export const SCARE_QUOTES: readonly string[] = [
  'a provocation', 'illegal and inhumane', 'maximum pressure', 'unacceptable', 'a historic step', 'economic terrorism',
  'a shadow fleet', 'a turning point', 'deeply regrettable', 'long overdue', 'a grave mistake', 'pure theater',
];

/** Sentences with nothing to extract: no quote, no date, no figure. */
export const FILLER_SENTENCES: readonly string[] = [
  'The talks took place behind closed doors.', 'Diplomats described the atmosphere as tense.',
  'The port has long been a hub for the region.', 'Shipping data showed the tankers sailing without insurance.',
  'The measures come amid growing tension between the two sides.', 'Markets reacted calmly to the news.',
  'The government has faced criticism at home over its handling of the crisis.',
  'Critics have long questioned whether such penalties change behavior.', 'The ministry did not respond to a request for comment.',
  'Several ships have changed their flags to avoid scrutiny.', 'The company denies any wrongdoing.',
  'Energy prices have been volatile across the continent.', 'Officials in the capital were unavailable for comment.',
  'The network relied on a web of shell companies.', 'Exporters have found new routes through neighboring countries.',
  'The decision follows a lengthy investigation.', 'Trade between the two countries has shifted sharply.',
  'The banks involved have cut their ties with the firms.', 'Much of the cargo ends up at refineries in Asia.',
  'Observers expect a sharp reaction from the capital.', 'The opposition welcomed the move.',
  'Lawyers for the businessmen are expected to challenge the listing in court.',
  'Humanitarian groups have raised concerns about the impact on civilians.', 'Prices at the pump rose across the country.',
  'The vessels were spotted off the coast with their transponders switched off.',
  'Allies have been slow to agree on a common approach.', 'The bloc needs unanimity for such decisions.',
  'Enforcement remains the weak point of the regime.', 'Insurers have grown wary of the trade.',
  'The region has seen a wave of protests.', 'Analysts see the step as largely symbolic.',
  'The list includes traders, shipping managers and bankers.', 'Parliament is expected to debate the issue.',
  'The embassy issued a brief statement.', 'The central bank intervened to support the currency.',
  'The firms are accused of supplying parts used in drones.', 'Such transfers are hard to trace.',
  'Satellite images show new construction at the site.', 'The rules also cover brokers and insurers.',
  'Relations between the neighbors have soured.', 'The move is part of a broader push to choke off revenue.',
];

/** Openers for filler sentences built from parts (`In the capital, ...`). */
export const FILLER_OPENERS: readonly string[] = [
  'In the capital,', 'Meanwhile,', 'Elsewhere,', 'At the same time,', 'For its part,', 'In a separate development,',
  'Behind the scenes,', 'On the ground,', 'In response,', 'Still,', 'Even so,', 'By contrast,',
];

export const FILLER_SUBJECTS: readonly string[] = [
  'shipping brokers', 'local traders', 'European diplomats', 'refiners in Asia', 'the opposition', 'industry groups',
  'insurance firms', 'customs officers', 'investigators', 'human rights groups', 'exporters', 'regional leaders',
];

export const FILLER_PREDICATES: readonly string[] = [
  'have stepped up their checks', 'are looking for new suppliers', 'remain cautious about the outlook',
  'have been quietly preparing for the change', 'kept a low profile', 'pushed for tougher enforcement',
  'have raised concerns about loopholes', 'are watching the situation closely', 'moved their business elsewhere',
  'met to discuss the fallout', 'sought clarity on the rules', 'questioned the timing of the move',
];

export const HEADLINE_VERBS: readonly string[] = [
  'targets', 'sanctions', 'widens penalties on', 'cracks down on', 'adds new curbs on', 'freezes assets tied to',
  'hits', 'moves against', 'tightens the screws on', 'blacklists',
];
