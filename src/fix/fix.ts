/**
 * `datakoll fix`: rewrites a file in the spec's own form (CSV in the spec's dialect; JSON, JSON
 * Lines and GeoJSON in their own format), fixing values whose meaning is unambiguous, keeping
 * every other byte of data, and validating its own output to list every error that is left.
 * What it cannot write in its own format is refused before anything is written.
 */
import type { Readable, Writable } from 'node:stream';
import { DatakollError } from '../errors.js';
import type { Encoding } from '../input/index.js';
import { binaryKindOf, peek } from '../input/index.js';
import { createReadStream } from 'node:fs';
import { inSheetRows, sheetAsCsv, sheetRow } from './workbook.js';
import type { Spec } from '../registry/index.js';
import { fixCsvRows } from './csv.js';
import { decideEncoding, encodingVerdict, fixableFormat, refuseCsvAsJson, refuseJsonAsCsv, shownName } from './input.js';
import type { EncodingDecision } from './input.js';
import { readJsonForFix } from './json-input.js';
import { fixJsonText } from './json.js';
import { ChangeLog } from './result.js';
import type { ChangeEvent, FixResult, Unfixed } from './result.js';
import { RecordTooLarge } from './csv-text.js';
import { applyVerdict, startVerifier } from './verify.js';
import { TeeWriter } from './writer.js';

export interface FixOptions {
  /** CSV field delimiter; sniffed when not given. */
  readonly delimiter?: string;
  /** The input format, instead of detecting it from the name and the first bytes. */
  readonly format?: 'csv' | 'json' | 'jsonl';
  /** JSON Pointer to the records inside a top-level JSON object. */
  readonly records?: string;
  /** The input's encoding, instead of detecting it. */
  readonly encoding?: Encoding;
  /** A workbook's sheet to fix (its name or number; the first sheet shown when absent). */
  readonly sheet?: string;
  /** Where the fixed file goes, as named (a workbook is written as CSV only, never in place or to a workbook's name). */
  readonly target?: { readonly name: string; readonly inPlace: boolean };
  /** Told of every change to a value (tests, tools); the result keeps counts and examples. */
  readonly onChange?: (c: ChangeEvent) => void;
}

/** The file to fix: its name (for its format) and a way to read it from the start. */
export interface FixInput {
  readonly name: string;
  open(): Readable;
  /** The file on disk, when there is one (a workbook is read from its file). */
  readonly path?: string;
  /** The file is a workbook's sheet written as CSV: its name, the workbook's, says nothing of its format. */
  readonly sheetOf?: boolean;
}

/**
 * Fixes the input into `output` and returns what was done and what is left. Throws a
 * DatakollError, before anything is written when it can tell at the start, when the input
 * cannot be fixed in its own format (usage, exit 2) or cannot be read (io, exit 3).
 */
export async function fixFile(input: FixInput, output: Writable | (() => Writable | Promise<Writable>), spec: Spec, options: FixOptions = {}): Promise<FixResult> {
  const target = once(output);
  const { head, stream } = await peek(input.open());
  stream.destroy();
  if (input.path !== undefined && isWorkbookHead(head)) return fixWorkbook({ ...input, path: input.path }, output, spec, options);
  const format = input.sheetOf === true ? 'csv' : fixableFormat(input.name, head, options.format);
  refuseCsvAsJson(input.name, head, format, options.format);
  const log = new ChangeLog(options.onChange);
  if (format === 'csv') {
    const decision = decideEncoding(await encodingVerdict(input.open(), head, options.encoding), input.name);
    await refuseJsonAsCsv(input.name, options.format, decision.info, () => input.open());
    return fixCsvFile(input, await target(), spec, options, log, decision);
  }
  const json = await readJsonForFix(input, format, options, spec.records?.keys);
  const out = await target();
  const verifier = startVerifier(spec, json.shape === 'lines' ? 'jsonl' : 'json', options.records);
  const writer = new TeeWriter([out, verifier.stream]);
  try {
    const result = await fixJsonText({ ...json, spec, writer, log });
    await writer.flushAll();
    verifier.stream.end();
    applyVerdict(result, await verifier.report, [], (row) => row);
    return result;
  } catch (e) {
    verifier.stream.destroy();
    throw e;
  }
}

