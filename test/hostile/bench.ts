/**
 * Bench (not a test): time the whole pipeline on each adversarial input at a size and at twice
 * that size. A ratio near 2 is linear; near 4 or more, superlinear. Prints peak RSS too.
 *
 *   npx tsx test/hostile/bench.ts            the sizes the tests run
 *   npx tsx test/hostile/bench.ts --full     the sizes the issue asks for
 *   npx tsx test/hostile/bench.ts weekend    only inputs whose name contains a word
 *   npx tsx test/hostile/bench.ts --size=50000 dated   a size of one's choosing (characters)
 */
import { extractText } from '../../src/index.js';
import { ADVERSARIAL, type Adversarial } from './adversarial.js';

const full = process.argv.includes('--full');
const filter = process.argv.slice(2).find((a) => !a.startsWith('--'));
const sizeArg = process.argv.find((a) => a.startsWith('--size='));
const chosen = sizeArg ? Number(sizeArg.slice('--size='.length)) : null;
if (chosen !== null && !(chosen > 0)) throw new Error(`bench: bad ${sizeArg}`);

function time(a: Adversarial, size: number): number {
  const text = a.make(size);
  const t0 = performance.now();
  extractText('bench.txt', text);
  return performance.now() - t0;
}

extractText('warm.txt', 'date 2024-09-05\n“Warm up,” he said on Monday.'); // load and compile first
console.log('input'.padEnd(48), 'size'.padStart(9), 'ms'.padStart(8), '2× ms'.padStart(8), 'ratio'.padStart(6), 'rss MB'.padStart(7));
for (const a of ADVERSARIAL) {
  if (filter && !a.name.includes(filter)) continue;
  const size = chosen ?? (full ? a.size : a.testSize ?? a.size);
  const one = time(a, Math.floor(size / 2));
  const two = time(a, size);
  const rss = Math.round(process.memoryUsage().rss / 1e6);
  const ratio = two / Math.max(one, 1);
  console.log(a.name.slice(0, 48).padEnd(48), String(size).padStart(9), one.toFixed(0).padStart(8), two.toFixed(0).padStart(8), ratio.toFixed(1).padStart(6), String(rss).padStart(7), ratio > 3 ? ' superlinear' : '');
}
