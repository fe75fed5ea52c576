/**
 * The unique-key check (x-unique-key): a row whose key an earlier row had. Each record's key is
 * logged as a fingerprint and bytes (KeyBatchBuilder); the whole-file part finds the duplicates in
 * memory that does not grow with the file (DuplicateFinder, which spills to temporary files), for
 * CSV and JSON alike.
 */
import { shorten } from '../report/index.js';
import type { Check, RecordView, RowCheck, WholeFileCheck } from './check.js';
import { valueAt } from './values.js';
import { DuplicateFinder } from './duplicates.js';
import { batchBuffers, KeyBatchBuilder } from './key-batch.js';
import type { KeyBatch } from './key-batch.js';

/**
 * A record's key: its attributes' values as read, joined by U+0000, so 101 and +101 in an integer
 * column are one key, in CSV as in JSON; undefined when a part is missing or empty (another
 * check's business).
 */
function keyOf(paths: readonly (readonly string[])[], view: RecordView): string | undefined {
  let key = '';
  for (let k = 0; k < paths.length; k++) {
    const v = valueAt(view.record, paths[k] as readonly string[]);
    if (v === undefined || v === null || v === '') return undefined;
    const text = typeof v === 'string' ? v : JSON.stringify(v);
    key = k === 0 ? text : `${key}\u0000${text}`;
  }
  return key;
}

/** The whole-file part, with its finder for the records' part on the same thread. */
interface UniqueWhole extends WholeFileCheck<KeyBatch> {
  readonly finder: DuplicateFinder;
}

/** Builders let go of by finished files, used again (fresh ones, grown by doubling, leave megabytes outside the heap). */
const spareBuilders: KeyBatchBuilder[] = [];

export const uniqueCheck: Check<KeyBatch> = {
  id: 'unique',
  codes: ['unique-duplicate'],
  rows({ spec }, whole): RowCheck<KeyBatch> | undefined {
    const names = spec.uniqueKey;
    if (names.length === 0) return undefined;
    const paths = names.map((n) => spec.attributes.find((a) => a.name === n)?.path ?? [n]);
    // On one thread the keys go to the finder at once (it holds them as a batch and spills).
    const finder = whole === undefined ? undefined : (whole as UniqueWhole).finder;
    if (finder !== undefined) {
      return {
        log(view, at) {
          const key = keyOf(paths, view);
          if (key !== undefined) finder.add(key, at.row, at.line, at.rowHasError);
        },
      };
    }
    const keys = spareBuilders.pop() ?? new KeyBatchBuilder();
    keys.clear();
    return {
      log(view, at) {
        const key = keyOf(paths, view);
        if (key !== undefined) keys.add(key, at.row, at.line, at.rowHasError);
      },
      get logged() {
        return keys.count;
      },
      take(spare) {
        const batch = keys.build(spare);
        keys.clear();
        return batch;
      },
      close() {
        keys.clear();
        spareBuilders.push(keys);
      },
    };
  },
  whole({ spec, records }, keep) {
    const names = spec.uniqueKey;
    if (names.length === 0) return undefined;
    const finder = new DuplicateFinder(keep);
    const field = names.join('+');
    const whole: UniqueWhole = {
      finder,
      take(log, shift) {
        finder.addBatch(log, shift.rows, shift.lines);
        return batchBuffers(log);
      },
      end(out) {
        const found = finder.finish();
        const first = found.first.map((dup) => ({
          code: 'unique-duplicate' as const,
          row: dup.row,
          line: dup.line,
          field,
          at: names[0] as string,
          value: shorten(dup.key.split('\u0000').join(' | ')),
          params: { firstRow: dup.firstRow, ...(records === true ? { unit: 'record' } : {}) },
          rowHasError: dup.rowHasError,
        }));
        out.report(first, { count: found.count - first.length, cleanRows: found.countOnCleanRows - first.filter((d) => !d.rowHasError).length });
      },
      close: () => finder.close(),
    };
    return whole;
  },
  transfer: batchBuffers,
};