/** A workbook: its sheet as a temporary CSV file, fixed as CSV into a CSV file (never back into a workbook). */
async function fixWorkbook(input: FixInput & { readonly path: string }, output: Writable | (() => Writable | Promise<Writable>), spec: Spec, options: FixOptions): Promise<FixResult> {
  const t = options.target;
  if (t !== undefined && (t.inPlace || /\.(xlsx|xlsm|xls|ods)$/i.test(t.name))) throw new DatakollError('usage', 'fix-workbook-as-csv', { file: shownName(input.name) });
  const sheet = await sheetAsCsv(input.path, shownName(input.name), options.sheet);
  // The log and the result name the sheet's own rows, not the temporary CSV file's.
  const told = options.onChange;
  const onChange = told === undefined ? {} : { onChange: (c: ChangeEvent) => told({ ...c, row: sheetRow(c.row, sheet.offset) }) };
  try {
    const result = await fixFile({ name: input.name, path: sheet.file, open: () => createReadStream(sheet.file), sheetOf: true }, output, spec, { ...options, ...onChange, format: 'csv' });
    return inSheetRows(result, sheet.sheet, sheet.offset);
  } finally {
    sheet.remove();
  }
}

/** An Excel workbook by its first bytes (a ZIP naming its workbook parts). */
function isWorkbookHead(head: Uint8Array): boolean {
  return binaryKindOf(head) === 'xlsx';
}

async function fixCsvFile(input: FixInput, output: Writable, spec: Spec, options: FixOptions, log: ChangeLog, encoding: EncodingDecision): Promise<FixResult> {
  const verifier = startVerifier(spec, 'csv');
  const writer = new TeeWriter([output, verifier.stream]);
  const rowOf = new RowMap();
  const own: Unfixed[] = [];
  let invalidAt = false;
  try {
    const result = await fixCsvRows({
      input: input.open(),
      spec,
      encoding: encoding.info,
      ...(options.delimiter !== undefined ? { delimiter: options.delimiter } : {}),
      // Bytes that are not UTF-8 in a file read as UTF-8: stop at the next chance, write nothing.
      writer: { write: (t) => writer.write(t), pace: () => (invalidAt ? Promise.reject(new InvalidUtf8()) : writer.pace()) },
      log,
      rows: { mapped: (out, row) => rowOf.set(out, row), asItWas: (u) => own.push(u) },
      onInvalidUtf8: () => (invalidAt = true),
    });
    if (invalidAt) throw new InvalidUtf8();
    await writer.flushAll();
    verifier.stream.end();
    applyVerdict(result, await verifier.report, own, (row) => rowOf.get(row));
    return result;
  } catch (e) {
    verifier.stream.destroy();
    if (e instanceof RecordTooLarge) throw new DatakollError('io', 'fix-record-too-large', { file: shownName(input.name), row: e.row });
    if (e instanceof InvalidUtf8) throw encoding.mixedError();
    throw e;
  }
}

/** The output, opened when it is asked for (after the checks that may refuse the input). */
function once(output: Writable | (() => Writable | Promise<Writable>)): () => Promise<Writable> {
  return async () => (typeof output === 'function' ? output() : output);
}

/** Invalid UTF-8 was met after the start of a file read as UTF-8. */
class InvalidUtf8 extends Error {}

/** Output data rows to input rows (an output row differs when a title row or blank rows were left out). */
class RowMap {
  private rows = new Int32Array(1024);

  set(out: number, input: number): void {
    if (out >= this.rows.length) {
      const grown = new Int32Array(Math.max(out + 1, this.rows.length * 2));
      grown.set(this.rows);
      this.rows = grown;
    }
    this.rows[out] = input;
  }

  /** The input row of an output row (the header row: the input's header row). */
  get(out: number): number {
    return out < this.rows.length && this.rows[out] !== 0 ? (this.rows[out] as number) : out;
  }
}
