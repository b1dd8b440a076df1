/**
 * The terminal report: per article its counts, quotes grouped by speaker, dates, and sanction
 * figures as a timeline; then a corpus summary of speakers by number of quotes.
 *
 * Readable at 80 columns without color: every colored word also says what it is in plain text.
 * Text from articles passes through `visible()` so control characters and escape sequences in
 * an article can never reach the terminal raw.
 */
import { Chalk, type ChalkInstance } from 'chalk';
import type { Article, Quote, SanctionFigure } from '../types.js';
import type { FormatterFactory } from './types.js';
import { visible } from './visible.js';

export { visible };

/** Wrap words to `width` columns, each line starting with `pad`. */
export function wrap(text: string, width: number, pad: string): string[] {
  const words = visible(text).split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  const room = Math.max(20, width - pad.length);
  for (const w of words) {
    if (line && line.length + 1 + w.length > room) {
      lines.push(pad + line);
      line = '';
    }
    if (w.length > room) {
      // a very long word: hard-break it
      for (let i = 0; i < w.length; i += room) {
        const piece = w.slice(i, i + room);
        if (piece.length === room) lines.push(pad + piece);
        else line = piece;
      }
      continue;
    }
    line = line ? `${line} ${w}` : w;
  }
  if (line) lines.push(pad + line);
  return lines;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

function bounds(f: SanctionFigure): string {
  const parts: string[] = [];
  if (f.min !== null && f.max !== null && f.min === f.max) parts.push(`exactly ${f.min.toLocaleString('en-US')}`);
  else {
    if (f.min !== null) parts.push(`≥ ${f.min.toLocaleString('en-US')}`);
    if (f.max !== null) parts.push(`≤ ${f.max.toLocaleString('en-US')}`);
  }
  if (f.approximate) parts.push('approx.');
  if (f.currency) parts.push(f.currency);
  return parts.length ? parts.join(', ') : 'no bounds';
}

interface SpeakerTally {
  name: string;
  quotes: number;
  articles: Set<string>;
}

/**
 * Across articles, a one-word name (`Trump`, from an article that never writes the full name)
 * joins the one longer name in the corpus that ends with it (`Donald Trump`); when several do
 * (`Hunter Biden`, `Joe Biden`), it stays apart rather than guess.
 */
export function mergeSurnames(tally: ReadonlyMap<string, SpeakerTally>): Map<string, SpeakerTally> {
  const out = new Map<string, SpeakerTally>();
  const names = [...tally.keys()];
  for (const t of tally.values()) {
    const full = /\s/.test(t.name) ? [] : names.filter((n) => n.endsWith(` ${t.name}`) && /^\p{Lu}/u.test(n));
    const key = full.length === 1 ? full[0]! : t.name;
    const into = out.get(key) ?? { name: key, quotes: 0, articles: new Set<string>() };
    into.quotes += t.quotes;
    for (const a of t.articles) into.articles.add(a);
    out.set(key, into);
  }
  return out;
}

export const report: FormatterFactory = (options) => {
  const c: ChalkInstance = new Chalk({ level: options.color ? 1 : 0 });
  const width = options.width;
  const tally = new Map<string, SpeakerTally>();
  let articles = 0;
  let failed = 0;
  const rule = (r: string | undefined) => (options.explain && r ? c.gray(` [${r}]`) : '');
  const rulerLine = c.dim('─'.repeat(Math.min(width, 80)));

  function quoteLines(q: Quote, pad: string): string[] {
    const bits: string[] = [q.kind];
    if (q.cue) bits.push(`cue "${visible(q.cue.text)}"`);
    if (q.speaker.resolution !== 'name' && q.speaker.resolution !== 'none') {
      bits.push(q.speaker.mention ? `via ${q.speaker.resolution} "${visible(q.speaker.mention.text)}"` : `via ${q.speaker.resolution}`);
    }
    if (q.date) bits.push(`on ${q.date}`);
    const head = `${pad}${c.cyan('•')} ${c.cyan(bits.join(' · '))}${rule(q.rule)}`;
    return [head, ...wrap(q.text, width, `${pad}  `)];
  }

  return {
    begin: () => '',
    article(a: Article): string {
      articles++;
      const out: string[] = [];
      out.push(rulerLine);
      out.push(`${c.bold(visible(a.file))}  ${a.date ? `dated ${a.date}` : c.yellow('no date')}`);
      out.push(
        c.dim(
          [
            plural(a.sentences.length, 'sentence'),
            `${plural(a.quotes.length, 'quote')} by ${plural(a.speakers.length, 'speaker')}`,
            plural(a.dates.length, 'date'),
            plural(a.sanctions.length, 'sanction figure'),
          ].join(' · '),
        ),
      );

      if (a.quotes.length) {
        out.push('', c.bold('Quotes by speaker'));
        const groups = new Map<string, Quote[]>();
        for (const q of a.quotes) {
          const key = q.speaker.id ?? '';
          groups.set(key, [...(groups.get(key) ?? []), q]);
        }
        const ordered = [...groups.entries()].sort((x, y) => y[1].length - x[1].length || (x[0] === '' ? 1 : y[0] === '' ? -1 : 0));
        for (const [id, quotes] of ordered) {
          const sp = a.speakers.find((s) => s.id === id);
          const name = sp ? visible(sp.name) : 'unattributed';
          const roles = sp?.roles.length ? ` (${sp.roles.map(visible).join(', ')})` : '';
          const type = sp && sp.type !== 'person' ? c.dim(` [${sp.type}]`) : '';
          out.push(`  ${c.bold.green(name)}${roles}${type} — ${plural(quotes.length, 'quote')}`);
          for (const q of quotes) out.push(...quoteLines(q, '    '));
          const tallyName = sp ? sp.name : null;
          if (tallyName) {
            const t = tally.get(tallyName) ?? { name: tallyName, quotes: 0, articles: new Set<string>() };
            t.quotes += quotes.length;
            t.articles.add(a.file);
            tally.set(tallyName, t);
          }
        }
      }

      if (a.dates.length) {
        out.push('', c.bold('Dates'));
        const textWidth = Math.min(34, Math.max(...a.dates.map((d) => visible(d.text).length)));
        for (const d of a.dates) {
          let text = visible(d.text);
          if (text.length > textWidth) text = text.slice(0, textWidth - 1) + '…';
          const value = d.value ?? c.yellow('(no value)');
          const mod = d.mod ? ` ${d.mod}` : '';
          out.push(`  ${text.padEnd(textWidth)}  ${d.type.padEnd(8)}  ${c.magenta(value)}${mod}${rule(d.rule)}`);
        }
      }

      if (a.sanctions.length) {
        out.push('', c.bold('Sanction figures (timeline)'));
        const sorted = [...a.sanctions].sort((x, y) => (x.date ?? '9999').localeCompare(y.date ?? '9999') || x.start - y.start);
        for (const f of sorted) {
          const who = `${f.imposer ? visible(f.imposer) : 'imposer not stated'} → ${f.target ? visible(f.target) : 'target not stated'}`;
          out.push(`  ${c.magenta((f.date ?? 'undated').padEnd(10))}  ${who}${rule(f.rule)}`);
          // A bare amount (`fined the firm £1.6 million`) does not say what it is: name its unit.
          const what = f.text.includes(f.unit) ? '' : ` (${f.unit})`;
          out.push(...wrap(`${f.text}${what}  [${bounds(f)}]`, width, '              '));
        }
      }
      return out.join('\n') + '\n';
    },
    error(e) {
      failed++;
      return `${rulerLine}\n${c.red.bold('error')} ${visible(e.file)}: ${visible(e.message)} (${e.code})\n`;
    },
    end(): string {
      const out: string[] = [rulerLine];
      out.push(c.bold(`Corpus: ${plural(articles, 'article')}${failed ? `, ${plural(failed, 'file')} failed` : ''}`));
      const top = [...mergeSurnames(tally).values()].sort((x, y) => y.quotes - x.quotes || x.name.localeCompare(y.name));
      if (top.length) {
        out.push(c.bold('Speakers by number of quotes'));
        for (const t of top) {
          out.push(`  ${String(t.quotes).padStart(4)}  ${visible(t.name)}${c.dim(` (${plural(t.articles.size, 'article')})`)}`);
        }
      }
      return out.join('\n') + '\n';
    },
  };
};
