/**
 * Fixes a JSON, JSON Lines or GeoJSON file in its own format: only the values the fix rule
 * changes are replaced, in place; the wrapper, the record order, white space, key order and every
 * other byte stay as they were (the text is re-encoded as UTF-8 without a BOM).
 */
import type { Attribute, Spec } from '../registry/index.js';
import type { JsonShape } from '../input/index.js';
import { compileCellFixer } from './cell.js';
import type { CellVerdict } from './cell.js';
import { at, elements, lineValues, skipWs } from './json-spans.js';
import type { Span } from './json-spans.js';
import type { ChangeLog, FixKind, FixResult } from './result.js';
import type { TextOut } from './writer.js';

/** What a JSON fix is told: the decoded text (no BOM) and where its records are. */
export interface JsonFixJob {
  readonly text: string;
  readonly shape: JsonShape;
  /** The key path to the records list inside a top-level object (wrapped, geojson). */
  readonly prefix: readonly string[];
  readonly spec: Spec;
  readonly encoding: string;
  readonly bom: boolean;
  /** The file holds no list of records: every byte is written as it was. */
  readonly noRecords?: boolean;
  readonly writer: TextOut;
  readonly log: ChangeLog;
}

interface Patch extends Span {
  readonly json: string;
}

/** Writes the fixed text to the writer; returns what was done. */
export async function fixJsonText(job: JsonFixJob): Promise<FixResult> {
  const { text } = job;
  const result: FixResult = { format: job.shape === 'lines' ? 'jsonl' : 'json', encoding: job.encoding, fileChanges: [], cellChanges: [], unfixed: [], unfixedCount: 0, rows: 0, blankRows: 0 };
  if (job.encoding !== 'utf-8') result.fileChanges.push({ kind: 'encoding', detail: `${job.encoding} -> utf-8` });
  if (job.bom) result.fileChanges.push({ kind: 'bom', detail: '' });
  const records = job.noRecords === true ? [] : recordSpans(text, job.shape, job.prefix);
  const base = job.shape === 'geojson' ? ['properties'] : [];
  const fixers = job.spec.attributes.filter((a) => !a.types.includes('array') && !a.types.includes('object')).map((a) => ({ a, fix: compileCellFixer(a) }));
  const patches: Patch[] = [];
  records.forEach((r, index) => {
    result.rows++;
    if (text.charCodeAt(r.start) !== 0x7b) return;
    const mine: Patch[] = [];
    for (const { a, fix } of fixers) {
      const span = at(text, r.start, [...base, ...a.path]);
      const p = span === undefined ? undefined : patchOf(text, span, a, fix);
      if (p === undefined || span === undefined) continue;
      job.log.add(index + 1, a.name, p.kind, text.slice(span.start, span.end), p.json);
      mine.push({ ...span, json: p.json });
    }
    // Attributes come in the spec's order; the text is written in its own.
    patches.push(...mine.sort((x, y) => x.start - y.start));
  });
  let from = 0;
  for (const p of patches) {
    job.writer.write(text.slice(from, p.start));
    job.writer.write(p.json);
    from = p.end;
    const wait = job.writer.pace();
    if (wait !== undefined) await wait;
  }
  job.writer.write(text.slice(from));
  result.cellChanges.push(...job.log.list());
  return result;
}

/** Where the records are: the top-level array's elements, each line's value, or the list at the prefix. */
function recordSpans(text: string, shape: JsonShape, prefix: readonly string[]): Span[] {
  if (shape === 'lines') return lineValues(text);
  const root = skipWs(text, 0);
  const list = shape === 'array' ? { start: root, end: text.length } : at(text, root, prefix);
  return list === undefined || text.charCodeAt(list.start) !== 0x5b ? [] : elements(text, list.start);
}

/** The replacement for one value, when the fix rule changes it. */
function patchOf(text: string, span: Span, a: Attribute, fix: (raw: string) => CellVerdict): { json: string; kind: FixKind } | undefined {
  const token = text.slice(span.start, span.end);
  const value: unknown = JSON.parse(token);
  // The value as CSV would hold it: a number as written (every digit), true/false as words.
  const cell = typeof value === 'string' ? value : typeof value === 'number' ? token : typeof value === 'boolean' ? String(value) : undefined;
  if (cell === undefined) return undefined;
  const v = fix(cell);
  if (v.status === 'unfixable') return undefined;
  // An empty value would mean removing the member: not fix's to decide in JSON.
  if (v.status === 'fixed' && (v.value === undefined || v.text === '')) return undefined;
  if (v.status === 'valid' && accepts(a.types, value)) return undefined;
  const typed = v.value;
  if (typeof typed !== 'string' && typeof typed !== 'number' && typeof typed !== 'boolean') return undefined;
  if (typeof typed === 'number' && !Number.isFinite(typed)) return undefined;
  const json = typeof typed === 'string' ? JSON.stringify(typed) : String(typed);
  if (json === token) return undefined;
  const kind: FixKind = v.status === 'fixed' ? v.kind : typeof value === 'string' ? 'json-text-to-value' : 'json-value-to-text';
  return { json, kind };
}

/** Whether a JSON value is of a type the attribute allows. */
function accepts(types: readonly string[], v: unknown): boolean {
  if (typeof v === 'string') return types.includes('string');
  if (typeof v === 'boolean') return types.includes('boolean');
  if (typeof v === 'number') return types.includes('number') || (types.includes('integer') && Number.isInteger(v));
  return true;
}
