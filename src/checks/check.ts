/**
 * What a check is: the one interface every check beyond the JSON Schema implements, in the manner
 * of ESLint's rules and frictionless's checks. A check has an id, the codes it may emit, and hooks
 * for each record and for the end of the file; it reports through the context it is given and
 * never builds a diagnostic itself (the front that read the record knows where it is: a column in
 * CSV, a pointer in JSON). A check across rows is split in two: the part that sees each record
 * logs what the end needs (on the thread that reads the records: a worker thread for a chunk of a
 * large file), and the whole-file part takes the logs in row order and reports at the end (on the
 * thread that sees the whole file). So one check works on one thread, in chunks on several, and on
 * JSON, with the same findings. The table of checks is CHECKS (table.ts).
 */
import type { Code, ParamValue } from '../report/index.js';
import type { Spec } from '../registry/index.js';
import type { Publisher } from './publisher.js';

/** A record as the checks see it, whatever the format it was read from. */
export interface RecordView {
  /** The typed value of an attribute; undefined when absent or unreadable (of the wrong type or format). */
  value(name: string): unknown;
  /** The value as the record holds it, readable or not (in CSV: the cell as read by its column's type). */
  asRead(name: string): unknown;
  /** The record as read: CSV's cells typed by their columns, JSON's value (for a check that reads paths itself). */
  readonly record: object;
  /** Whether the attribute has a value, readable or not (a CSV cell that is not empty). */
  present(name: string): boolean;
  /** The value as written, for a message. */
  text(name: string): string;
}

/** What a check is made for: the spec, and the options of the run that checks read. */
export interface CheckSetup {
  readonly spec: Spec;
  /** The publisher named by --publisher. */
  readonly publisher?: Publisher;
  /** Whether the units are records of JSON, not rows (a finding that names another one says so). */
  readonly records?: boolean;
}

/** A finding about a record, reported at an attribute (or at attributes joined by +). */
export interface RecordFinding {
  readonly code: Code;
  readonly field: string;
  readonly params: Record<string, ParamValue>;
  /** The value to show when it is not the field's own (a position shows both coordinates). */
  readonly value?: string;
}

/** Where a check reports what it finds on a record. */
export interface RecordOut {
  report(finding: RecordFinding): void;
  /**
   * Leaves out the schema's below-minimum and above-maximum findings on these fields: this
   * check's finding says more (a position that is metres, swapped or outside Sweden).
   */
  replacesRange(fields: readonly string[]): void;
}

/** Where a record is, and whether another error was found on it (valid during the call it is given to). */
export interface RowAt {
  readonly row: number;
  readonly line: number;
  readonly rowHasError: boolean;
}

/** A finding made at the end of the file about a row read before. */
export interface LateRowFinding {
  readonly code: Code;
  readonly row: number;
  readonly line: number;
  /** The attribute(s) the finding is about (joined by +). */
  readonly field: string;
  /** The attribute whose position (column, pointer) the finding is given. */
  readonly at: string;
  readonly value: string;
  readonly params: Record<string, ParamValue>;
  readonly rowHasError: boolean;
}

/** Where a check reports at the end of a file: the first findings in row order, and how many more. */
export interface LateOut {
  report(first: readonly LateRowFinding[], more: { readonly count: number; readonly cleanRows: number }): void;
}

/** The part of a check that sees each record. */
export interface RowCheck<Log = unknown> {
  /** Each record: what is wrong with it on its own. */
  record?(view: RecordView, out: RecordOut): void;
  /** Each record, after its own findings (a check across rows): notes what the end needs. */
  log?(view: RecordView, at: RowAt): void;
  /** Records noted since the last take(). */
  readonly logged?: number;
  /** What was noted since the last take(), for the whole-file part; `spare` buffers may be used again. */
  take?(spare: ArrayBuffer[]): Log;
  /** After the file or chunk (also when it could not be read to the end). */
  close?(): void;
}

/** The part of a check across rows that sees the whole file. */
export interface WholeFileCheck<Log = unknown> {
  /** A log, in row order, its rows and lines moved by `shift`; returns buffers the logging side may use again. */
  take(log: Log, shift: { readonly rows: number; readonly lines: number }): readonly ArrayBuffer[];
  /** After the last log: reports what was found. */
  end(out: LateOut): void;
  /** Lets go of what it holds (temporary files), also when the file could not be read to the end. */
  close(): void;
}

export interface Check<Log = unknown> {
  /** A name for the check, unique in the table. */
  readonly id: string;
  /** The codes it may report. */
  readonly codes: readonly Code[];
  /**
   * The part run on each record, made per file (per chunk on a worker thread); undefined: nothing
   * to do here. When the whole-file part runs on the same thread (one thread), it is given too, so
   * that the records' part may hand it each record at once rather than through logs.
   */
  rows(setup: CheckSetup, whole?: WholeFileCheck<Log>): RowCheck<Log> | undefined;
  /** A check across rows: the part on the thread that sees the whole file, keeping `keep` findings in full. */
  whole?(setup: CheckSetup, keep: number): WholeFileCheck<Log> | undefined;
  /** The buffers of a log that move to another thread rather than being copied. */
  transfer?(log: Log): ArrayBuffer[];
}
