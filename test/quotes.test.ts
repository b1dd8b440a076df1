import { describe, expect, it } from 'vitest';
import { extractText } from '../src/extract.js';
import type { QuoteKind, Resolution } from '../src/types.js';

interface Want {
  kind: QuoteKind;
  text: string;
  /** Canonical speaker name; null when unresolved. */
  name: string | null;
  mention?: string | null;
  resolution?: Resolution;
  cue?: string | null;
}

interface Case {
  shape: string;
  text: string;
  quotes: Want[];
}

function quotesOf(text: string) {
  return extractText('t.txt', text, { only: ['quotes'], explain: true }).quotes;
}

/** Short attribution cases in the style of news copy, one per shape, with negatives. */
const CASES: Case[] = [
  // Direct quotes, cue after.
  { shape: '“...,” X said.', text: '“We will not back down,” Smith said.', quotes: [{ kind: 'direct', text: '“We will not back down,”', name: 'Smith', mention: 'Smith', cue: 'said' }] },
  { shape: '“...,” said X (title + name)', text: '“We will not back down,” said Sen. Jane Smith.', quotes: [{ kind: 'direct', text: '“We will not back down,”', name: 'Jane Smith', mention: 'Sen. Jane Smith' }] },
  { shape: '“...?” she asked', text: 'Mary Jones took the microphone. “Why now?” she asked.', quotes: [{ kind: 'direct', text: '“Why now?”', name: 'Mary Jones', mention: 'she', resolution: 'pronoun', cue: 'asked' }] },
  { shape: 'mixed marks “...,"', text: '“I don’t know if I’m insulted," Trump said of Putin.', quotes: [{ kind: 'direct', text: '“I don’t know if I’m insulted,"', name: 'Trump' }] },
  { shape: 'straight marks', text: '"I want to use sanctions as little as possible," Trump has said.', quotes: [{ kind: 'direct', text: '"I want to use sanctions as little as possible,"', name: 'Trump', cue: 'said' }] },
  { shape: 'apostrophes inside', text: '“Putin’s plan won’t work in the ’90s style,” Smith said.', quotes: [{ kind: 'direct', text: '“Putin’s plan won’t work in the ’90s style,”', name: 'Smith' }] },
  { shape: '‘...’ inside “...”', text: '“They told me ‘go home’ and I did,” Lee said.', quotes: [{ kind: 'direct', text: '“They told me ‘go home’ and I did,”', name: 'Lee' }] },
  { shape: '“A,” he said, “B.” is one quote', text: 'Mayor John Smith spoke on Monday. “We will rebuild,” he said, “and we will do it fast.”', quotes: [{ kind: 'direct', text: '“We will rebuild,” he said, “and we will do it fast.”', name: 'John Smith', mention: 'he', resolution: 'pronoun' }] },
  { shape: '“...,” X told Y.', text: '“The market is calm,” Koffler told Fox News Digital.', quotes: [{ kind: 'direct', text: '“The market is calm,”', name: 'Koffler', cue: 'told' }] },
  { shape: '“...,” X tweeted on Friday', text: '“We won,” Smith tweeted on Friday.', quotes: [{ kind: 'direct', text: '“We won,”', name: 'Smith', cue: 'tweeted' }] },
  { shape: '“...,” X said during the interview in ...', text: '“We like many candidates,” Adelson said during the interview in Macau, ahead of the opening.', quotes: [{ kind: 'direct', text: '“We like many candidates,”', name: 'Adelson' }] },
  { shape: '“...,” the man shouted', text: '“They stole the country,” the man shouted.', quotes: [{ kind: 'direct', text: '“They stole the country,”', name: null, mention: 'the man', resolution: 'unresolved' }] },
  // Direct quotes, cue before.
  { shape: 'X said: “...”', text: 'Smith said: “We will not back down.”', quotes: [{ kind: 'direct', text: '“We will not back down.”', name: 'Smith', cue: 'said' }] },
  { shape: 'X said, “...”', text: 'Smith said, “We will not back down.”', quotes: [{ kind: 'direct', text: '“We will not back down.”', name: 'Smith' }] },
  { shape: 'X said at a rally: “...”', text: 'Donald Trump mocked Kamala Harris when he said at an election rally: "Have you heard her laugh?"', quotes: [{ kind: 'direct', text: '"Have you heard her laugh?"', name: 'Donald Trump', mention: 'he', resolution: 'pronoun' }] },
  { shape: 'X has openly said, “...”', text: 'His running mate, JD Vance, has openly said, “I don’t really care what happens.”', quotes: [{ kind: 'direct', text: '“I don’t really care what happens.”', name: 'JD Vance', mention: 'JD Vance' }] },
  { shape: 'found “that ...” (assessment verb with marks)', text: 'The U.S. Director of National Intelligence found “that Russia ran influence operations.”', quotes: [{ kind: 'direct', text: '“that Russia ran influence operations.”', name: 'the U.S. Director of National Intelligence', cue: 'found' }] },
  { shape: 'X declared: + quoted next paragraph', text: 'In a 1963 speech, Wallace declared:\n\n“Segregation now, segregation tomorrow.”', quotes: [{ kind: 'direct', text: '“Segregation now, segregation tomorrow.”', name: 'Wallace', cue: 'declared' }] },
  { shape: 'According to X, appositive with a title of a work, “...”', text: 'According to Rebekah Koffler, a former intelligence officer and author of “Putin’s Playbook,” “The Russians don’t really endorse anyone.”', quotes: [{ kind: 'direct', text: '“The Russians don’t really endorse anyone.”', name: 'Rebekah Koffler', cue: 'According to' }] },
  { shape: 'colon after a named source', text: 'Trump: “I will win this state.”', quotes: [{ kind: 'direct', text: '“I will win this state.”', name: 'Trump', cue: ':' }] },
  { shape: '“...” — X', text: '“The economy is strong.” — Janet Yellen', quotes: [{ kind: 'direct', text: '“The economy is strong.”', name: 'Janet Yellen', cue: null }] },
  // Indirect quotes.
  { shape: 'X said (that) ...', text: 'Russian President Vladimir Putin said that Russia would back Harris.', quotes: [{ kind: 'indirect', text: 'Russia would back Harris', name: 'Vladimir Putin', mention: 'Russian President Vladimir Putin' }] },
  { shape: 'X said ... without that', text: 'Putin said the talks were over.', quotes: [{ kind: 'indirect', text: 'the talks were over', name: 'Putin' }] },
  { shape: 'X on Thursday claimed ...', text: 'Putin on Thursday claimed he was open to talks.', quotes: [{ kind: 'indirect', text: 'he was open to talks', name: 'Putin', cue: 'claimed' }] },
  { shape: 'X has openly said ...', text: 'Smith has openly said the plan was flawed.', quotes: [{ kind: 'indirect', text: 'the plan was flawed', name: 'Smith', cue: 'said' }] },
  { shape: 'X added that ...', text: 'Smith added that the bridge would reopen in May.', quotes: [{ kind: 'indirect', text: 'the bridge would reopen in May', name: 'Smith', cue: 'added' }] },
  { shape: 'X said Tuesday ...', text: 'The mayor, Ann Lee, said Tuesday her budget was balanced.', quotes: [{ kind: 'indirect', text: 'her budget was balanced', name: 'Ann Lee' }] },
  { shape: 'appositive X, a former adviser, said ...', text: 'John Bolton, a former national security adviser, said the deal was dead.', quotes: [{ kind: 'indirect', text: 'the deal was dead', name: 'John Bolton', mention: 'John Bolton' }] },
  { shape: 'According to X, ...', text: 'According to Smith, the plan was ready.', quotes: [{ kind: 'indirect', text: 'the plan was ready', name: 'Smith', cue: 'According to' }] },
  { shape: '..., according to X.', text: 'The plan was ready, according to a senior official.', quotes: [{ kind: 'indirect', text: 'The plan was ready', name: null, mention: 'a senior official', cue: 'according to' }] },
  { shape: 'According to <document>, ... (unresolved)', text: 'According to multiple reports, Putin was questioned at the forum.', quotes: [{ kind: 'indirect', text: 'Putin was questioned at the forum', name: null, mention: 'multiple reports', resolution: 'unresolved' }] },
  { shape: '..., X told Y.', text: 'The vote was rigged, Smith told reporters.', quotes: [{ kind: 'indirect', text: 'The vote was rigged', name: 'Smith', cue: 'told' }] },
  { shape: 'X told Y that ...', text: 'Smith told the crowd that the vote was rigged.', quotes: [{ kind: 'indirect', text: 'the vote was rigged', name: 'Smith', cue: 'told' }] },
  { shape: 'X says ... (present)', text: 'Smith says the bridge is safe.', quotes: [{ kind: 'indirect', text: 'the bridge is safe', name: 'Smith', cue: 'says' }] },
  { shape: 'X will say ... (future)', text: 'Smith will say the bridge is safe.', quotes: [{ kind: 'indirect', text: 'the bridge is safe', name: 'Smith', cue: 'say' }] },
  { shape: 'X had warned ... (past perfect)', text: 'Smith had warned that the bridge was unsafe.', quotes: [{ kind: 'indirect', text: 'the bridge was unsafe', name: 'Smith', cue: 'warned' }] },
  { shape: 'X is saying ... (progressive)', text: 'Smith is saying the bridge is safe.', quotes: [{ kind: 'indirect', text: 'the bridge is safe', name: 'Smith', cue: 'saying' }] },
  { shape: 'X wrote in a letter that ...', text: 'Smith wrote in a letter that the rule was unfair.', quotes: [{ kind: 'indirect', text: 'the rule was unfair', name: 'Smith', cue: 'wrote' }] },
  { shape: 'When X said that ..., main clause', text: 'When Putin said that if Harris wins, she would keep sanctions, the audience laughed.', quotes: [{ kind: 'indirect', text: 'if Harris wins, she would keep sanctions', name: 'Putin' }] },
  { shape: 'participle: ..., saying ...', text: 'Senator Jane Smith threw her support behind Jones, saying the plan was sound.', quotes: [{ kind: 'indirect', text: 'the plan was sound', name: 'Jane Smith', cue: 'saying' }] },
  { shape: 'dateline then participle', text: 'WASHINGTON (AP) — Senator Jane Smith rallied voters, saying the vote matters.', quotes: [{ kind: 'indirect', text: 'the vote matters', name: 'Jane Smith' }] },
  { shape: 'relative clause what X said were ...', text: 'The US imposed sanctions over what the Biden administration said were illegal campaigns.', quotes: [{ kind: 'indirect', text: 'were illegal campaigns', name: 'the Biden administration' }] },
  { shape: 'question presupposing a statement', text: 'Why, then, did Putin say he would support Biden?', quotes: [{ kind: 'indirect', text: 'he would support Biden', name: 'Putin', cue: 'say' }] },
  { shape: 'denied + gerund', text: 'Russia has denied meddling in any U.S. election, though the evidence is strong.', quotes: [{ kind: 'indirect', text: 'meddling in any U.S. election', name: 'Russia' }] },
  { shape: 'who said ..., said ...', text: 'Barkley, who said he votes rarely, said the race was close.', quotes: [{ kind: 'indirect', text: 'he votes rarely', name: 'Barkley' }, { kind: 'indirect', text: 'the race was close', name: 'Barkley' }] },
  // Partial quotes.
  { shape: 'partial: X said ... “...”', text: 'Putin said it was ultimately “the choice of the American people,” but he claimed that Russia backed Harris.', quotes: [{ kind: 'partial', text: 'it was ultimately “the choice of the American people,”', name: 'Putin' }, { kind: 'indirect', text: 'Russia backed Harris', name: 'Putin', mention: 'he', resolution: 'pronoun' }] },
  { shape: 'partial ending at the closing mark', text: 'Putin added that Harris has an “expressive and infectious laugh”, a reminder of the campaign.', quotes: [{ kind: 'partial', text: 'Harris has an “expressive and infectious laugh”', name: 'Putin' }] },
  { shape: 'partial with words after the quoted words', text: 'Trump has said that sanctions need to be used "very judiciously" because they can hurt the dollar.', quotes: [{ kind: 'partial', text: 'sanctions need to be used "very judiciously" because they can hurt the dollar', name: 'Trump' }] },
  { shape: 'claimed ... and said, “...”: two quotes, one subject', text: 'Putin on Thursday claimed he was open to talks and said, “I can do that.”', quotes: [{ kind: 'indirect', text: 'he was open to talks', name: 'Putin', mention: 'Putin' }, { kind: 'direct', text: '“I can do that.”', name: 'Putin', mention: 'Putin' }] },
  // Continuations.
  { shape: 'continuation in the same paragraph', text: '“A deal is close,” Smith said. “We only need one more meeting.”', quotes: [{ kind: 'direct', text: '“A deal is close,”', name: 'Smith' }, { kind: 'direct', text: '“We only need one more meeting.”', name: 'Smith', mention: null, resolution: 'continuation', cue: null }] },
  { shape: 'continuation across a paragraph break', text: '“A deal is close,” Smith said.\n\n“We only need one more meeting.”', quotes: [{ kind: 'direct', text: '“A deal is close,”', name: 'Smith' }, { kind: 'direct', text: '“We only need one more meeting.”', name: 'Smith', resolution: 'continuation' }] },
  { shape: 'multi-paragraph quote', text: 'Smith said: “The first part is done.\n\n“The second part is harder.\n\n“The last part is ours.”', quotes: [{ kind: 'direct', text: '“The first part is done.', name: 'Smith' }, { kind: 'direct', text: '“The second part is harder.', name: 'Smith', resolution: 'continuation' }, { kind: 'direct', text: '“The last part is ours.”', name: 'Smith', resolution: 'continuation' }] },
  { shape: 'no continuation after a new named source', text: '“A deal is close,” Smith said. Jones was not convinced. “We only need one more meeting.”', quotes: [{ kind: 'direct', text: '“A deal is close,”', name: 'Smith' }] },
  // Organizations and titles.
  { shape: 'organization speaks as itself', text: 'The White House said the report was false.', quotes: [{ kind: 'indirect', text: 'the report was false', name: 'the White House', mention: 'The White House' }] },
  { shape: 'ministry announced that ...', text: 'The Treasury Department announced that new sanctions would follow.', quotes: [{ kind: 'indirect', text: 'new sanctions would follow', name: 'the Treasury Department' }] },
  { shape: 'title phrase resolves to the holder', text: 'Attorney General Merrick Garland spoke on Monday. The attorney general said the probe continues.', quotes: [{ kind: 'indirect', text: 'the probe continues', name: 'Merrick Garland', mention: 'The attorney general', resolution: 'title' }] },
  { shape: 'group source is unresolved', text: 'Officials said the bridge would reopen.', quotes: [{ kind: 'indirect', text: 'the bridge would reopen', name: null, mention: 'Officials', resolution: 'unresolved' }] },
  { shape: 'document source', text: 'The report said the bridge would reopen.', quotes: [{ kind: 'indirect', text: 'the bridge would reopen', name: null, mention: 'The report' }] },
  { shape: 'group with a plain modifier (unnamed organization stays unresolved)', text: 'Julian Assange should be freed, the rights group says.', quotes: [{ kind: 'indirect', text: 'Julian Assange should be freed', name: null, mention: 'the rights group', resolution: 'unresolved' }] },
  { shape: 'name of <Organization> observed', text: 'Joel Pollak of Breitbart California observed that the stage itself won.', quotes: [{ kind: 'indirect', text: 'the stage itself won', name: 'Joel Pollak' }] },
  { shape: 'title phrase with a place and no holder stays unresolved', text: 'The Florida senator said the plan would fail.', quotes: [{ kind: 'indirect', text: 'the plan would fail', name: null, resolution: 'unresolved' }] },
  { shape: 'title phrase with an abbreviated title resolves', text: 'Florida Sen. Marco Rubio spoke first. The Florida senator said the plan would fail.', quotes: [{ kind: 'indirect', text: 'the plan would fail', name: 'Marco Rubio', resolution: 'title' }] },
  { shape: 'parenthetical between source and cue', text: 'Sen. Bernie Sanders (I-Vt.) said he will release his records.', quotes: [{ kind: 'indirect', text: 'he will release his records', name: 'Bernie Sanders', mention: 'Sen. Bernie Sanders' }] },
  { shape: 'plain noun phrase as subject', text: 'The self-described democratic socialist said he would win the primary.', quotes: [{ kind: 'indirect', text: 'he would win the primary', name: null, mention: 'The self-described democratic socialist' }] },
  { shape: 'X did Y and said ...: shared subject', text: 'President Barack Obama met survivors on Thursday and said the country must act.', quotes: [{ kind: 'indirect', text: 'the country must act', name: 'Barack Obama', mention: 'President Barack Obama' }] },
  { shape: 'adding after a closing quote', text: 'Cruz said that there is “only one strong conservative,” adding that the race was his.', quotes: [{ kind: 'partial', text: 'there is “only one strong conservative,”', name: 'Cruz' }, { kind: 'indirect', text: 'the race was his', name: 'Cruz', cue: 'adding' }] },
  { shape: 'a line break ends the sentence', text: '"We are ready."\nRubio said he supports an exception.', quotes: [{ kind: 'indirect', text: 'he supports an exception', name: 'Rubio' }] },
  { shape: 'when asked is not a second quote', text: '"You bet I would," Christie said when asked whether he would act.', quotes: [{ kind: 'direct', text: '"You bet I would,"', name: 'Christie', cue: 'said' }] },
  { shape: "two apostrophes as quote marks", text: "''Anyone claiming decline is peddling fiction,'' Mr. Obama told the lawmakers.", quotes: [{ kind: 'direct', text: "''Anyone claiming decline is peddling fiction,''", name: 'Obama', mention: 'Mr. Obama' }] },
  { shape: 'title-case headline cue', text: 'Bernie Sanders Says He Has Started Writing His Address', quotes: [{ kind: 'indirect', text: 'He Has Started Writing His Address', name: 'Bernie Sanders' }] },
  { shape: 'according to + any short source phrase', text: 'According to the newspaper, the gun laws are porous.', quotes: [{ kind: 'indirect', text: 'the gun laws are porous', name: null, mention: 'the newspaper', resolution: 'unresolved' }] },
  { shape: 'contracted pronoun source', text: 'Jeb Bush wrote an op-ed. He’s said the order is unlawful.', quotes: [{ kind: 'indirect', text: 'the order is unlawful', name: 'Jeb Bush', resolution: 'pronoun' }] },
  { shape: 'told The <Name> keeps the hearer out of the content', text: 'He had finished his second year, a school spokesman told The Wall Street Journal.', quotes: [{ kind: 'indirect', text: 'He had finished his second year', name: null, mention: 'a school spokesman' }] },
  { shape: 'a belief verb inside the reported clause', text: 'Bateman says there is a “long road ahead” but he feels confident.', quotes: [{ kind: 'partial', text: 'there is a “long road ahead” but he feels confident', name: 'Bateman' }] },
  { shape: 'a quoted sentence right after the cue', text: 'In 2009 Wilson yelled “You lie!” at the president during the address.', quotes: [{ kind: 'direct', text: '“You lie!”', name: 'Wilson' }] },
  { shape: '“...,” according to <document>', text: '“The evidence is insufficient,” according to a court document filed by the state attorney.', quotes: [{ kind: 'direct', text: '“The evidence is insufficient,”', name: null, cue: 'according to' }] },
  { shape: 'source set off by commas inside the clause', text: 'This campaign, he says, is different from the last one.', quotes: [{ kind: 'indirect', text: 'This campaign, he says, is different from the last one', name: null, mention: 'he' }] },
  { shape: 'continuation after Mr. <Name> said', text: "''It gives serious candidates an advantage,'' Mr. Gingrich said. ''They can explain the threat.''", quotes: [{ kind: 'direct', text: "''It gives serious candidates an advantage,''", name: 'Gingrich' }, { kind: 'direct', text: "''They can explain the threat.''", name: 'Gingrich', resolution: 'continuation' }] },
  { shape: 'X of <Place>, appositive, said', text: 'Senator John Cornyn of Texas, the No. 2 Republican in the Senate, said the chamber will vote on Monday.', quotes: [{ kind: 'indirect', text: 'the chamber will vote on Monday', name: 'John Cornyn' }] },
  { shape: 'title of <Office> + first name', text: 'Palm Beach County Supervisor of Elections Susan Bucher said that independents cannot vote.', quotes: [{ kind: 'indirect', text: 'independents cannot vote', name: 'Susan Bucher' }] },
  { shape: '“...,” said <plain noun phrase>', text: '“Donald is an amazing leader,” said the 46-year-old.', quotes: [{ kind: 'direct', text: '“Donald is an amazing leader,”', name: null, mention: 'the 46-year-old' }] },
  { shape: 'a quoted show title before the source is not the content', text: 'Wednesday on Fox’s “Hannity,” Newt Gingrich said if Trump picked him it would be a “two-pirate ticket.”', quotes: [{ kind: 'partial', text: 'if Trump picked him it would be a “two-pirate ticket.”', name: 'Newt Gingrich' }] },
  { shape: '“...,” he continued.', text: 'Carson spoke for an hour. “Cyber security remains a challenge,” he continued.', quotes: [{ kind: 'direct', text: '“Cyber security remains a challenge,”', name: 'Carson', cue: 'continued' }] },
  { shape: '“...,” X went on.', text: '“You know, it happens,” Trump went on.', quotes: [{ kind: 'direct', text: '“You know, it happens,”', name: 'Trump', cue: 'went on' }] },
  { shape: 'X asked Y if ...', text: 'HuffPost asked the Democratic contender if he had started writing his inaugural address.', quotes: [{ kind: 'indirect', text: 'if he had started writing his inaugural address', name: 'HuffPost' }] },
  { shape: 'participle after an object keeps the clause subject', text: 'The Vermont senator Bernie Sanders emailed supporters saying the struggle continues.', quotes: [{ kind: 'indirect', text: 'the struggle continues', name: 'Bernie Sanders' }] },
  { shape: 'participle after an appositive keeps the clause subject', text: 'Carly Fiorina attacked Donald Trump, the current front-runner, saying conservatives must unite.', quotes: [{ kind: 'indirect', text: 'conservatives must unite', name: 'Carly Fiorina' }] },
  { shape: 'shared subject of a subordinate clause', text: 'The crowd cheered when Trump spotted a sign and asked that it be brought to him.', quotes: [{ kind: 'indirect', text: 'it be brought to him', name: 'Trump' }] },
  { shape: 'a prepositional phrase is not the source', text: 'Trump at the time said he had asked his people to look into it.', quotes: [{ kind: 'indirect', text: 'he had asked his people to look into it', name: 'Trump' }] },
  // Negatives.
  { shape: 'not a quote: continued to + clause', text: 'The intelligence community continues to assess that Putin prefers Trump.', quotes: [] },
  { shape: 'not a quote: a fronted phrase before asked for', text: 'At one point, a woman asked for a photo.', quotes: [] },
  { shape: 'not a quote: states as a plural noun', text: 'The other states voting Tuesday are North Carolina and Ohio.', quotes: [] },
  { shape: 'not a quote: title of a book', text: 'She is the author of “The Long Game,” a memoir about Washington.', quotes: [] },
  { shape: 'not a quote: scare quotes', text: 'The so-called “peace plan” was rejected by both sides.', quotes: [] },
  { shape: 'not a quote: nickname', text: 'Dwayne “The Rock” Johnson arrived at the convention.', quotes: [] },
  { shape: 'not a quote: single quoted word without source', text: 'He called the plan “fake” and walked away.', quotes: [] },
  { shape: 'not a quote: belief verb without marks', text: 'US intelligence agencies reportedly believe that Putin is hoping for a Trump win.', quotes: [] },
  { shape: 'not a quote: passive without a source', text: 'He was told the plan would fail. The plan is said to be ready.', quotes: [] },
  { shape: 'not a quote: noun-phrase object of announced', text: 'Attorney General Merrick Garland announced charges against two employees.', quotes: [] },
  { shape: 'not a quote: inanimate subject', text: 'The nature of his comments suggests he was trolling the campaign.', quotes: [] },
  { shape: 'not a quote: claimed + noun phrase', text: 'Bernie Sanders won the caucus, claiming his third victory of the night.', quotes: [] },
  { shape: 'not a quote: second person', text: 'Did you say the plan was ready?', quotes: [] },
  { shape: 'not a quote: one-word content', text: 'He said so.', quotes: [] },
  { shape: 'not a quote: quote with no source at all', text: '“This is the end of an era.”\n\nThe building closed on Monday.', quotes: [] },
];

