/**
 * Streams JSON records: a top-level array is read one element at a time, and a sequence of
 * top-level values (JSON Lines) one value at a time. A structural scanner finds each value's
 * extent; JSON.parse reads it. Memory holds one record, not the file.
 */
import type { Readable } from 'node:stream';
import type { JsonSink } from './sink.js';
import type { RecordTextIssues } from './json-keys.js';
import { inspectRecordText } from './json-keys.js';
import { findJsonError } from './json-error.js';
import { RecordsFilter } from './json-records.js';
import { featureToRecord } from './geojson.js';
import { pointerText } from './json-pointer.js';
import { NO_LIST_AT, say } from '../report/index.js';
import type { Localized } from '../report/index.js';
import { JsonScanner } from './json-scanner.js';
import type { JsonShape } from './json-values.js';

export interface JsonReadOptions {
  /**
   * JSON Lines: read top-level values one per line even when the first one is an object, and each
   * value must be whole on its line (a line that ends inside a value is broken there).
   */
  readonly lines?: boolean;
  /** The key path to the records inside a top-level object (from --records); found by itself otherwise. */
  readonly records?: readonly string[];
  /**
   * The key path a spec names for its records (x-records), used without `records`: in a top-level
   * object the records are looked for there as well as at the usual wrapper keys; a top-level
   * array or JSON Lines is read as ever.
   */
  readonly named?: readonly string[];
}

/**
 * Reads JSON from a byte stream into a sink; resolves with the shape found (undefined for an
 * empty file). A top-level object is searched for its records array (GeoJSON features, a wrapper
 * key, or the --records path); an object without one is a record itself, followed perhaps by
 * more (JSON Lines). Until the array is found, the object's text is kept to allow that. A
 * --records path where the top level is not an object (an array, JSON Lines) finds no records.
 */
/** Bytes decoded at a time: Node 20's TextDecoder takes ten times as long from 128 KiB pieces up (42 MB: 440 against 38 ms). */
const TEXT_PIECE = 64 * 1024;

export async function readJson(source: Readable, sink: JsonSink, options: JsonReadOptions = {}): Promise<JsonShape | undefined> {
  const decoder = new TextDecoder('utf-8');
  const read = new JsonRead(sink, options);
  for await (const chunk of source) {
    const bytes = chunk as Uint8Array;
    for (let at = 0; at < bytes.length && !read.stopped; at += TEXT_PIECE) read.feed(decoder.decode(bytes.subarray(at, at + TEXT_PIECE), { stream: true }));
    if (read.stopped) {
      source.destroy();
      return read.end(false);
    }
  }
  read.feed(decoder.decode());
  return read.end(true);
}

/** One reading of a JSON text: the scanner, and the filter that finds the records inside a top-level object. */
class JsonRead {
  private scanner: JsonScanner | undefined;
  private filter: RecordsFilter | undefined;
  private head = '';
  private kept: string[] = [];
  private geo = false;
  /** --records names a list, but the top level is not an object that could hold it. */
  private misplaced = false;
  private readonly lines: boolean;
  private readonly proxy: JsonSink;

  constructor(
    private readonly sink: JsonSink,
    private readonly options: JsonReadOptions,
  ) {
    this.lines = options.lines === true;
    this.proxy = {
      start: (shape) => (this.filter?.found !== undefined ? sink.start(shape, this.filter.found) : sink.start(shape)),
      ...(sink.issues !== undefined ? { issues: (i: number, line: number, x: RecordTextIssues) => sink.issues?.(i, line, x) } : {}),
      record: (v, i, line) => sink.record(this.geo ? featureToRecord(v) : v, i, line),
      syntax: (line, column, reason, found) => sink.syntax(line, column, reason, found),
      notRecords: (found) => sink.notRecords(found),
      recordsAmbiguous: (lists, checked) => sink.recordsAmbiguous(lists, checked),
      keyTwiceOutside: (pointer, records) => sink.keyTwiceOutside?.(pointer, records),
    };
  }

  /** Reading stops: the file is not valid JSON, a record is too large, or --records cannot be there. */
  get stopped(): boolean {
    return this.misplaced || this.scanner?.stopped === true;
  }

