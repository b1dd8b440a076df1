/**
 * Attribution regression suite: short cases in the style of news copy, one shape each, with what a
 * reader expects back: kind, content, cue, source mention, canonical speaker and how it was found.
 * Negatives expect no quote at all.
 */
import { describe, expect, it } from 'vitest';
import { extractText } from '../src/index.js';
import type { QuoteKind, Resolution } from '../src/types.js';

interface Want {
  kind: QuoteKind;
  /** Content as written (quote marks included for direct quotes). */
  text: string;
  cue: string | null;
  /** The span naming the source; null for continuations. */
  mention: string | null;
  /** Canonical speaker name; null when unresolved. */
  name: string | null;
  resolution: Resolution;
  /** TIMEX3 value of when it was said, when the case checks it. */
  date?: string | null;
}

interface Case {
  shape: string;
  text: string;
  quotes: Want[];
  /** Speakers the article lists (name and roles), when the case checks them. */
  speakers?: Array<{ name: string; roles?: string[]; type?: string }>;
}

const q = (kind: QuoteKind, text: string, cue: string | null, mention: string | null, name: string | null, resolution: Resolution, date?: string | null): Want => ({ kind, text, cue, mention, name, resolution, ...(date !== undefined ? { date } : {}) });

const DATED = 'date 2024-09-05\n\n';