describe('quotes: attribution shapes', () => {
  it('has at least 60 cases', () => expect(CASES.length).toBeGreaterThanOrEqual(60));
  for (const c of CASES) {
    it(c.shape, () => {
      const got = quotesOf(c.text);
      expect(got.map((q) => q.text)).toEqual(c.quotes.map((q) => q.text));
      c.quotes.forEach((w, i) => {
        const q = got[i]!;
        expect(q.kind).toBe(w.kind);
        expect(q.speaker.name).toBe(w.name);
        if (w.mention !== undefined) expect(q.speaker.mention?.text ?? null).toBe(w.mention);
        if (w.resolution !== undefined) expect(q.speaker.resolution).toBe(w.resolution);
        if (w.cue !== undefined) expect(q.cue?.text ?? null).toBe(w.cue);
        expect(c.text.slice(q.start, q.end)).toBe(q.text);
        expect(q.rule).toMatch(/^quote\.[a-z-]+$/);
      });
    });
  }
});

// Speed is measured in `npm run bench`; hostile inputs here must finish (the test timeout
// guards against a quadratic pass) with a sane answer.
describe('quotes: hostile sizes', () => {
  it('100,000 unmatched quote marks: no quote swallows the text', () => {
    const text = 'He said “ no'.repeat(20_000) + ' “'.repeat(80_000);
    for (const q of quotesOf(text)) expect(q.end - q.start).toBeLessThan(1000);
  });
  it('100,000 saids with nothing said: no quote', () => {
    const text = 'Smith said '.repeat(100_000) + 'the end.';
    expect(quotesOf(text).filter((q) => q.kind === 'direct')).toEqual([]);
  });
  it('100,000 short attributed quotes: every one found', () => {
    const text = Array.from({ length: 100_000 }, () => '“Yes,” he said.').join(' ');
    const qs = quotesOf(text);
    expect(qs.length).toBe(100_000);
    expect(new Set(qs.map((q) => q.text))).toEqual(new Set(['“Yes,”']));
  });
});

