import { describe, expect, it } from 'vitest';
import { findQuoted } from '../src/segment/quotemarks.js';
import { segmentParagraphs } from '../src/segment/paragraphs.js';

function quoted(text: string): Array<[string, boolean]> {
  return findQuoted(text, segmentParagraphs(text, 0)).map((q) => [text.slice(q.start, q.end), q.closed]);
}

const CASES: Array<{ name: string; text: string; want: Array<[string, boolean]> }> = [
  { name: 'curly pair', text: '“We will win,” she said.', want: [['“We will win,”', true]] },
  { name: 'straight pair', text: '"We will win," she said.', want: [['"We will win,"', true]] },
  { name: 'mixed curly open, straight close', text: '“I don’t know if I’m insulted," Trump said.', want: [['“I don’t know if I’m insulted,"', true]] },
  { name: 'mixed straight open, curly close', text: 'He said "no” twice.', want: [['"no”', true]] },
  { name: 'two quotes in a sentence', text: '“A,” he said, “B.”', want: [['“A,”', true], ['“B.”', true]] },
  { name: 'single marks nested in double', text: '“They chanted ‘lock her up’ all night,” he said.', want: [['“They chanted ‘lock her up’ all night,”', true]] },
  { name: 'outermost single marks', text: "'We will win,' she said.", want: [["'We will win,'", true]] },
  { name: 'curly single marks', text: '‘We will win,’ she said.', want: [['‘We will win,’', true]] },
  { name: 'apostrophes are not marks', text: 'Putin’s remarks in the ’90s were rock ’n’ roll, and the players’ union agreed.', want: [] },
  { name: 'apostrophe inside a single-quoted span', text: '‘It’s over,’ he said.', want: [['‘It’s over,’', true]] },
  { name: 'stray mark mid-paragraph gives nothing', text: 'He said “ no more and left.\n\nThe end came.', want: [] },
  { name: 'unclosed mark opening the paragraph stays in it', text: '“This is a long quote without an end.\n\nThe next paragraph is narration.', want: [['“This is a long quote without an end.', false]] },
  {
    name: 'multi-paragraph quote: each paragraph opens, the last closes',
    text: 'Smith said: “First.\n\n“Second.\n\n“Third.”',
    want: [['“First.', false], ['“Second.', false], ['“Third.”', true]],
  },
  { name: 'a second opening mark restarts after a stray one', text: 'He said “ a “real” plan.', want: [['“real”', true]] },
  { name: 'inch marks after digits are not opened', text: 'The screen is 15" wide and "bright," he said.', want: [['"bright,"', true]] },
  { name: 'two apostrophes as a double mark', text: "''Yes,'' he said, ''and no.''", want: [["''Yes,''", true], ["''and no.''", true]] },
  { name: 'an opening curly mark typed as the close', text: '“That could hurt her,“ said Jim Clyburn.', want: [['“That could hurt her,“', true]] },
  { name: 'an opening curly mark before a word still opens', text: 'He called it “a “real” plan.', want: [['“real”', true]] },
  { name: 'an unclosed mark mid-phrase is stray even when the next paragraph opens with a mark', text: 'Smith said the “plan was dead.\n\n“We will rebuild,” Jones said.', want: [['“We will rebuild,”', true]] },
  { name: 'an unclosed mark after a colon starts a multi-paragraph quote', text: 'Smith said: “First part.\n\n“Second part.”', want: [['“First part.', false], ['“Second part.”', true]] },
  { name: "three apostrophes: a single close, then the double", text: "''We are told, 'Kosovo is special,''' he said.", want: [["''We are told, 'Kosovo is special,'''", true]] },
  { name: 'a closing mark between spaces after a comma', text: '"The reason is coalitions, " said Gunnels.', want: [['"The reason is coalitions, "', true]] },
  { name: 'guillemets', text: '«Nous gagnerons», a-t-il dit.', want: [['«Nous gagnerons»', true]] },
];

describe('quote marks', () => {
  for (const c of CASES) it(c.name, () => expect(quoted(c.text)).toEqual(c.want));

  it('100,000 unmatched marks never swallow the article', () => {
    const text = 'a “b '.repeat(100_000) + '\n\nEnd.';
    const spans = findQuoted(text, segmentParagraphs(text, 0));
    for (const s of spans) expect(s.end).toBeLessThanOrEqual(text.indexOf('\n\n'));
  });
});