const CASES: Case[] = [
  // Quote marks.
  { shape: 'curly marks, “...,” X said.', text: '“We will not back down,” Smith said.', quotes: [q('direct', '“We will not back down,”', 'said', 'Smith', 'Smith', 'name')] },
  { shape: 'straight marks', text: '"The talks are over," Jones said.', quotes: [q('direct', '"The talks are over,"', 'said', 'Jones', 'Jones', 'name')] },
  { shape: 'mixed marks “...,"', text: '“I don’t know if I’m insulted," Trump said.', quotes: [q('direct', '“I don’t know if I’m insulted,"', 'said', 'Trump', 'Trump', 'name')] },
  { shape: 'mixed marks "...”', text: '"We expect a vote soon,” the senator, Ann Lee, said.', quotes: [q('direct', '"We expect a vote soon,”', 'said', 'Ann Lee', 'Ann Lee', 'name')] },
  { shape: "two apostrophes as marks, ''...'' X, <honorific> Y's <role>, said", text: "''It's just long and tiring,'' Tina Tchen, Mrs. Obama's chief of staff, said in an interview.", quotes: [q('direct', "''It's just long and tiring,''", 'said', 'Tina Tchen', 'Tina Tchen', 'name')] },
  { shape: "three apostrophes close a single quote inside a double one", text: "''We are told all the time, 'Kosovo is a special case,''' Mr. Putin said.", quotes: [q('direct', "''We are told all the time, 'Kosovo is a special case,'''", 'said', 'Mr. Putin', 'Putin', 'name')] },
  { shape: 'a closing mark after a space', text: "''The reason is coalitions, '' said Mr. Gunnels.", quotes: [q('direct', "''The reason is coalitions, ''", 'said', 'Mr. Gunnels', 'Gunnels', 'name')] },
  { shape: '“...,” X told the hosts of “<Show>,” adding that ...', text: "''I wish him well,'' Mr. Trump told the hosts of ''Morning Joe,'' adding that his son agreed.", quotes: [q('direct', "''I wish him well,''", 'told', 'Mr. Trump', 'Trump', 'name'), q('indirect', 'his son agreed', 'adding', 'Mr. Trump', 'Trump', 'name')] },
  { shape: '“...,” X, now <age> and retired in <City>, <State abbr.>, said', text: '“I would have been in Siberia,” Mr. Daniloff, now 81 and retired in Cambridge, Mass., said by telephone.', quotes: [q('direct', '“I would have been in Siberia,”', 'said', 'Mr. Daniloff', 'Daniloff', 'name')] },
  { shape: '“...,” X recalled + a noun phrase object', text: '“I really want to try,” Mr. Mitchell recalled the president telling him.', quotes: [q('direct', '“I really want to try,”', 'recalled', 'Mr. Mitchell', 'Mitchell', 'name')] },
  { shape: '“...,” X tells <hearer>, + participle', text: '“This is strictly a business decision,” a Carrier executive tells employees, describing how their jobs will move.', quotes: [q('direct', '“This is strictly a business decision,”', 'tells', 'a Carrier executive', null, 'unresolved')] },
  { shape: '“...?” asked X (inverted asked)', text: '“Is Trump running against the committee?” asked Mr. Manafort, referring to the rules.', quotes: [q('direct', '“Is Trump running against the committee?”', 'asked', 'Mr. Manafort', 'Manafort', 'name')] },
  { shape: 'an opening curly mark typed as the close', text: '“That could create real problems for her,“ said Jim Clyburn, a Democratic congressman.', quotes: [q('direct', '“That could create real problems for her,“', 'said', 'Jim Clyburn', 'Jim Clyburn', 'name')] },
  { shape: '‘...’ inside “...”', text: '“They chanted ‘lock her up’ all night,” Lee said.', quotes: [q('direct', '“They chanted ‘lock her up’ all night,”', 'said', 'Lee', 'Lee', 'name')] },
  { shape: 'apostrophes inside: Putin’s, ’90s, rock ’n’ roll', text: '“Putin’s playbook is straight out of the ’90s, pure rock ’n’ roll,” Koffler said.', quotes: [q('direct', '“Putin’s playbook is straight out of the ’90s, pure rock ’n’ roll,”', 'said', 'Koffler', 'Koffler', 'name')] },
  { shape: 'apostrophes outside quotes are not marks', text: 'Putin’s spokesman Dmitry Peskov said the talks in the ’90s style were over.', quotes: [q('indirect', 'the talks in the ’90s style were over', 'said', 'Dmitry Peskov', 'Dmitry Peskov', 'name')] },
  { shape: 'outermost single marks', text: "'We will win this state,' she said. Mary Jones smiled.", quotes: [q('direct', "'We will win this state,'", 'said', 'she', null, 'unresolved')] },
  { shape: 'an unclosed mark does not swallow the next paragraph', text: 'Smith said the “plan was dead.\n\n“We will rebuild,” Jones said.', quotes: [q('indirect', 'the “plan was dead', 'said', 'Smith', 'Smith', 'name'), q('direct', '“We will rebuild,”', 'said', 'Jones', 'Jones', 'name')] },
  {
    shape: 'multi-paragraph quote: a mark opens each paragraph, one closes the last',
    text: 'Mayor Ann Lee said: “The first phase is done.\n\n“The second phase starts in May.\n\n“The last phase is ours.”',
    quotes: [q('direct', '“The first phase is done.', 'said', 'Mayor Ann Lee', 'Ann Lee', 'name'), q('direct', '“The second phase starts in May.', null, null, 'Ann Lee', 'continuation'), q('direct', '“The last phase is ours.”', null, null, 'Ann Lee', 'continuation')],
  },

  // Attribution shapes, cue after the quote.
  { shape: '“...,” said X.', text: '“We will not back down,” said Sen. Jane Smith.', quotes: [q('direct', '“We will not back down,”', 'said', 'Sen. Jane Smith', 'Jane Smith', 'name')] },
  { shape: '“...,” X told Y.', text: '“The market is calm,” Koffler told Fox News Digital.', quotes: [q('direct', '“The market is calm,”', 'told', 'Koffler', 'Koffler', 'name')] },
  { shape: '“...,” X told a hearer with no clause', text: '“We have come a long way,” Sanders told cheering supporters in Nashua.', quotes: [q('direct', '“We have come a long way,”', 'told', 'Sanders', 'Sanders', 'name')] },
  { shape: '“...,” <lower-case descriptors> X tweeted', text: '“Rubio will be the flavor of the week,” election law expert Rick Hasen tweeted Monday.', quotes: [q('direct', '“Rubio will be the flavor of the week,”', 'tweeted', 'Rick Hasen', 'Rick Hasen', 'name')] },
  { shape: '..., wrote <descriptor> <title> X, <appositive>.', text: 'The family had been traveling together, wrote film director Osman Abu Laban, the nephew.', quotes: [q('indirect', 'The family had been traveling together', 'wrote', 'Osman Abu Laban', 'Osman Abu Laban', 'name')] },
  { shape: '“...,” wrote the authors of the “<Report>,” + appositive', text: '“We have to engage them,” wrote the authors of the “Growth and Opportunity Project,” a report.', quotes: [q('direct', '“We have to engage them,”', 'wrote', 'the authors', null, 'unresolved')] },
  { shape: '..., X said on <day>, and + the writer’s clause', text: 'The plan failed, Smith said on Monday, and the talks ended.', quotes: [q('indirect', 'The plan failed', 'said', 'Smith', 'Smith', 'name')] },
  { shape: '“...,” X said + manner adverb', text: '“We are so sorry you are leaving,” Clinton said sarcastically.', quotes: [q('direct', '“We are so sorry you are leaving,”', 'said', 'Clinton', 'Clinton', 'name')] },
  { shape: '“...,” X said, + the writer’s participle clause', text: '“CNN had 23 million people,” Trump said, referring to the debate.', quotes: [q('direct', '“CNN had 23 million people,”', 'said', 'Trump', 'Trump', 'name')] },
  { shape: '“...,” X said of Y + a quoted title in the tail', text: '“She just made it up,” Trump said of the claim during a call to ABC’s “This Week.”', quotes: [q('direct', '“She just made it up,”', 'said', 'Trump', 'Trump', 'name')] },
  { shape: '“...?” X said (question mark before the source)', text: '“Who do they think they are?” Trump said of Apple.', quotes: [q('direct', '“Who do they think they are?”', 'said', 'Trump', 'Trump', 'name')] },
  { shape: '“... .” X said (period before the source)', text: '“Russia, if you are listening, find the emails.” Trump said.', quotes: [q('direct', '“Russia, if you are listening, find the emails.”', 'said', 'Trump', 'Trump', 'name')] },
  { shape: '“...,” X said Thursday (quote date)', text: `${DATED}“The sanctions will bite,” Yellen said on Thursday.`, quotes: [q('direct', '“The sanctions will bite,”', 'said', 'Yellen', 'Yellen', 'name', '2024-09-05')] },
  { shape: '“...” — X', text: '“The economy is strong.” — Janet Yellen', quotes: [q('direct', '“The economy is strong.”', null, 'Janet Yellen', 'Janet Yellen', 'name')] },
  { shape: '“A,” he said, “B.” is one quote', text: 'Mayor John Smith spoke Monday. “We will rebuild,” he said, “and we will do it fast.”', quotes: [q('direct', '“We will rebuild,” he said, “and we will do it fast.”', 'said', 'he', 'John Smith', 'pronoun')] },
  { shape: '..., said X, + an appositive closing the sentence', text: 'The polarizing race has driven voters to the polls, said Steven Taylor, a professor at Troy University.', quotes: [q('indirect', 'The polarizing race has driven voters to the polls', 'said', 'Steven Taylor', 'Steven Taylor', 'name')] },
  { shape: '“...,” X said and + the writer’s verb phrase', text: '“I’m supporting Tom Selleck,” Miller said and quickly hung up.', quotes: [q('direct', '“I’m supporting Tom Selleck,”', 'said', 'Miller', 'Miller', 'name')] },
  { shape: '“...,” X said in <time> + noun (a tail, not content)', text: '“I am the proud daughter of immigrants,” Haley said in Tuesday night’s response.', quotes: [q('direct', '“I am the proud daughter of immigrants,”', 'said', 'Haley', 'Haley', 'name')] },
  { shape: 'X continued, “...” (continued before a quote it introduces)', text: 'Obama praised her record. He continued, “Even in a crisis, she listens to people.”', quotes: [q('direct', '“Even in a crisis, she listens to people.”', 'continued', 'He', 'Obama', 'pronoun')] },
  { shape: 'not a quote: continued to + verb', text: 'The plan continued to stall in the Senate.', quotes: [] },
  { shape: 'X said, <aside>, that ...', text: 'Trump said, twice, that he was going back to work.', quotes: [q('indirect', 'he was going back to work', 'said', 'Trump', 'Trump', 'name')] },
  { shape: 'while X said ..., main clause: the main clause is the writer’s', text: 'And while McCain said he would hold a hearing, the plan is unlikely to win his support.', quotes: [q('indirect', 'he would hold a hearing', 'said', 'McCain', 'McCain', 'name')] },
  { shape: '(..., according to X): the parenthesis opens the content', text: 'He cited a figure (the actual number is closer to 15 percent, according to Factcheck.org).', quotes: [q('indirect', 'the actual number is closer to 15 percent', 'according to', 'Factcheck.org', 'Factcheck.org', 'name')] },
  { shape: '“...,” X said + participle without a comma', text: '“We need someone who is battle tested,” Kerry said introducing Clinton as a leader.', quotes: [q('direct', '“We need someone who is battle tested,”', 'said', 'Kerry', 'Kerry', 'name')] },
  { shape: '“...,” X said - and + the writer’s clause', text: '"Again, we need the details," Clinton said - and charged that Sanders would hurt the law.', quotes: [q('direct', '"Again, we need the details,"', 'said', 'Clinton', 'Clinton', 'name')] },
  { shape: '“...,” X told “<Show>,” reminding Y that ...', text: '"Bill Clinton is fair game," Fiorina told "Fox and Friends," reminding the hosts that Trump attacked Bush.', quotes: [q('direct', '"Bill Clinton is fair game,"', 'told', 'Fiorina', 'Fiorina', 'name'), q('indirect', 'Trump attacked Bush', 'reminding', 'Fiorina', 'Fiorina', 'name')] },
  { shape: 'not a quote: a verb of saying used as a noun (the chant “...”)', text: 'The crowd reprised the caustic chant “Lock her up!” all week.', quotes: [] },
  { shape: 'not a quote: continued to say with nothing quoted before', text: 'Even after the complaint was filed, the campaign continued its work.', quotes: [] },
  { shape: '..., X told Y.', text: 'The vote was rigged, Smith told reporters.', quotes: [q('indirect', 'The vote was rigged', 'told', 'Smith', 'Smith', 'name')] },

  // Cue before the content.
  { shape: 'X said: “...”', text: 'Smith said: “We will not back down.”', quotes: [q('direct', '“We will not back down.”', 'said', 'Smith', 'Smith', 'name')] },
  { shape: 'X said in a statement “...” (no comma)', text: 'Smith said in a statement “We will not back down.”', quotes: [q('direct', '“We will not back down.”', 'said', 'Smith', 'Smith', 'name')] },
  { shape: 'X said that ...', text: 'Russian President Vladimir Putin said that Russia would back Harris.', quotes: [q('indirect', 'Russia would back Harris', 'said', 'Russian President Vladimir Putin', 'Vladimir Putin', 'name')] },
  { shape: 'X said ... (no that)', text: 'Putin said the talks were over.', quotes: [q('indirect', 'the talks were over', 'said', 'Putin', 'Putin', 'name')] },
  { shape: 'According to X, ...', text: 'According to Smith, the plan was ready.', quotes: [q('indirect', 'the plan was ready', 'According to', 'Smith', 'Smith', 'name')] },
  { shape: '..., according to X.', text: 'The plan was ready, according to a senior official.', quotes: [q('indirect', 'The plan was ready', 'according to', 'a senior official', null, 'unresolved')] },
  { shape: 'X, according to Y, VP: the source inside the clause', text: 'Fundraising, according to the campaign, has surged in the same period.', quotes: [q('indirect', 'Fundraising, according to the campaign, has surged in the same period', 'according to', 'the campaign', null, 'unresolved')] },
  { shape: '... according to X. (no comma before the cue)', text: 'Clinton leads Sanders by 271 pledged delegates according to a count by The Associated Press.', quotes: [q('indirect', 'Clinton leads Sanders by 271 pledged delegates', 'according to', 'a count by The Associated Press', null, 'unresolved')] },
  { shape: 'According to <long source>, <content opening with a preposition>', text: 'According to early results of exit polls conducted for The Associated Press by Edison Research, at least 8 in 10 voters feel down.', quotes: [q('indirect', 'at least 8 in 10 voters feel down', 'According to', 'early results of exit polls conducted for The Associated Press by Edison Research', null, 'unresolved')] },
  { shape: '..., according to X, <appositive>.', text: 'Fox made $1.6 billion in profit, according to Brian Wieser, an analyst at Pivotal Research Group.', quotes: [q('indirect', 'Fox made $1.6 billion in profit', 'according to', 'Brian Wieser', 'Brian Wieser', 'name')] },
  { shape: 'a parenthesis inside the content before the source stays whole', text: 'Trump does better than Ted Cruz (R-TX), according to a new poll.', quotes: [q('indirect', 'Trump does better than Ted Cruz (R-TX)', 'according to', 'a new poll', null, 'unresolved')] },
  { shape: 'a fronted time phrase opens the content before according to', text: 'On Tuesday she lost the Oregon primary, according to unofficial returns.', quotes: [q('indirect', 'On Tuesday she lost the Oregon primary', 'according to', 'unofficial returns', null, 'unresolved')] },
  { shape: 'As X reported, <main clause>', text: 'As The Washington Post reported, even if Sanders split the delegates, he would need 55 percent of the rest.', quotes: [q('indirect', 'even if Sanders split the delegates, he would need 55 percent of the rest', 'reported', 'The Washington Post', 'the Washington Post', 'name')] },
  { shape: 'X told <title> <Name> + a clause opening with a pronoun', text: 'Gillibrand told host Chris Cuomo she believed that Clinton would release a transcript.', quotes: [q('indirect', 'she believed that Clinton would release a transcript', 'told', 'Gillibrand', 'Gillibrand', 'name')] },
  { shape: 'X reported + a clause opening with at least', text: 'CNN reported at least six planes had filled the skies with messages.', quotes: [q('indirect', 'at least six planes had filled the skies with messages', 'reported', 'CNN', 'CNN', 'name')] },
  { shape: 'not a quote: announced + noun phrase with an infinitive', text: 'Obama announced a series of steps to tighten gun sales.', quotes: [] },
  { shape: 'X, a former adviser, said ...', text: 'John Bolton, a former national security adviser, said the deal was dead.', quotes: [q('indirect', 'the deal was dead', 'said', 'John Bolton', 'John Bolton', 'name')], speakers: [{ name: 'John Bolton', roles: ['former national security adviser'] }] },
  { shape: 'X, <Org>’s <role>, said', text: '“They are very open,” Jenna Golden, Twitter’s director of political advertising, said of the campaign.', quotes: [q('direct', '“They are very open,”', 'said', 'Jenna Golden', 'Jenna Golden', 'name')] },
  { shape: 'X, <Name>s’ <role>, said', text: '“The numbers put us on pace,” Jeff Weaver, Sanders’ campaign manager, said.', quotes: [q('direct', '“The numbers put us on pace,”', 'said', 'Jeff Weaver', 'Jeff Weaver', 'name')] },
  { shape: 'X, Democrat of <State>, told Y: the hearer is never the source', text: '“That was a good speech,” Representative Steve Cohen, Democrat of Tennessee, told Mr. Obama.', quotes: [q('direct', '“That was a good speech,”', 'told', 'Representative Steve Cohen', 'Steve Cohen', 'name')] },
  { shape: 'with <share> saying ...', text: 'Voters view Clinton as prepared, with 50 percent saying she is ready for the job.', quotes: [q('indirect', 'she is ready for the job', 'saying', '50 percent', null, 'unresolved')] },
  { shape: 'a fronted adverb is not the source of a shared cue', text: 'Hastily, Trump cast the blame on his rivals and said the threat was growing.', quotes: [q('indirect', 'the threat was growing', 'said', 'Trump', 'Trump', 'name')] },
  { shape: 'X, <title of Org>, <appositive>, said (a surname that is also a title)', text: 'Matthew Prince, chief executive of CloudFlare, a San Francisco company, said that activists criticized his company.', quotes: [q('indirect', 'activists criticized his company', 'said', 'Matthew Prince', 'Matthew Prince', 'name')] },
  { shape: 'X, Republican of <State>, said', text: 'Senator Lindsey Graham, Republican of South Carolina, said on Sunday that Trump had crossed a line.', quotes: [q('indirect', 'Trump had crossed a line', 'said', 'Senator Lindsey Graham', 'Lindsey Graham', 'name')] },
  { shape: 'a quantifier alone as a group source', text: 'Several said they would rather have block grants.', quotes: [q('indirect', 'they would rather have block grants', 'said', 'Several', null, 'unresolved')] },
  { shape: 'after a fronted adverb: those surveyed said', text: 'Again, those surveyed said Trump was best able to handle the issue.', quotes: [q('indirect', 'Trump was best able to handle the issue', 'said', 'those', null, 'unresolved')] },
  { shape: 'an unnamed source with a modifier after it', text: 'Another source familiar with Cruz’s thinking said, “I think he will try.”', quotes: [q('direct', '“I think he will try.”', 'said', 'Another source', null, 'unresolved')] },
  { shape: 'this opens a clause, not a time tail', text: 'Critics say this is a rough patch.', quotes: [q('indirect', 'this is a rough patch', 'say', 'Critics', null, 'unresolved')] },
  { shape: 'X, <age>, a <role>, said ...', text: 'Lance Beebe, 49, a Navy veteran who works for the Air Force, said Clinton should be ready.', quotes: [q('indirect', 'Clinton should be ready', 'said', 'Lance Beebe', 'Lance Beebe', 'name')] },
  { shape: 'X added that ...', text: 'Smith added that the bridge would reopen in May.', quotes: [q('indirect', 'the bridge would reopen in May', 'added', 'Smith', 'Smith', 'name')] },
  { shape: 'X has said ...', text: 'Trump has said sanctions should be used sparingly.', quotes: [q('indirect', 'sanctions should be used sparingly', 'said', 'Trump', 'Trump', 'name')] },
  { shape: 'X has openly said ...', text: 'Smith has openly said the plan was flawed.', quotes: [q('indirect', 'the plan was flawed', 'said', 'Smith', 'Smith', 'name')] },
  { shape: 'X on Thursday claimed ... (quote date)', text: `${DATED}Putin on Thursday claimed he was open to talks.`, quotes: [q('indirect', 'he was open to talks', 'claimed', 'Putin', 'Putin', 'name', '2024-09-05')] },
  { shape: 'X says ... (present)', text: 'Smith says the bridge is safe.', quotes: [q('indirect', 'the bridge is safe', 'says', 'Smith', 'Smith', 'name')] },
  { shape: 'X will say ... (future)', text: 'Smith will say the bridge is safe.', quotes: [q('indirect', 'the bridge is safe', 'say', 'Smith', 'Smith', 'name')] },
  { shape: 'X had warned that ... (past perfect)', text: 'Smith had warned that the bridge was unsafe.', quotes: [q('indirect', 'the bridge was unsafe', 'warned', 'Smith', 'Smith', 'name')] },
  { shape: 'X is saying ... (progressive)', text: 'Smith is saying the bridge is safe.', quotes: [q('indirect', 'the bridge is safe', 'saying', 'Smith', 'Smith', 'name')] },
  { shape: 'X has been saying ... (perfect progressive)', text: 'Smith has been saying the bridge is safe.', quotes: [q('indirect', 'the bridge is safe', 'saying', 'Smith', 'Smith', 'name')] },
  { shape: 'X also told Y that ...', text: 'Smith also told the crowd that the vote was rigged.', quotes: [q('indirect', 'the vote was rigged', 'told', 'Smith', 'Smith', 'name')] },
  { shape: 'X later wrote in a letter that ...', text: 'Smith later wrote in a letter that the rule was unfair.', quotes: [q('indirect', 'the rule was unfair', 'wrote', 'Smith', 'Smith', 'name')] },
  { shape: 'X claimed + a clause without that', text: 'Obama claimed a new era had begun in Cairo.', quotes: [q('indirect', 'a new era had begun in Cairo', 'claimed', 'Obama', 'Obama', 'name')] },
  { shape: 'partial: X said ... “...”', text: 'Putin said it was ultimately “the choice of the American people.”', quotes: [q('partial', 'it was ultimately “the choice of the American people.”', 'said', 'Putin', 'Putin', 'name')] },
  { shape: 'partial: He said + modal cue inside is no second quote', text: 'Esmaeil Baghaei spoke for the ministry. He said Tehran would respond "at the appropriate time."', quotes: [q('partial', 'Tehran would respond "at the appropriate time."', 'said', 'He', 'Esmaeil Baghaei', 'pronoun')] },
  { shape: 'relative clause: which he said ...', text: 'Sanders praised the town halls, which he said could not be corrupted by billionaires.', quotes: [q('indirect', 'could not be corrupted by billionaires', 'said', 'he', 'Sanders', 'pronoun')] },
  { shape: 'asked by X whether ...', text: 'Rubio was asked by moderator Gerard Baker whether the plan would add to the deficit.', quotes: [q('indirect', 'whether the plan would add to the deficit', 'asked', 'Gerard Baker', 'Gerard Baker', 'name')] },
  { shape: 'X asked Y whether ...', text: 'Moderator Gerard Baker asked Rubio whether the plan would add to the deficit.', quotes: [q('indirect', 'whether the plan would add to the deficit', 'asked', 'Moderator Gerard Baker', 'Gerard Baker', 'name')] },
  { shape: 'asked by X, appositive, whether ...', text: 'Sanders was asked by host Megyn Kelly, who interviewed him, whether the emails matter.', quotes: [q('indirect', 'whether the emails matter', 'asked', 'Megyn Kelly', 'Megyn Kelly', 'name')] },
  { shape: 'poll share as a source', text: 'Twenty-four percent said they were more likely to vote for him.', quotes: [q('indirect', 'they were more likely to vote for him', 'said', 'Twenty-four percent', null, 'unresolved')] },
  { shape: 'poll share N in 10', text: 'More than six in 10 said they were not looking forward to the campaign.', quotes: [q('indirect', 'they were not looking forward to the campaign', 'said', 'More than six in 10', null, 'unresolved')] },
  { shape: 'group subject with a modifier after its head', text: 'Several supporters of reform said it is more realistic to keep some superdelegates.', quotes: [q('indirect', 'it is more realistic to keep some superdelegates', 'said', 'Several supporters', null, 'unresolved')] },
  { shape: 'headline: X: ...', text: 'Sanders: Endorsements Prove Clinton Is the Establishment Candidate\n\nBernie Sanders said on Sunday that he would keep running.', quotes: [q('indirect', 'Endorsements Prove Clinton Is the Establishment Candidate', ':', 'Sanders', 'Bernie Sanders', 'name'), q('indirect', 'he would keep running', 'said', 'Bernie Sanders', 'Bernie Sanders', 'name')] },
  {
    shape: 'transcript turns: a label that opens several paragraphs names the speaker',
    text: 'Partial transcript as follows:\n\nTAPPER: Did Trump campaign as a healer?\n\nFALLIN: I think he is trying to.\n\nTAPPER: Why now?\n\nFALLIN: The country needs it.',
    quotes: [
      q('indirect', 'Did Trump campaign as a healer', ':', 'TAPPER', 'TAPPER', 'name'),
      q('indirect', 'I think he is trying to', ':', 'FALLIN', 'FALLIN', 'name'),
      q('indirect', 'Why now', ':', 'TAPPER', 'TAPPER', 'name'),
      q('indirect', 'The country needs it', ':', 'FALLIN', 'FALLIN', 'name'),
    ],
  },
  { shape: 'not a quote: a label repeated before colons', text: 'Note: the vote is today.\n\nNote: the count is tomorrow.', quotes: [] },
  { shape: 'dateline stays out of the content before the source', text: 'WASHINGTON — The sanctions will take effect on Monday, the Treasury Department said.', quotes: [q('indirect', 'The sanctions will take effect on Monday', 'said', 'the Treasury Department', 'the Treasury Department', 'name')] },
  { shape: 'dateline with agency stays out of the content', text: 'BRUSSELS (Reuters) - New curbs on tankers are coming, EU diplomats said.', quotes: [q('indirect', 'New curbs on tankers are coming', 'said', 'EU diplomats', null, 'unresolved')] },

  // Continuations.
  { shape: 'continuation in the same paragraph', text: '“A deal is close,” Smith said. “We only need one more meeting.”', quotes: [q('direct', '“A deal is close,”', 'said', 'Smith', 'Smith', 'name'), q('direct', '“We only need one more meeting.”', null, null, 'Smith', 'continuation')] },
  { shape: 'continuation across a paragraph break', text: '“A deal is close,” Smith said.\n\n“We only need one more meeting.”', quotes: [q('direct', '“A deal is close,”', 'said', 'Smith', 'Smith', 'name'), q('direct', '“We only need one more meeting.”', null, null, 'Smith', 'continuation')] },
  { shape: 'no continuation after a new named source', text: '“A deal is close,” Smith said. Jones was not convinced. “We only need one more meeting.”', quotes: [q('direct', '“A deal is close,”', 'said', 'Smith', 'Smith', 'name')] },
  { shape: 'a new source’s own quote across a paragraph break is not a continuation', text: '“A deal is close,” Smith said.\n\n“It is not,” Jones said.', quotes: [q('direct', '“A deal is close,”', 'said', 'Smith', 'Smith', 'name'), q('direct', '“It is not,”', 'said', 'Jones', 'Jones', 'name')] },
  { shape: 'a quoted phrase inside the tail is no continuation', text: '"Let me tell you the facts," Cruz said after a brief "I am sorry" to Carson.', quotes: [q('direct', '"Let me tell you the facts,"', 'said', 'Cruz', 'Cruz', 'name')] },

  // Speakers.
  {
    shape: 'Russian President Vladimir Putin / Putin / Mr. Putin / he: one entity with its role',
    text: 'Russian President Vladimir Putin spoke on Thursday. Putin said the vote was free. Mr. Putin added that he was joking. “We will see,” he said.',
    quotes: [q('indirect', 'the vote was free', 'said', 'Putin', 'Vladimir Putin', 'name'), q('indirect', 'he was joking', 'added', 'Mr. Putin', 'Vladimir Putin', 'name'), q('direct', '“We will see,”', 'said', 'he', 'Vladimir Putin', 'pronoun')],
    speakers: [{ name: 'Vladimir Putin', roles: ['Russian President'], type: 'person' }],
  },
  { shape: 'she skips a male antecedent', text: 'Mary Jones met John Smith on Monday. “It went well,” she said.', quotes: [q('direct', '“It went well,”', 'said', 'she', 'Mary Jones', 'pronoun')] },
  { shape: 'he takes the nearest compatible entity', text: 'Ann Lee introduced John Smith and Tom Brown. Brown spoke first. “We are ready,” he said.', quotes: [q('direct', '“We are ready,”', 'said', 'he', 'Tom Brown', 'pronoun')] },
  { shape: 'it takes the organization', text: 'The Kremlin denied the report. It said the claims were false.', quotes: [q('indirect', 'the report', 'denied', 'The Kremlin', 'the Kremlin', 'name'), q('indirect', 'the claims were false', 'said', 'It', 'the Kremlin', 'pronoun')] },
  { shape: 'the attorney general -> the holder of the title', text: 'Attorney General Merrick Garland spoke on Monday. The attorney general said the probe continues.', quotes: [q('indirect', 'the probe continues', 'said', 'The attorney general', 'Merrick Garland', 'title')] },
  { shape: 'the Russian president -> the holder of the title', text: 'Russian President Vladimir Putin met Xi. The Russian president said the talks were useful.', quotes: [q('indirect', 'the talks were useful', 'said', 'The Russian president', 'Vladimir Putin', 'title')] },
  { shape: 'the agency -> the organization named before', text: 'The Treasury Department sanctioned 12 firms on Friday. The agency said the firms shipped oil to Syria.', quotes: [q('indirect', 'the firms shipped oil to Syria', 'said', 'The agency', 'the Treasury Department', 'title')] },
  { shape: 'the bloc -> the organization named before', text: 'The European Union approved new sanctions. It targets firms that the bloc says have helped Russia.', quotes: [q('indirect', 'have helped Russia', 'says', 'the bloc', 'the European Union', 'title')] },
  { shape: 'an acronym joins its long form', text: 'The Office of Financial Sanctions Implementation (OFSI) fined a trader. The breaches were serious, OFSI said.', quotes: [q('indirect', 'The breaches were serious', 'said', 'OFSI', 'the Office of Financial Sanctions Implementation', 'name')] },
  { shape: 'the White House speaks as itself', text: 'The White House said the report was false.', quotes: [q('indirect', 'the report was false', 'said', 'The White House', 'the White House', 'name')], speakers: [{ name: 'the White House', type: 'organization' }] },
  { shape: 'the Kremlin speaks as itself', text: '“We consider such sanctions illegal,” the Kremlin said.', quotes: [q('direct', '“We consider such sanctions illegal,”', 'said', 'the Kremlin', 'the Kremlin', 'name')] },
  { shape: 'the Treasury Department speaks as itself', text: 'The Treasury Department announced that new sanctions would follow.', quotes: [q('indirect', 'new sanctions would follow', 'announced', 'The Treasury Department', 'the Treasury Department', 'name')] },
  { shape: 'Kremlin spokesman X: role with the organization', text: '“We consider such sanctions illegal,” Kremlin spokesman Dmitry Peskov said.', quotes: [q('direct', '“We consider such sanctions illegal,”', 'said', 'Dmitry Peskov', 'Dmitry Peskov', 'name')], speakers: [{ name: 'Dmitry Peskov', roles: ['Kremlin spokesman'] }] },
  { shape: 'first person inside a quote is never a speaker', text: '“I told him we would win,” Jones said. “I was right, and I said so.”', quotes: [q('direct', '“I told him we would win,”', 'said', 'Jones', 'Jones', 'name'), q('direct', '“I was right, and I said so.”', null, null, 'Jones', 'continuation')], speakers: [{ name: 'Jones' }] },
  { shape: 'it takes an organization named just before, even one that has not spoken', text: 'The Kremlin rejected the claims. Putin met Xi on Monday. It said the report was false.', quotes: [q('indirect', 'the report was false', 'said', 'It', 'the Kremlin', 'pronoun')] },
  { shape: 'said nothing had changed is a report', text: 'Smith said nothing had changed.', quotes: [q('indirect', 'nothing had changed', 'said', 'Smith', 'Smith', 'name')] },
  { shape: 'not a quote: said nothing about', text: 'The plan is bold. Smith said nothing about costs.', quotes: [] },
  { shape: 'X vowed to + verb: a promise reports its infinitive', text: 'Donald Trump spoke in Iowa. In the coming months, he vowed to ban Muslims from entering the country.', quotes: [q('indirect', 'to ban Muslims from entering the country', 'vowed', 'he', 'Donald Trump', 'pronoun')] },
  { shape: '“...,” X vowed to <hearer>', text: '“We will fight,” Smith vowed to supporters.', quotes: [q('direct', '“We will fight,”', 'vowed', 'Smith', 'Smith', 'name')] },
  { shape: '“...,” he said when asked by a reporter if ...: the question is the writer’s', text: 'Sanders spoke. "Absolutely," he said when asked by a reporter if that remains his view.', quotes: [q('direct', '"Absolutely,"', 'said', 'he', 'Sanders', 'pronoun')] },
  { shape: 'an unresolvable pronoun stays unresolved', text: '“Fine,” she said.', quotes: [q('direct', '“Fine,”', 'said', 'she', null, 'unresolved')] },

  // Not quotes.
  { shape: 'not a quote: book title after author of', text: 'Rebekah Koffler is the author of “Putin’s Playbook,” a book about Russia.', quotes: [] },
  { shape: 'not a quote: film title', text: 'The director of the film “Oppenheimer” arrived on Monday.', quotes: [] },
  { shape: 'not a quote: scare quotes', text: 'The so-called “peace plan” was rejected by both sides.', quotes: [] },
  { shape: 'not a quote: nickname', text: 'Dwayne “The Rock” Johnson arrived at the convention.', quotes: [] },
  { shape: 'not a quote: single quoted word without a source', text: 'He called the plan “fake” and walked away.', quotes: [] },
  { shape: 'not a quote: a show title', text: 'Rubio appeared on Fox’s “Hannity” on Tuesday night.', quotes: [] },
  { shape: 'not a quote: noun-phrase object', text: 'The European Union on Tuesday approved a package, adding nearly 200 tankers to its blacklist.', quotes: [] },
  { shape: 'not a quote: passive without an agent', text: 'Sanders was asked to name a decision. He was told the plan would fail.', quotes: [] },
  { shape: 'not a quote: belief verb without marks', text: 'Officials believe that the tankers are still at sea.', quotes: [] },
  { shape: 'not a quote: label before a colon in a headline', text: 'Update: The vote is delayed until Monday.', quotes: [] },
  { shape: 'not a quote: quoted sentence with no source', text: '“This is the end of an era.”\n\nThe building closed on Monday.', quotes: [] },  // A fronted phrase after `that` opens the reported clause; without `that` a subordinate clause is the cue's tail.
  { shape: 'X said that <fronted clause>, <clause>', text: 'Smith said that as the talks dragged on, the bridge stayed closed.', quotes: [q('indirect', 'as the talks dragged on, the bridge stayed closed', 'said', 'Smith', 'Smith', 'name')] },
  { shape: 'not a quote: X said when asked ... (tail only)', text: 'Smith said when asked about the bridge.', quotes: [] },
  // Sentence adverbs between source and cue.
  { shape: 'X however said ...', text: 'Carter however said the bridge was safe.', quotes: [q('indirect', 'the bridge was safe', 'said', 'Carter', 'Carter', 'name')] },
  { shape: 'X has since said ...', text: 'Smith has since said the bridge was safe.', quotes: [q('indirect', 'the bridge was safe', 'said', 'Smith', 'Smith', 'name')] },
  // Cue forms that are also nouns: only before `that`, after a source opening the clause.
  { shape: '<Org> reports that ...', text: 'CBS News reports that the bridge was safe.', quotes: [q('indirect', 'the bridge was safe', 'reports', 'CBS News', 'CBS News', 'name')] },
  { shape: 'not a quote: amid media reports that ...', text: 'Amid media reports that the bridge was safe, traffic resumed.', quotes: [] },
  { shape: 'not a quote: states that <verb> (relative clause)', text: 'Several states that voted for him are now in play.', quotes: [] },
  // The sentence ends at the cue: the content is before it.
  { shape: '..., X said. (<parenthesized sentence>)', text: 'The bridge was often unsafe, Mr. Sykes said. (He did not elaborate.)', quotes: [q('indirect', 'The bridge was often unsafe', 'said', 'Mr. Sykes', 'Sykes', 'name')] },
  { shape: '..., X said; <next clause>', text: 'The bridge needs repairs, Smith said; in 2012, it closed for a month.', quotes: [q('indirect', 'The bridge needs repairs', 'said', 'Smith', 'Smith', 'name')] },
  { shape: 'X said ... . (“...,” he said.) a parenthesized sentence is a unit of its own', text: 'Mr. Nevins said he pursued the show because Mr. Lynch agreed. (“We persuaded him,” he said.)', quotes: [q('indirect', 'he pursued the show because Mr. Lynch agreed', 'said', 'Mr. Nevins', 'Nevins', 'name'), q('direct', '“We persuaded him,”', 'said', 'he', 'Nevins', 'pronoun')] },
  // A coordinated source takes the bare verb form.
  { shape: 'X and Y say ...', text: 'Jeb Bush and Chris Christie say Rubio has not been tested.', quotes: [q('indirect', 'Rubio has not been tested', 'say', 'Chris Christie', 'Chris Christie', 'name')] },
  { shape: 'not a quote: a cue after a full stop', text: 'Smith said. The bridge was safe.', quotes: [] },  // Sources with appositives and parentheticals.
  { shape: 'X, an <role> in <Place>, who ..., said: the source is the name, not the place', text: 'Willie Minor, an actor in Dallas, who runs a small theater, said the loans were late.', quotes: [q('indirect', 'the loans were late', 'said', 'Willie Minor', 'Willie Minor', 'name')] },
  { shape: 'X of <Place>, who ..., said: the place stays part of the source', text: 'Ann Lee of Dallas, who runs a theater, said the loans were late.', quotes: [q('indirect', 'the loans were late', 'said', 'Ann Lee of Dallas', 'Ann Lee', 'name')] },
  { shape: 'X (R-OH), said, “...”: a stray comma after the party and state', text: 'Gov. John Kasich (R-OH), said, “I’m getting ready to rent a covered wagon.”', quotes: [q('direct', '“I’m getting ready to rent a covered wagon.”', 'said', 'Gov. John Kasich', 'John Kasich', 'name')] },
  { shape: 'X (D-Md.), <role>, said: the party and state before an appositive', text: 'Rep. Elijah Cummings (D-Md.), chair of the Platform Committee, said that it was committed to an open process.', quotes: [q('indirect', 'it was committed to an open process', 'said', 'Rep. Elijah Cummings', 'Elijah Cummings', 'name')] },
  // A digest quoting its sources after a dash: `HEADLINE - Name: “...”`.
  { shape: '<HEADLINE> - X: “...”', text: 'POLLS WERE JUST TOO EARLY - Mark Blumenthal: “The polls failed to predict the win.”', quotes: [q('direct', '“The polls failed to predict the win.”', ':', 'Mark Blumenthal', 'Mark Blumenthal', 'name')] },
  // A request reports the infinitive after its hearer.
  { shape: 'X urged <hearer> to + verb', text: 'The White House on Monday urged the technology industry to do more.', quotes: [q('indirect', 'the technology industry to do more', 'urged', 'The White House', 'the White House', 'name')] },
  { shape: 'X asked <hearer> to + verb: the hearer opens the content', text: 'Trump asked the network to donate the profits to veterans groups.', quotes: [q('indirect', 'the network to donate the profits to veterans groups', 'asked', 'Trump', 'Trump', 'name')] },
  { shape: 'X told <hearer> not to + verb', text: 'The mayor told Flint residents not to drink the water.', quotes: [q('indirect', 'Flint residents not to drink the water', 'told', 'The mayor', null, 'unresolved')] },
  { shape: 'a request inside another report is part of it', text: 'Trump at the time said he had asked his people to look into it.', quotes: [q('indirect', 'he had asked his people to look into it', 'said', 'Trump', 'Trump', 'name')] },
  { shape: 'According to <document>, Y asked Z to ...: one quote, by the verb’s subject', text: 'According to the FBI summary, two aides asked the employee to delete the emails.', quotes: [q('indirect', 'the employee to delete the emails', 'asked', 'two aides', null, 'unresolved')] },
  { shape: 'not a quote: X ..., asking X to ... (no one asks themselves)', text: 'Trump pivoted to trade, but Wallace brought him back to the attacks, asking Trump to share his views.', quotes: [] },
  // An aside between dashes after the source.
  { shape: 'X — <appositive> — says ...', text: 'Jason Sims — a teacher from Mount Pleasant — says he made a last-minute decision.', quotes: [q('indirect', 'he made a last-minute decision', 'says', 'Jason Sims', 'Jason Sims', 'name')] },
  { shape: 'not a quote: X — <relative clause> — said nothing', text: 'The plan — which was announced Monday — said nothing.', quotes: [] },
  // Floating quantifiers and fronted time phrases.
  { shape: 'X and Y have both argued that ...', text: 'Donald J. Trump and Senator Bernie Sanders have both argued that workers have lost jobs.', quotes: [q('indirect', 'workers have lost jobs', 'argued', 'Senator Bernie Sanders', 'Bernie Sanders', 'name')] },
  { shape: 'The <group> all said ...: the quantifier is not part of the source', text: 'The senators all said the plan was dead.', quotes: [q('indirect', 'the plan was dead', 'said', 'The senators', null, 'unresolved')] },
  { shape: 'Shortly after ..., X issued a statement saying that ...', text: 'Shortly after the announcement, Senate Majority Leader Mitch McConnell issued a statement saying that the Senate should wait.', quotes: [q('indirect', 'the Senate should wait', 'saying', 'Senate Majority Leader Mitch McConnell', 'Mitch McConnell', 'name')] },
  { shape: 'not a quote: told <object> to <plural noun>', text: 'He told the story to reporters.', quotes: [] },
  { shape: 'not a quote: urged <hearer> to do so (a verb standing for another clause)', text: 'Many Republicans had urged him to do so, but he refused.', quotes: [] },
  { shape: 'not a quote: asked to + verb without a hearer', text: 'She asked to speak with the manager.', quotes: [] },
  // Quantities open a reported clause.
  { shape: 'X said much of <NP> <verb> ...', text: 'Adelson said much of his discussion with Trump was about Israel.', quotes: [q('indirect', 'much of his discussion with Trump was about Israel', 'said', 'Adelson', 'Adelson', 'name')] },
  { shape: 'X said about half of <NP> <verb> ...', text: 'Smith said about half of the voters were undecided.', quotes: [q('indirect', 'about half of the voters were undecided', 'said', 'Smith', 'Smith', 'name')] },
  { shape: 'not a quote: said nothing of <NP>', text: 'He said nothing of the sort.', quotes: [] },
  { shape: '... “<quoted words>.” Y has said that ...: a new sentence, not the quote’s source', text: 'Smith said the deal could lead to another "catastrophe." Jones has said that the deal is good.', quotes: [q('partial', 'the deal could lead to another "catastrophe."', 'said', 'Smith', 'Smith', 'name'), q('indirect', 'the deal is good', 'said', 'Jones', 'Jones', 'name')] },
  { shape: '“...?” X said. (a closing question mark before the source)', text: '“Who are they?” Trump said. The crowd laughed.', quotes: [q('direct', '“Who are they?”', 'said', 'Trump', 'Trump', 'name')] },
];