describe('quotes: offsets and speaker links hold on scrambled text', () => {
  const parts = ['“', '”', '"', "'", '‘', '’', "''", ' said ', ' Smith', ' he', ',', '.', ':', ' — ', '\n\n', '\n', ' according to ', ' the White House', ' Mr.', ' (D-NY)', ' that ', ' told ', ' reporters', ' Says ', ' and ', ' who ', ' asked ', ' if ', 'A', 'We will win', ' continued'];
  let seed = 7;
  const rnd = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
  it('500 deterministic scrambles', () => {
    for (let n = 0; n < 500; n++) {
      let t = '';
      const len = 5 + Math.floor(rnd() * 40);
      for (let i = 0; i < len; i++) t += parts[Math.floor(rnd() * parts.length)];
      const a = extractText('f.txt', t, { only: ['quotes'] });
      for (const q of a.quotes) {
        for (const s of [q, q.cue, q.speaker.mention]) if (s) expect(t.slice(s.start, s.end)).toBe(s.text);
        if (q.speaker.id) expect(a.speakers.some((x) => x.id === q.speaker.id && x.name === q.speaker.name)).toBe(true);
      }
      for (const s of a.speakers) for (const m of s.mentions) expect(t.slice(m.start, m.end)).toBe(m.text);
    }
  });
});
