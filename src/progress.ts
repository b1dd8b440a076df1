/**
 * The progress line on standard error: files done / total, MB/s, time left, redrawn in place.
 *
 * It shows only for a run that lasts longer than `delay` (1 s), is redrawn at most every
 * `interval` (200 ms), and is cleared when the run ends. Lines written through `line()` (errors,
 * warnings) clear it first and redraw it after, so they are never garbled; `clear()` takes it
 * off before anything else is written to the same terminal (the report on standard output).
 * The CLI makes one only when standard error is a terminal and `--quiet` is not given.
 */

export interface ProgressStream {
  write(text: string): unknown;
  columns?: number;
}

export interface ProgressOptions {
  /** Milliseconds before the line first appears (default 1000). */
  delay?: number;
  /** Least milliseconds between redraws (default 200). */
  interval?: number;
  /** The clock, in milliseconds (default `performance.now`). */
  now?: () => number;
}

export interface Progress {
  /** One more file finished, of `bytes` bytes. */
  tick(bytes: number): void;
  /** Write a whole line (ending in a newline) without garbling the progress line. */
  line(text: string): void;
  /** Take the progress line off the terminal until the next redraw. */
  clear(): void;
  /** Clear it for good. */
  stop(): void;
}

const CLEAR = '\r\x1b[K';

/** `75` -> `1:15`, `3725` -> `1:02:05`. */
export function clock(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const ss = String(s % 60).padStart(2, '0');
  return h ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}

/** The progress line's text for `done` of `total` files, `bytes` read in `ms`, fitted to `columns`. */
export function progressText(done: number, total: number, bytes: number, ms: number, columns: number): string {
  const seconds = ms / 1000;
  const rate = seconds > 0 ? bytes / 1e6 / seconds : 0;
  const eta = done > 0 && done < total ? clock((seconds / done) * (total - done)) : '--';
  const tail = ` ${done}/${total} files  ${rate.toFixed(rate < 10 ? 2 : 1)} MB/s  ETA ${eta}`;
  const room = Math.min(30, columns - 1 - tail.length - 2);
  if (room < 5) return tail.trim().slice(0, Math.max(0, columns - 1));
  const filled = total ? Math.min(room, Math.floor((room * done) / total)) : 0;
  return `[${'#'.repeat(filled)}${'-'.repeat(room - filled)}]${tail}`;
}

export function createProgress(stream: ProgressStream, total: number, options: ProgressOptions = {}): Progress {
  const delay = options.delay ?? 1000;
  const interval = options.interval ?? 200;
  const now = options.now ?? (() => performance.now());
  const start = now();
  let done = 0;
  let bytes = 0;
  let shown = false;
  let lastDraw = -Infinity;
  let lastText = '';
  let stopped = false;

  const draw = (force = false) => {
    if (stopped) return;
    const t = now();
    if (t - start < delay) return;
    if (!force && t - lastDraw < interval) return;
    const text = progressText(done, total, bytes, t - start, stream.columns || 80);
    if (shown && text === lastText) return; // nothing moved: no need to write
    lastDraw = t;
    lastText = text;
    shown = true;
    stream.write(CLEAR + text);
  };
  const clear = () => {
    if (!shown) return;
    shown = false;
    stream.write(CLEAR);
  };
  // Redraws while one long file runs, so the clock moves; never keeps the process alive.
  const timer = setInterval(() => draw(), Math.max(interval, 100));
  timer.unref?.();

  return {
    tick(n) {
      done++;
      bytes += n;
      draw();
    },
    line(text) {
      const was = shown;
      clear();
      stream.write(text);
      if (was) draw(true);
    },
    clear,
    stop() {
      clearInterval(timer);
      clear();
      stopped = true;
    },
  };
}
