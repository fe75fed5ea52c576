/** The flags of `datakoll serve`: --port (0 to 65535, 0 any free port) and --max-upload (megabytes, at least 1). */
import { DatakollError } from '../errors.js';

/** The largest --max-upload: a terabyte, in megabytes. */
export const MAX_UPLOAD_MB_LIMIT = 1024 * 1024;

function wholeNumber(flag: string, v: string): number {
  const n = v.trim() === '' ? NaN : Number(v);
  if (!Number.isSafeInteger(n)) throw new DatakollError('usage', 'value-whole-number', { option: flag, given: JSON.stringify(v) });
  return n;
}

/** --port: a whole number from 0 to 65535. */
export function portOption(v: string): number {
  const n = wholeNumber('--port', v);
  if (n < 0) throw new DatakollError('usage', 'value-whole-number', { option: '--port', given: JSON.stringify(v) });
  if (n > 65535) throw new DatakollError('usage', 'value-at-most', { option: '--port', max: 65535, given: JSON.stringify(v) });
  return n;
}

/** --max-upload: megabytes, at least 1; the limit in bytes. */
export function maxUploadOption(v: string): number {
  const n = wholeNumber('--max-upload', v);
  if (n < 1) throw new DatakollError('usage', 'value-at-least-one', { option: '--max-upload', given: JSON.stringify(v) });
  if (n > MAX_UPLOAD_MB_LIMIT) throw new DatakollError('usage', 'value-at-most', { option: '--max-upload', max: MAX_UPLOAD_MB_LIMIT, given: JSON.stringify(v) });
  return n * 1024 * 1024;
}