describe('attribution: shapes news text uses', () => {
  it('has at least 60 cases, negatives included', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(60);
    expect(CASES.filter((c) => c.quotes.length === 0).length).toBeGreaterThanOrEqual(10);
  });
  for (const c of CASES) {
    it(c.shape, () => {
      const a = extractText('t.txt', c.text, { explain: true });
      const got = a.quotes;
      expect(got.map((x) => x.text)).toEqual(c.quotes.map((w) => w.text));
      c.quotes.forEach((w, i) => {
        const x = got[i]!;
        expect({ kind: x.kind, cue: x.cue?.text ?? null, mention: x.speaker.mention?.text ?? null, name: x.speaker.name, resolution: x.speaker.resolution }).toEqual({
          kind: w.kind,
          cue: w.cue,
          mention: w.mention,
          name: w.name,
          resolution: w.resolution,
        });
        if (w.date !== undefined) expect(x.date).toBe(w.date);
        for (const s of [x, x.cue, x.speaker.mention]) if (s) expect(c.text.slice(s.start, s.end)).toBe(s.text);
        expect(x.rule).toMatch(/^quote\.[a-z-]+$/);
        if (x.speaker.name) expect(a.speakers.find((s) => s.id === x.speaker.id)?.name).toBe(x.speaker.name);
      });
      for (const want of c.speakers ?? []) {
        const s = a.speakers.find((x) => x.name === want.name);
        expect(s, `speaker ${want.name}`).toBeDefined();
        if (want.roles) expect(s!.roles).toEqual(want.roles);
        if (want.type) expect(s!.type).toBe(want.type);
      }
    });
  }
});

