/**
 * A progress bar on standard error for large files, only when standard error is a terminal and
 * not in CI (CI is set), so logs and pipes never get one. Updates are throttled.
 */
import type { Progress } from '../api.js';
import { printable } from '../formatters/shared.js';
import type { Lang } from '../report/index.js';
import { ui } from '../report/index.js';
import type { CliIo } from './io.js';

/** Files smaller than this are read too fast for a bar to help. */
export const PROGRESS_MIN_BYTES = 8 * 1024 * 1024;
/** At most one redraw per this many milliseconds. */
export const PROGRESS_INTERVAL_MS = 100;
const WIDTH = 24;

export interface ProgressBar {
  readonly update: (p: Progress) => void;
  /** Clears the bar's line, if one was drawn. */
  readonly done: () => void;
}

function mb(bytes: number): string {
  return (bytes / (1024 * 1024)).toFixed(1);
}

/** Whether a bar may be drawn at all: a terminal, not CI, not a dumb terminal. */
export function progressAllowed(io: CliIo): boolean {
  const ci = io.env.CI;
  return io.stderrIsTTY && (ci === undefined || ci === '' || ci === 'false' || ci === '0') && io.env.TERM !== 'dumb';
}

/** A bar for this run, or undefined when none may be shown. `now` is injectable for tests. */
export function progressBar(io: CliIo, lang: Lang, now: () => number = Date.now): ProgressBar | undefined {
  if (!progressAllowed(io)) return undefined;
  let last = -Infinity;
  let drawn = false;
  const update = (p: Progress): void => {
    const total = p.totalBytes;
    if ((total ?? p.bytes) < PROGRESS_MIN_BYTES) return;
    const t = now();
    if (t - last < PROGRESS_INTERVAL_MS) return;
    last = t;
    const share = total === undefined || total === 0 ? undefined : Math.min(1, p.bytes / total);
    const filled = share === undefined ? 0 : Math.round(share * WIDTH);
    const bar = share === undefined ? '' : `[${'█'.repeat(filled)}${'░'.repeat(WIDTH - filled)}] ${String(Math.floor(share * 100)).padStart(3)}% `;
    const size = total === undefined ? `${mb(p.bytes)} MB` : `${mb(p.bytes)}/${mb(total)} MB`;
    io.stderr(`\r\u001b[2K${bar}${ui('progress_reading', lang)} ${printable(p.file)} ${size}`);
    drawn = true;
  };
  const done = (): void => {
    if (drawn) io.stderr('\r\u001b[2K');
    drawn = false;
  };
  return { update, done };
}