  feed(text: string): void {
    if (this.misplaced) return;
    if (this.scanner === undefined) {
      this.head += text;
      const first = this.head.replace(/^[\s\uFEFF]+/, '')[0];
      if (first === undefined) return;
      if ((first !== '{' || this.lines) && (this.options.records?.length ?? 0) > 0) return void (this.misplaced = true);
      this.scanner = new JsonScanner(this.proxy, this.lines);
      if (first === '{' && !this.lines) this.filter = new RecordsFilter(this.options.records, this.options.named);
      text = this.head;
    }
    const filter = this.filter;
    if (filter === undefined) return this.scanner.feed(text);
    if (filter.found === undefined) this.kept.push(text);
    const passed = filter.feed(text);
    if (filter.found !== undefined) {
      this.geo = filter.found.length === 1 && filter.found[0] === 'features';
      this.kept = [];
    } else if (filter.closedEmpty && this.options.records === undefined) {
      // No records list: the object is a record, and whatever follows is read as JSON Lines.
      return this.again();
    }
    // Outside the records list the filtered text is blank: the scanner only counts its lines.
    this.scanner.feed(passed);
  }

  /** The text kept read again without the filter: the object is a record (or broken where it stands). */
  private again(): void {
    this.filter = undefined;
    this.scanner = new JsonScanner(this.proxy, this.lines);
    this.scanner.feed(this.kept.join(''));
    this.kept = [];
  }

  /** The end of the text (`whole`: all of it was read): what is left to report, and the shape. */
  end(whole: boolean): JsonShape | undefined {
    const records = this.options.records;
    if (this.misplaced && records !== undefined) {
      this.sink.notRecords(noListAt(pointerText(records)));
      return this.lines ? 'lines' : 'array';
    }
    if (this.scanner === undefined) return undefined;
    if (!whole) return this.shape();
    if (this.filter !== undefined && this.filter.found === undefined) {
      if (records !== undefined) {
        this.sink.notRecords(noListAt(pointerText(records)));
        return 'wrapped';
      }
      // The object never closed: read what there is, so the syntax error is reported where it is.
      this.again();
    }
    const scanner = this.scanner as JsonScanner;
    scanner.end();
    if (this.filter !== undefined && !scanner.stopped) {
      checkOutside(this.filter, scanner, this.proxy);
      const { found, others } = this.filter;
      if (found !== undefined && others.length > 0) this.sink.recordsAmbiguous([pointerText(found), ...others], pointerText(found));
    }
    return this.shape();
  }

  private shape(): JsonShape | undefined {
    if (this.filter === undefined) return this.scanner?.shape;
    return this.geo ? 'geojson' : 'wrapped';
  }
}

/**
 * After the records of a wrapper object: the object must have closed, and what lies outside the
 * records list must be JSON too ({"count": 2,} is not), with the place of the first error.
 */
function checkOutside(filter: RecordsFilter, scanner: JsonScanner, sink: JsonSink): void {
  // Where the file ends: just after its last character (column 1 of a line a line break began).
  const end = scanner.position;
  if (!filter.closed) return sink.syntax(end.line, end.column + 1, 'truncated-object', '');
  if (filter.twice && filter.found !== undefined) sink.keyTwiceOutside?.(pointerText(filter.found), true);
  const text = filter.outsideText()?.replace(/^\uFEFF/, ' ');
  const closedAt = scanner.closedAt;
  if (text === undefined || closedAt === undefined) return;
  const at = findJsonError(text);
  if (at === undefined) {
    const records = pointerText(filter.found ?? []);
    for (const path of inspectRecordText(text).duplicateKeys) if (pointerText(path) !== records) sink.keyTwiceOutside?.(pointerText(path), false);
    return;
  }
  const suffix = at.offset >= filter.arrayAt + 2;
  const from = suffix ? closedAt : { line: 1, column: 0 };
  const { line, column } = advance(from, text.slice(suffix ? filter.arrayAt + 2 : 0, at.offset + 1));
  sink.syntax(line, column, at.reason, at.found);
}

/** A position moved over a text: the line and column of its last character. */
function advance(from: { line: number; column: number }, text: string): { line: number; column: number } {
  let { line, column } = from;
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) === 0x0a) {
      line++;
      column = 0;
    } else column++;
  }
  return { line, column };
}

/** json-not-records' `found` when --records names no list: in the words of both languages. */
function noListAt(pointer: string): Localized {
  return { sv: say(NO_LIST_AT, 'sv', { pointer }), en: say(NO_LIST_AT, 'en', { pointer }) };
}
