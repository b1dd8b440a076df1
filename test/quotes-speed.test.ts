/**
 * The quote rules' fast paths give what the plain ones gave: the hand-written tokenizer matches
 * the pattern it replaces on any text, and skipping sentences the pre-scan leaves out changes no
 * quote and no speaker.
 */
import { describe, expect, it } from 'vitest';
import { tokenize, type Token } from '../src/annotate/quotes-tokens.js';
import { HONORIFICS, TITLE_WORDS } from '../src/vocab/titles.js';
import { AFTER_QUOTE_CUES, BELIEF_CUES, SOURCE_FIRST_CUES, SPEECH_CUES, THAT_ONLY_CUES, TIME_WORDS } from '../src/vocab/cues.js';
import { QUOTE_TRIGGERS } from '../src/vocab/triggers-quotes.js';
import { ABBREVIATIONS as GENERAL_ABBREVIATIONS, CAPITALIZED_ABBREVIATIONS } from '../src/vocab/abbreviations.js';
import { extractText } from '../src/extract.js';
import { fixtures } from './support/fixtures.js';

/** The tokenizer as it was written with one regular expression: the reference. */
const PLACE = new Set(CAPITALIZED_ABBREVIATIONS);
const LOWER = new Set(GENERAL_ABBREVIATIONS);
const ABBR = new Set([...HONORIFICS, ...TITLE_WORDS, ...TIME_WORDS].filter((w) => w.endsWith('.')).map((w) => w.slice(0, -1)));
ABBR.add('st');
ABBR.add('jr');
ABBR.add('sr');
const WORD = /[\p{L}\p{N}]+(?:[.'’&-][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu;
function reference(text: string, start: number, end: number): Token[] {
  const out: Token[] = [];
  WORD.lastIndex = start;
  for (let m = WORD.exec(text); m && m.index < end; m = WORD.exec(text)) {
    let t = m[0];
    let e = m.index + t.length;
    if (e > end) break;
    const word = /[\p{L}\p{N}]/u.test(t[0]!);
    if (word && text[e] === '.' && e < end) {
      const low = t.toLowerCase();
      const placeAbbr = text[e + 1] === ',' && (PLACE.has(t) || LOWER.has(low));
      if (/^(?:\p{L}\.)*\p{L}$/u.test(t) || ABBR.has(low) || placeAbbr || (low === 'no' && /^\.\s?\d/.test(text.slice(e, e + 3)))) {
        if (e + 1 < end) {
          t += '.';
          e += 1;
          WORD.lastIndex = e;
        }
      }
    }
    out.push({ text: t, low: t.toLowerCase(), start: m.index, end: e, word, cap: word && /^\p{Lu}/u.test(t), quoted: -1 });
  }
  return out;
}

/** A small seeded generator, so a failure can be replayed. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const PIECES = [
  'a', 'Z', 'said', 'Mr', 'Mass', 'Calif', 'U', 'S', 'no', 'No', 'St', 'Sen', 'Sept', '7', '42', ' ', ' ', '  ', '\n', '\r\n', '\t',
  '.', '.', ',', "'", '’', '&', '-', '—', '“', '”', '"', ':', '(', ')', 'é', 'É', 'ß', 'Σ', 'ΣΑ', '\u0301', '\u00a0', '\u2009', '\u3000',
  '\ufeff', '𝐀', '𝐚', '😀', '\ud800', '\udc00', '٣', 'Ⅻ', 'İ', 'K', 'ﬁ', '中文',
];

describe('quote tokenizer', () => {
  it('gives the tokens of the single-pattern tokenizer on mixed text, any range', () => {
    const next = random(7);
    for (let n = 0; n < 3000; n++) {
      let text = '';
      const len = 1 + Math.floor(next() * 40);
      for (let k = 0; k < len; k++) text += PIECES[Math.floor(next() * PIECES.length)]!;
      const a = Math.floor(next() * (text.length + 1));
      const b = a + Math.floor(next() * (text.length - a + 1));
      expect(tokenize(text, a, b), JSON.stringify([text, a, b])).toEqual(reference(text, a, b));
      expect(tokenize(text, 0, text.length)).toEqual(reference(text, 0, text.length));
    }
  });

  it('keeps the periods of abbreviations and initialisms', () => {
    const text = 'Mr. Smith of Cambridge, Mass., told the U.S. Senate about No. 5 at 3 p.m. today.';
    expect(tokenize(text, 0, text.length).map((t) => t.text)).toEqual(reference(text, 0, text.length).map((t) => t.text));
    expect(tokenize(text, 0, text.length).map((t) => t.text)).toContain('Mr.');
  });
});

/** Quotes and speakers as JSON, with or without the pre-scan. */
function attributions(file: string, text: string, prescan: boolean): string {
  const a = extractText(file, text, { only: ['quotes'], explain: true, prescan });
  return JSON.stringify({ quotes: a.quotes, speakers: a.speakers });
}

/** Quotes without a cue word in their sentence, and cues of several words. */
const SHAPES = [
  'Trump: Cruz Has ‘To Come a Long Way’ On Ethanol\n\nThe senator spoke in Iowa on Monday.',
  'Poll: Sanders Leads Clinton in New Hampshire\n\nA new poll shows the race tightening.',
  'Interview transcript\n\nTAPPER: Senator, what happened in Iowa last night?\n\nSANDERS: Well, we did very well and we are proud of it.\n\nTAPPER: Will you stay in the race?\n\nSANDERS: Of course we will stay in the race.',
  'The mood was tense.\n\n“We will fight on until the very end of this race.” — Senator Jane Smith, at a rally.',
  'Jane Smith spoke at length. “We will not back down,” Smith said. “This fight is far from over for all of us.”\n\n“Nothing will change that, nothing at all.”',
  'Fundraising has surged, according to the campaign. It went up by a third in May.',
  '“The economy is strong,” he said. He went on: “And it will get stronger every single month.”',
  'As The Washington Post reported, the talks stalled in May. Officials believe “the door is open.”',
  'The plan failed. The statement read: “We regret the decision and will appeal it.”',
];

describe('pre-scan and quotes', () => {
  it('finds the same quotes and speakers with and without the pre-scan (fixtures)', () => {
    for (const f of fixtures()) expect(attributions(f.file, f.text, true), f.name).toBe(attributions(f.file, f.text, false));
  });

  it('finds the same quotes and speakers with and without the pre-scan (colons, dashes, continuations, multi-word cues)', () => {
    for (const [k, text] of SHAPES.entries()) {
      const on = attributions(`shape${k}.txt`, text, true);
      expect(on, text).toBe(attributions(`shape${k}.txt`, text, false));
    }
    // The shapes do produce quotes: the comparison above is not between two empty lists.
    const all = SHAPES.map((text, k) => extractText(`shape${k}.txt`, text, { only: ['quotes'] }).quotes.length);
    expect(all.filter((n) => n > 0).length).toBeGreaterThanOrEqual(6);
  });
});

describe('quote trigger words', () => {
  it('hold every word a cue can open with, so no sentence with a cue goes unmarked', () => {
    const openers = [...SPEECH_CUES, ...THAT_ONLY_CUES, ...BELIEF_CUES, ...AFTER_QUOTE_CUES, ...SOURCE_FIRST_CUES].map((c) => c.split(' ')[0]!);
    const triggers = new Set(QUOTE_TRIGGERS);
    expect(openers.filter((w) => !triggers.has(w))).toEqual([]);
    // `to` (of `according to`) and `on` (of `went on`) alone would mark nearly every sentence.
    expect(triggers.has('to')).toBe(false);
    expect(triggers.has('on')).toBe(false);
  });
});