/** Every tense of the cue verbs, with adverbs and time phrases between source and cue. */
const TENSES: Array<[string, string]> = [
  ['said', 'said'], ['says', 'says'], ['has said', 'said'], ['had said', 'said'], ['will say', 'say'], ['would say', 'say'],
  ['is saying', 'saying'], ['was saying', 'saying'], ['has been saying', 'saying'], ['told reporters', 'told'],
  ['has told reporters', 'told'], ['claimed', 'claimed'], ['claims', 'claims'], ['has claimed', 'claimed'], ['insisted', 'insisted'],
  ['has insisted', 'insisted'], ['warned', 'warned'], ['argues', 'argues'], ['added', 'added'], ['wrote', 'wrote'], ['has written', 'written'],
];
const BETWEEN = ['', 'openly ', 'also ', 'reportedly ', 'repeatedly '];

describe('attribution: every tense, with adverbs and time phrases between', () => {
  for (const [verb, cue] of TENSES) {
    for (const adv of BETWEEN) {
      // The adverb sits after the first auxiliary (`has openly said`), or before a simple verb (`openly said`).
      const words = verb.split(' ');
      const phrase = words.length > 1 && /^(?:has|had|will|would|is|was)$/.test(words[0]!) ? `${words[0]} ${adv}${words.slice(1).join(' ')}` : `${adv}${verb}`;
      it(`Smith ${phrase} that ...`, () => {
        const text = `Smith ${phrase} that the bridge was safe.`;
        const got = extractText('t.txt', text).quotes;
        expect(got.map((x) => [x.kind, x.text, x.cue?.text, x.speaker.mention?.text, x.speaker.name])).toEqual([['indirect', 'the bridge was safe', cue, 'Smith', 'Smith']]);
      });
      it(`“...,” Smith ${phrase}.`, () => {
        const text = `“The bridge is safe,” Smith ${phrase}.`;
        const got = extractText('t.txt', text).quotes;
        expect(got.map((x) => [x.kind, x.text, x.cue?.text, x.speaker.mention?.text, x.speaker.name])).toEqual([['direct', '“The bridge is safe,”', cue, 'Smith', 'Smith']]);
      });
    }
  }
  for (const when of ['on Thursday', 'last week', 'in 2019', 'at the time', 'in an interview']) {
    it(`Smith ${when} said ...`, () => {
      const got = extractText('t.txt', `Smith ${when} said the bridge was safe.`).quotes;
      expect(got.map((x) => [x.text, x.speaker.name])).toEqual([['the bridge was safe', 'Smith']]);
    });
  }
});
