import type { Localized } from '../report/index.js';
import type { RecordTextIssues } from './json-keys.js';
import type { JsonSyntaxReason } from './json-error.js';
import type { RecordEnd } from './csv-parser.js';

export type { RecordEnd };

/** What the readers push records into: a synchronous sink, so no promise is made per row. */

/**
 * Receives the records of a CSV file in order. Lines are physical, 1-based. `text` is the record's
 * own text as read (without a BOM and without its line break) and `end` the line break after it
 * (see RecordEnd), for a writer that keeps a record's bytes.
 */
export interface CsvSink {
  header(cells: string[], line: number, text?: string, end?: RecordEnd): void;
  record(cells: string[], line: number, text?: string, end?: RecordEnd): void;
  /**
   * A record that cannot be read (its quote is not closed, or it is too large); reading goes on
   * after it. When the reader recovers (CsvReadOptions.recover), `text` is the literal text of the
   * unclosed record's line and `end` the line break after it.
   */
  malformed(line: number, reason: 'quote-not-closed' | 'record-too-large', text?: string, end?: RecordEnd): void;
  /**
   * Called once by a reader that looks at each stretch of text for control characters before
   * parsing it: from then on the sink may test a record's cells only after controlSeen().
   */
  watchControl?(): void;
  /** Called (once) before the first record whose text holds a control character. */
  controlSeen?(): void;
}

/** Receives the records of a JSON file in order. */
export interface JsonSink {
  /**
   * Called once, before any record, when the shape is known: a top-level array or JSON Lines.
   * For records inside an object (GeoJSON features, a wrapper), `prefix` is the key path to the list.
   */
  start(shape: 'array' | 'lines', prefix?: readonly string[]): void;
  /** One parsed record: its 0-based index and the line where it starts. */
  record(value: unknown, index: number, line: number): void;
  /** What JSON.parse hid in a record (told before the record): keys written twice, numbers a double cannot hold, control characters. */
  issues?(index: number, line: number, issues: RecordTextIssues): void;
  /** The file is not valid JSON at this position; reading stops. `found`: the character there, quoted, or empty. */
  syntax(line: number, column: number, reason: JsonSyntaxReason, found: string): void;
  /** The top-level value is not a list of records (a lone string, number, …). */
  notRecords(found: string | Localized): void;
  /**
   * The list of records was found by its key in a top-level object that holds other lists that
   * could be the records, which were not read: `lists` all of them (JSON Pointers, the one read
   * first), `checked` the one read. Told after the last record.
   */
  recordsAmbiguous(lists: readonly string[], checked: string): void;
  /**
   * A key written twice in an object outside the records list (JSON.parse keeps the last value):
   * `pointer` is its JSON Pointer, `records` whether it is the key of the records list itself, so
   * that only its first list was read. Told after the last record.
   */
  keyTwiceOutside?(pointer: string, records: boolean): void;
}
