// bench/child.mjs: `node bench/child.mjs <script> [args...]` runs <script> as `node <script> [args...]`
// would, and when the process exits writes its resource usage (peak RSS of the whole process,
// worker threads included, and CPU time, with that of the processes it started and waited for:
// `claims extract` runs in a second node started from the start-up snapshot) as JSON to the file
// named by $BENCH_USAGE_FILE.
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const [script, ...args] = process.argv.slice(2);
if (!script) {
  process.stderr.write('usage: node bench/child.mjs <script> [args...]\n');
  process.exit(2);
}
const usageFile = process.env.BENCH_USAGE_FILE;
/**
 * CPU ms of the child processes this one waited for (Linux: `cutime` and `cstime` of
 * /proc/self/stat, in clock ticks of 1/100 s, the kernel's USER_HZ); 0 elsewhere.
 */
function waitedChildrenMs() {
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' '); // from field 3 (state) on
    return (Number(fields[13]) + Number(fields[14])) * 10;
  } catch {
    return 0;
  }
}
process.on('exit', () => {
  if (!usageFile) return;
  const u = process.resourceUsage();
  const usage = { maxRssKB: u.maxRSS, userMs: u.userCPUTime / 1000, systemMs: u.systemCPUTime / 1000, childrenMs: waitedChildrenMs() };
  writeFileSync(usageFile, JSON.stringify(usage));
});
const path = resolve(script);
process.argv = [process.argv[0], path, ...args];
await import(pathToFileURL(path).href);
