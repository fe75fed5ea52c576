/**
 * Streams JSON records: a top-level array is read one element at a time, and a sequence of
 * top-level values (JSON Lines) one value at a time. A structural scanner finds each value's
 * extent; JSON.parse reads it. Memory holds one record, not the file.
 */
import type { Readable } from 'node:stream';
import type { JsonSink } from './sink.js';
import type { RecordTextIssues } from './json-keys.js';
import { findJsonError } from './json-error.js';
import { featureToRecord, pointerText, RecordsFilter } from './json-records.js';
import { JsonScanner } from './json-scanner.js';
import type { JsonShape } from './json-scanner.js';

export interface JsonReadOptions {
  /**
   * JSON Lines: read top-level values one per line even when the first one is an object, and each
   * value must be whole on its line (a line that ends inside a value is broken there).
   */
  readonly lines?: boolean;
  /** The key path to the records inside a top-level object (from --records); found by itself otherwise. */
  readonly records?: readonly string[];
}

/**
 * Reads JSON from a byte stream into a sink; resolves with the shape found (undefined for an
 * empty file). A top-level object is searched for its records array (GeoJSON features, a wrapper
 * key, or the --records path); an object without one is a record itself, followed perhaps by
 * more (JSON Lines). Until the array is found, the object's text is kept to allow that.
 */
export async function readJson(source: Readable, sink: JsonSink, options: JsonReadOptions = {}): Promise<JsonShape | undefined> {
  const decoder = new TextDecoder('utf-8');
  let scanner: JsonScanner | undefined;
  let filter: RecordsFilter | undefined;
  let head = '';
  let kept: string[] = [];
  let geo = false;
  const proxy: JsonSink = {
    start: (shape) => (filter?.found !== undefined ? sink.start(shape, filter.found) : sink.start(shape)),
    ...(sink.issues !== undefined ? { issues: (i: number, line: number, x: RecordTextIssues) => sink.issues?.(i, line, x) } : {}),
    record: (v, i, line) => sink.record(geo ? featureToRecord(v) : v, i, line),
    syntax: (line, column, reason, found) => sink.syntax(line, column, reason, found),
    notRecords: (found) => sink.notRecords(found),
  };
  const feed = (text: string): void => {
    if (scanner === undefined) {
      head += text;
      const first = head.replace(/^[\s\uFEFF]+/, '')[0];
      if (first === undefined) return;
      scanner = new JsonScanner(proxy, options.lines === true);
      if (first === '{' && options.lines !== true) filter = new RecordsFilter(options.records);
      text = head;
    }
    if (filter === undefined) return scanner.feed(text);
    if (filter.found === undefined) kept.push(text);
    const passed = filter.feed(text);
    if (filter.found !== undefined) {
      geo = filter.found.length === 1 && filter.found[0] === 'features';
      kept = [];
    } else if (filter.closedEmpty && options.records === undefined) {
      // No records list: the object is a record, and whatever follows is read as JSON Lines.
      filter = undefined;
      scanner = new JsonScanner(proxy, options.lines === true);
      scanner.feed(kept.join(''));
      kept = [];
      return;
    }
    // Outside the records list the filtered text is blank: the scanner only counts its lines.
    scanner.feed(passed);
  };
  for await (const chunk of source) {
    feed(decoder.decode(chunk as Uint8Array, { stream: true }));
    if (scanner?.stopped === true) {
      source.destroy();
      return shapeOf(scanner, filter, geo);
    }
  }
  feed(decoder.decode());
  if (scanner === undefined) return undefined;
  if (filter !== undefined && filter.found === undefined) {
    if (options.records !== undefined) {
      sink.notRecords(`no list of records at ${pointerText(options.records)}`);
      return 'wrapped';
    }
    // The object never closed: read what there is, so the syntax error is reported where it is.
    scanner = new JsonScanner(proxy, options.lines === true);
    scanner.feed(kept.join(''));
    filter = undefined;
  }
  scanner.end();
  if (filter !== undefined && !scanner.stopped) checkOutside(filter, scanner, proxy);
  return shapeOf(scanner, filter, geo);
}

function shapeOf(scanner: JsonScanner, filter: RecordsFilter | undefined, geo: boolean): JsonShape | undefined {
  if (filter === undefined) return scanner.shape;
  return geo ? 'geojson' : 'wrapped';
}

/**
 * After the records of a wrapper object: the object must have closed, and what lies outside the
 * records list must be JSON too ({"count": 2,} is not), with the place of the first error.
 */
function checkOutside(filter: RecordsFilter, scanner: JsonScanner, sink: JsonSink): void {
  const end = scanner.position;
  if (!filter.closed) return sink.syntax(end.line, end.column, 'truncated-object', '');
  const text = filter.outsideText()?.replace(/^\uFEFF/, ' ');
  const closedAt = scanner.closedAt;
  if (text === undefined || closedAt === undefined) return;
  const at = findJsonError(text);
  if (at === undefined) return;
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
