/**
 * Fixes a CSV file: decodes it (the encoding decided by the caller), sniffs its dialect by the rule
 * validate uses (input's dialectOf), and writes every record in the spec's dialect (UTF-8 without
 * BOM, comma, LF, the spec's column order) through CsvFixRows.
 */
import type { Readable } from 'node:stream';
import { decodedStream, dialectOf, peek, readCsvPaced } from '../input/index.js';
import type { EncodingInfo } from '../input/index.js';
import type { Spec } from '../registry/index.js';
import { CsvFixRows } from './csv-rows.js';
import type { RowsOut } from './csv-rows.js';
import type { ChangeLog, FixResult } from './result.js';
import type { TextOut } from './writer.js';

/** What a CSV fix is told. */
export interface CsvFixJob {
  readonly input: Readable;
  readonly spec: Spec;
  readonly encoding: EncodingInfo;
  readonly delimiter?: string;
  readonly writer: TextOut;
  readonly log: ChangeLog;
  readonly rows: Omit<RowsOut, 'write'>;
  /** Told when bytes that are not UTF-8 are met in a file read as UTF-8. */
  readonly onInvalidUtf8: () => void;
}

/** Rewrites the CSV records of `job.input` to the writer; returns what was done. */
export async function fixCsvRows(job: CsvFixJob): Promise<FixResult> {
  const { head, stream, whole } = await peek(job.input);
  const { encoding } = job;
  const dialect = dialectOf(head, whole, encoding.encoding, job.delimiter);
  const result: FixResult = { format: 'csv', encoding: encoding.encoding, fileChanges: [], cellChanges: [], unfixed: [], unfixedCount: 0, rows: 0, blankRows: 0 };
  if (encoding.encoding !== 'utf-8') result.fileChanges.push({ kind: 'encoding', detail: `${encoding.encoding} -> utf-8` });
  if (encoding.bom) result.fileChanges.push({ kind: 'bom', detail: '' });
  if (dialect.delimiter !== ',') result.fileChanges.push({ kind: 'delimiter', detail: `${JSON.stringify(dialect.delimiter)} -> ","` });
  if (dialect.lineEnding !== 'LF' && dialect.lineEnding !== 'none') result.fileChanges.push({ kind: 'line-endings', detail: `${dialect.lineEnding} -> LF` });
  if (dialect.trailingDelimiter) result.fileChanges.push({ kind: 'trailing-delimiter', detail: '' });
  // A title row is logged with its text when it is read (CsvFixRows).
  const writer = job.writer;
  const rows = new CsvFixRows(job.spec, dialect, result, job.log, { ...job.rows, write: (t) => writer.write(t) });
  const decoded = decodedStream(stream, encoding, job.onInvalidUtf8);
  await readCsvPaced(decoded, rows, { delimiter: dialect.delimiter, recover: true }, () => writer.pace());
  rows.finish();
  result.cellChanges.push(...job.log.list());
  return result;
}
