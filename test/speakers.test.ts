import { describe, expect, it } from 'vitest';
import { extractText } from '../src/extract.js';
import type { SpeakerType } from '../src/types.js';

function run(text: string) {
  const a = extractText('t.txt', text, { only: ['quotes'] });
  return { quotes: a.quotes, speakers: a.speakers };
}

interface Case {
  name: string;
  text: string;
  /** Canonical name of each quote's speaker, in text order (null when unresolved). */
  speakers: Array<string | null>;
  /** Expected speakers[]: name, type, roles, mention texts (in order). */
  list?: Array<{ name: string; type: SpeakerType; roles?: string[]; mentions?: string[] }>;
}

const CASES: Case[] = [
  {
    name: 'title + name, surname, honorific and pronoun are one entity with its role',
    text: 'Russian President Vladimir Putin spoke on Thursday. Putin said the vote was free. Mr. Putin added that he was joking. “We will see,” he said.',
    speakers: ['Vladimir Putin', 'Vladimir Putin', 'Vladimir Putin'],
    list: [{ name: 'Vladimir Putin', type: 'person', roles: ['Russian President'], mentions: ['Russian President Vladimir Putin', 'Putin', 'Mr. Putin', 'he'] }],
  },
  {
    name: 'a pronoun skips an incompatible entity (she / he)',
    text: 'Donald Trump mocked Kamala Harris when he said the race was over.',
    speakers: ['Donald Trump'],
  },
  {
    name: 'a pronoun takes the nearest source, not a possessive',
    text: 'The campaign spokesman Ian Sams made his view clear about Putin’s remarks when he said: "Everybody knows who they prefer."',
    speakers: ['Ian Sams'],
    list: [{ name: 'Ian Sams', type: 'person', roles: ['campaign spokesman'], mentions: ['Ian Sams', 'he'] }],
  },
  {
    name: 'entities named inside a quote are not antecedents',
    text: 'The Russian president praised the forum. Earlier, Russian President Vladimir Putin said that as President Biden backed Harris, “we will support her.” “She laughs so well,” he added.',
    speakers: ['Vladimir Putin', 'Vladimir Putin'],
  },
  {
    name: 'a title phrase resolves to the holder of that title',
    text: 'Attorney General Merrick Garland announced charges on Wednesday. The attorney general said that the investigation remains ongoing.',
    speakers: ['Merrick Garland'],
    list: [{ name: 'Merrick Garland', type: 'person', roles: ['Attorney General'], mentions: ['Attorney General Merrick Garland', 'The attorney general'] }],
  },
  {
    name: 'two people with one surname: a bare surname joins the nearest full name before it',
    text: 'Bill Clinton spoke first. Hillary Clinton said the plan works. Clinton added that it was cheap.',
    speakers: ['Hillary Clinton', 'Hillary Clinton'],
  },
  {
    name: 'the longest personal name is the canonical one, found after the quote',
    text: '“We are ready,” Koffler said. Rebekah Koffler is a former officer.',
    speakers: ['Rebekah Koffler'],
  },
  {
    name: 'organizations speak as themselves and list their other mentions',
    text: 'The Biden administration said the attacks were real. Later the Biden Administration imposed sanctions.',
    speakers: ['the Biden administration'],
    list: [{ name: 'the Biden administration', type: 'organization', mentions: ['The Biden administration', 'the Biden Administration'] }],
  },
  {
    name: 'a country that speaks is an organization',
    text: 'Russia has denied meddling in the vote. Sanctions on Russia followed.',
    speakers: ['Russia'],
    list: [{ name: 'Russia', type: 'organization', mentions: ['Russia', 'Russia'] }],
  },
  {
    name: 'a proper office without a holder speaks as an organization',
    text: 'The U.S. Director of National Intelligence found “that Russia interfered.”',
    speakers: ['the U.S. Director of National Intelligence'],
    list: [{ name: 'the U.S. Director of National Intelligence', type: 'organization' }],
  },
  {
    name: 'first-person pronouns inside quotes never become speakers',
    text: '“I told him we would win,” Jones said. “I was right.”',
    speakers: ['Jones', 'Jones'],
    list: [{ name: 'Jones', type: 'person', mentions: ['Jones'] }],
  },
  {
    name: 'a pronoun with no antecedent stays unresolved',
    text: '“Fine,” she said.',
    speakers: [null],
    list: [],
  },
  {
    name: 'appositive and descriptive roles',
    text: 'According to Rebekah Koffler, a former DIA intelligence officer and author of “Putin’s Playbook,” “The Russians endorse no one.” His running mate, vice presidential candidate JD Vance, has said, “I don’t care.”',
    speakers: ['Rebekah Koffler', 'JD Vance'],
    list: [
      { name: 'Rebekah Koffler', type: 'person', roles: ['former DIA intelligence officer', 'author'] },
      { name: 'JD Vance', type: 'person', roles: ['running mate', 'vice presidential candidate'] },
    ],
  },
  {
    name: 'names used as modifiers or inside quotes are not listed mentions',
    text: 'Trump said the deal was bad. A second Trump presidency worries allies. “Trump is wrong,” Lee said.',
    speakers: ['Trump', 'Lee'],
    list: [
      { name: 'Trump', type: 'person', mentions: ['Trump'] },
      { name: 'Lee', type: 'person', mentions: ['Lee'] },
    ],
  },
  {
    name: 'a common noun for an organization named before (the bloc) joins it; its acronym is a mention unless it modifies a noun',
    text: 'The European Union approved new sanctions. It targets firms that the bloc says have helped Russia. Kaja Kallas, the EU’s foreign policy chief, spoke. EU governments agreed.',
    speakers: ['the European Union'],
    list: [{ name: 'the European Union', type: 'organization', mentions: ['The European Union', 'the bloc', 'EU'] }],
  },
  {
    name: 'an acronym in parentheses names the same organization; each of its uses is a mention',
    text: 'The Office of Financial Sanctions Implementation (OFSI) said on Thursday that the firm paid. The firm cooperated, OFSI said. OFSI has fined ten firms.',
    speakers: ['the Office of Financial Sanctions Implementation', 'the Office of Financial Sanctions Implementation'],
    list: [{ name: 'the Office of Financial Sanctions Implementation', type: 'organization', mentions: ['The Office of Financial Sanctions Implementation', 'OFSI', 'OFSI', 'OFSI'] }],
  },
  {
    name: 'the agency resolves to the nearest fitting organization before it, not a later one',
    text: 'The Treasury Department sanctioned 12 firms. The agency said the firms shipped oil. The State Department offered rewards.',
    speakers: ['the Treasury Department'],
  },
  {
    name: 'a common noun with no fitting organization before it stays unresolved',
    text: 'Smith spoke on Monday. The agency said the firms shipped oil.',
    speakers: [null],
  },
  {
    name: 'roles: an organization before a lower-case title, and a title with its office after to',
    text: '“We consider such sanctions illegal,” Kremlin spokesman Dmitry Peskov said. "Companies must check," said Emma Reynolds, the economic secretary to the Treasury.',
    speakers: ['Dmitry Peskov', 'Emma Reynolds'],
    list: [
      { name: 'Dmitry Peskov', type: 'person', roles: ['Kremlin spokesman'] },
      { name: 'Emma Reynolds', type: 'person', roles: ['economic secretary to the Treasury'] },
    ],
  },
  {
    name: 'speakers are listed in the order of their first mention',
    text: 'Lee met Smith in May. Smith said the plan was ready. Lee said the plan was late.',
    speakers: ['Smith', 'Lee'],
    list: [
      { name: 'Lee', type: 'person' },
      { name: 'Smith', type: 'person' },
    ],
  },
];

describe('speakers', () => {
  for (const c of CASES) {
    it(c.name, () => {
      const { quotes, speakers } = run(c.text);
      expect(quotes.map((q) => q.speaker.name)).toEqual(c.speakers);
      for (const q of quotes) {
        const s = speakers.find((x) => x.id === q.speaker.id);
        expect(s?.name ?? null).toBe(q.speaker.name);
      }
      if (c.list) {
        expect(speakers.map((s) => s.name)).toEqual(c.list.map((s) => s.name));
        c.list.forEach((w, i) => {
          const s = speakers[i]!;
          expect(s.id).toBe(`s${i + 1}`);
          expect(s.type).toBe(w.type);
          if (w.roles) expect(s.roles).toEqual(w.roles);
          if (w.mentions) expect(s.mentions.map((m) => m.text)).toEqual(w.mentions);
          for (const m of s.mentions) expect(c.text.slice(m.start, m.end)).toBe(m.text);
        });
      }
    });
  }
});
