/**
 * Streams JSON records: a top-level array is read one element at a time, and a sequence of
 * top-level values (JSON Lines) one value at a time. A structural scanner finds each value's
 * extent; JSON.parse reads it. Memory holds one record, not the file.
 */
import type { Readable } from 'node:stream';
import type { JsonSink } from './sink.js';
import type { RecordTextIssues } from './json-keys.js';
import { findJsonError } from './json-error.js';
import { featureToRecord, RecordsFilter } from './json-records.js';
import { inspectRecordText } from './json-keys.js';

/** How the records sit in the file: a top-level array, one per line, or inside an object. */
export type JsonShape = 'array' | 'lines' | 'wrapped' | 'geojson';

export interface JsonReadOptions {
  /** Read top-level values one per line (JSON Lines) even when the first one is an object. */
  readonly lines?: boolean;
  /** The key path to the records inside a top-level object (from --records); found by itself otherwise. */
  readonly records?: readonly string[];
}

const WS = new Set([0x20, 0x09, 0x0a, 0x0d]);

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
    syntax: (line, column, reason) => sink.syntax(line, column, reason),
    notRecords: (found) => sink.notRecords(found),
  };
  const feed = (text: string): void => {
    if (scanner === undefined) {
      head += text;
      const first = head.replace(/^[\s\uFEFF]+/, '')[0];
      if (first === undefined) return;
      scanner = new JsonScanner(proxy);
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
      scanner = new JsonScanner(proxy);
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
      sink.notRecords(`no list of records at /${options.records.join('/')}`);
      return 'wrapped';
    }
    // The object never closed: read what there is, so the syntax error is reported where it is.
    scanner = new JsonScanner(proxy);
    scanner.feed(kept.join(''));
    filter = undefined;
  }
  scanner.end();
  return shapeOf(scanner, filter, geo);
}

function shapeOf(scanner: JsonScanner, filter: RecordsFilter | undefined, geo: boolean): JsonShape | undefined {
  if (filter === undefined) return scanner.shape;
  return geo ? 'geojson' : 'wrapped';
}

type Mode = 'start' | 'array-value' | 'array-comma' | 'lines' | 'done';

class JsonScanner {
  shape: JsonShape | undefined;
  stopped = false;
  private mode: Mode = 'start';
  private line = 1;
  private column = 0;
  // The value being read: its text so far and where it started.
  private parts: string[] = [];
  private inValue = false;
  private scalar = false;
  private depth = 0;
  private inString = false;
  private escape = false;
  private startLine = 0;
  private startColumn = 0;
  private index = 0;

  constructor(private readonly sink: JsonSink) {}

  feed(text: string): void {
    let from = 0;
    for (let i = 0; i < text.length && !this.stopped; i++) {
      const c = text.charCodeAt(i);
      if (this.inValue) {
        if (this.scalar) {
          if (WS.has(c) || c === 0x2c || c === 0x5d || c === 0x7d) {
            this.parts.push(text.slice(from, i));
            this.finishValue();
            i--; // the delimiter is read again, outside the value
          } else this.column++;
          continue;
        }
        if (c === 0x0a) this.newline();
        else this.column++;
        if (this.step(c)) {
          this.parts.push(text.slice(from, i + 1));
          this.finishValue();
        }
        continue;
      }
      if (c === 0x0a) {
        this.newline();
        continue;
      }
      this.column++;
      if (WS.has(c) || (c === 0xfeff && this.mode === 'start')) continue;
      if (this.mode === 'start') {
        this.shape = c === 0x5b ? 'array' : 'lines';
        this.mode = c === 0x5b ? 'array-value' : 'lines';
        this.sink.start(this.shape);
        if (c === 0x5b) continue;
      }
      if (this.mode === 'done') {
        this.fail(`unexpected '${String.fromCharCode(c)}' after the end of the JSON document`);
      } else if (this.mode === 'array-comma') {
        if (c === 0x2c) this.mode = 'array-value';
        else if (c === 0x5d) this.mode = 'done';
        else this.fail(`expected ',' or ']' but found '${String.fromCharCode(c)}'`);
      } else if (c === 0x5d && this.mode === 'array-value') {
        if (this.index === 0) this.mode = 'done';
        else this.fail("a ',' is followed by ']' (trailing comma)");
      } else if (c === 0x2c || c === 0x5d || c === 0x7d || c === 0x3a) {
        this.fail(`unexpected '${String.fromCharCode(c)}'`);
      } else {
        this.startValue(c);
        from = i;
      }
    }
    if (this.inValue && !this.stopped) this.parts.push(text.slice(from));
  }

  end(): void {
    if (this.stopped) return;
    if (this.inValue) {
      if (this.scalar) this.finishValue();
      else return this.fail('the file ends in the middle of a value (truncated?)');
    }
    if (this.mode === 'array-value' || this.mode === 'array-comma') this.fail("the file ends before the closing ']' (truncated?)");
  }

  private startValue(c: number): void {
    this.inValue = true;
    this.startLine = this.line;
    this.startColumn = this.column;
    this.depth = 0;
    this.inString = false;
    this.escape = false;
    this.scalar = !(c === 0x7b || c === 0x5b || c === 0x22);
    if (!this.scalar) this.step(c);
  }

  /** Advances the structural state by one character of a value; true when the value just ended. */
  private step(c: number): boolean {
    if (this.inString) {
      if (this.escape) this.escape = false;
      else if (c === 0x5c) this.escape = true;
      else if (c === 0x22) {
        this.inString = false;
        return this.depth === 0;
      }
      return false;
    }
    if (c === 0x22) this.inString = true;
    else if (c === 0x7b || c === 0x5b) this.depth++;
    else if (c === 0x7d || c === 0x5d) {
      this.depth--;
      return this.depth === 0;
    }
    return false;
  }

  private finishValue(): void {
    this.inValue = false;
    const text = this.parts.join('');
    this.parts = [];
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (e) {
      const at = findJsonError(text) ?? { offset: 0, reason: (e as Error).message };
      const { line, column } = this.positionIn(text, at.offset);
      return this.fail(at.reason, line, column);
    }
    if (this.mode === 'array-value') this.mode = 'array-comma';
    if (this.shape === 'array' || isRecordLike(value) || this.index > 0) {
      if (isRecordLike(value) && this.sink.issues !== undefined) {
        const issues = inspectRecordText(text);
        if (issues.duplicateKeys.length > 0 || issues.impreciseNumbers.length > 0) this.sink.issues(this.index, this.startLine, issues);
      }
      this.sink.record(value, this.index++, this.startLine);
    } else {
      this.sink.notRecords(describe(value));
      this.stopped = true;
    }
  }


  private newline(): void {
    this.line++;
    this.column = 0;
  }

  private fail(reason: string, line = this.line, column = this.column): void {
    if (this.stopped) return;
    this.stopped = true;
    this.sink.syntax(line, column, reason);
  }

  /** Turns an offset in the current value into a line and column of the file. */
  private positionIn(text: string, pos: number): { line: number; column: number } {
    const before = text.slice(0, pos);
    const nl = before.split('\n').length - 1;
    const column = nl === 0 ? this.startColumn + pos : pos - before.lastIndexOf('\n');
    return { line: this.startLine + nl, column };
  }
}

function isRecordLike(v: unknown): boolean {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function describe(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  return typeof v === 'string' ? 'a text' : typeof v === 'number' ? 'a number' : typeof v;
}
