import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compromiseLoaded } from '../src/compromise.js';
import { extractText } from '../src/extract.js';
import { classOfTags, wordClass } from '../src/resolve/speakers-lexicon.js';
import { lexiconModule } from '../scripts/lexicon.js';
import { ROOT } from './support/fixtures.js';

/**
 * Speaker names are classed from a table generated out of compromise's lexicon
 * (`scripts/lexicon.ts` -> `src/vocab/lexicon.ts`), so that an article needs compromise only
 * when it really tags words.
 */
describe('lexicon table', () => {
  // First: nothing else in this file has loaded compromise yet.
  it('an article whose words the tables settle never loads compromise', () => {
    const text = 'Vladimir Putin met Angela Merkel in Berlin on Monday. “We talked,” Putin said.\n\nThe EU said it would act.\n';
    const article = extractText('case.txt', text);
    expect(article.quotes.length).toBeGreaterThan(0);
    expect(compromiseLoaded()).toBe(false);
  });

  it('is what scripts/lexicon.ts writes from the installed compromise (after an upgrade: npx tsx scripts/lexicon.ts)', () => {
    expect(readFileSync(join(ROOT, 'src/vocab/lexicon.ts'), 'utf8')).toBe(lexiconModule());
  });

  it('classes every word as a lookup in compromise’s lexicon does', () => {
    const nlp = createRequire(import.meta.url)('compromise') as { model(): { one: { lexicon: Record<string, unknown> } } };
    const lexicon = nlp.model().one.lexicon;
    const direct = (word: string) => {
      const v = lexicon[word.toLowerCase()];
      return v === undefined ? null : classOfTags(v);
    };
    const words = [...Object.keys(lexicon), 'Vladimir', 'RUSSIA', 'Merkel', 'constructor', '__proto__', 'toString', 'hasOwnProperty', 'said', 'the', ''];
    for (const w of words) expect(wordClass(w), w).toBe(direct(w));
    expect(wordClass('Vladimir')).toBe('male');
    expect(wordClass('Russia')).toBe('place');
  });
});
