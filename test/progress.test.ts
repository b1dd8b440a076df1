/**
 * The progress line on standard error: what it says, when it shows, and that lines written
 * around it stay whole. A fake clock stands in for time.
 */
import { describe, expect, it, vi } from 'vitest';
import { clock, createProgress, progressText } from '../src/progress.js';

const CLEAR = '\r\x1b[K';

function terminal(columns = 80) {
  const writes: string[] = [];
  return { writes, stream: { columns, write: (t: string) => void writes.push(t) }, text: () => writes.join('') };
}

describe('progressText', () => {
  it('says files done of total, MB/s and the time left, with a bar', () => {
    expect(progressText(50, 200, 25_000_000, 10_000, 80)).toBe(`[${'#'.repeat(7)}${'-'.repeat(23)}] 50/200 files  2.50 MB/s  ETA 0:30`);
    expect(progressText(50, 200, 250_000_000, 10_000, 80)).toMatch(/ 25\.0 MB\/s /);
  });

  it('has no ETA before the first file and after the last', () => {
    expect(progressText(0, 10, 0, 500, 80)).toMatch(/ 0\/10 files {2}0\.00 MB\/s {2}ETA --$/);
    expect(progressText(10, 10, 1e6, 1000, 80)).toMatch(/^\[#{30}\] 10\/10 files {2}1\.00 MB\/s {2}ETA --$/);
  });

  it('fits a narrow terminal: a shorter bar, then none', () => {
    for (const columns of [60, 40, 30, 12]) expect(progressText(3, 1000, 1e6, 2000, columns).length).toBeLessThan(columns);
    expect(progressText(3, 1000, 1e6, 2000, 40)).not.toContain('[');
  });

  it('clock() writes minutes and seconds, hours when needed', () => {
    expect([clock(0), clock(75.4), clock(3725)]).toEqual(['0:00', '1:15', '1:02:05']);
  });
});

describe('createProgress', () => {
  it('stays off the terminal during the first second, then draws in place and clears at the end', () => {
    let now = 0;
    const t = terminal();
    const p = createProgress(t.stream, 4, { now: () => now });
    p.tick(1000);
    now = 900;
    p.tick(1000);
    expect(t.writes).toEqual([]); // a short run never shows it
    now = 1200;
    p.tick(1000);
    expect(t.writes).toEqual([`${CLEAR}${progressText(3, 4, 3000, 1200, 80)}`]);
    now = 1250;
    p.tick(1000); // within 200 ms of the last redraw: not redrawn
    expect(t.writes).toHaveLength(1);
    p.stop();
    expect(t.writes.at(-1)).toBe(CLEAR);
    expect(t.text()).not.toContain('\n');
  });

  it('is redrawn by a timer while a long file runs, but not rewritten when nothing on it changed', () => {
    vi.useFakeTimers();
    try {
      let now = 0;
      const t = terminal();
      const p = createProgress(t.stream, 4, { now: () => now, delay: 1000, interval: 200 });
      vi.advanceTimersByTime(600);
      expect(t.writes).toEqual([]); // within the first second
      now = 1000;
      vi.advanceTimersByTime(200);
      expect(t.writes).toEqual([CLEAR + progressText(0, 4, 0, 1000, 80)]); // shown with no file done yet
      vi.advanceTimersByTime(1000); // the same text: nothing written
      expect(t.writes).toHaveLength(1);
      now = 2000;
      p.tick(2e6);
      now = 61_000;
      vi.advanceTimersByTime(200); // the clock moved: the ETA and MB/s change
      expect(t.writes).toEqual([CLEAR + progressText(0, 4, 0, 1000, 80), CLEAR + progressText(1, 4, 2e6, 2000, 80), CLEAR + progressText(1, 4, 2e6, 61_000, 80)]);
      p.stop();
      vi.advanceTimersByTime(1000);
      expect(t.writes.at(-1)).toBe(CLEAR);
    } finally {
      vi.useRealTimers();
    }
  });

  it('a line written while it shows: cleared first, the line whole, then redrawn', () => {
    let now = 0;
    const t = terminal();
    const p = createProgress(t.stream, 10, { now: () => now, delay: 0, interval: 0 });
    p.tick(10);
    p.line('claims: error: a.txt: no such file or directory\n');
    p.tick(10);
    p.stop();
    expect(t.writes).toEqual([
      CLEAR + progressText(1, 10, 10, 0, 80),
      CLEAR,
      'claims: error: a.txt: no such file or directory\n',
      CLEAR + progressText(1, 10, 10, 0, 80),
      CLEAR + progressText(2, 10, 20, 0, 80),
      CLEAR,
    ]);
  });

  it('a line before it ever showed is written as is', () => {
    const t = terminal();
    const p = createProgress(t.stream, 10, { now: () => 0 });
    p.line('claims: warning: x\n');
    p.stop();
    expect(t.writes).toEqual(['claims: warning: x\n']);
  });
});
