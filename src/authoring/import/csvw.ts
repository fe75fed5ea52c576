/**
 * Reads the official machine-readable form of a dataverkstad spec: schema.json, a CSVW-style
 * table schema (https://www.w3.org/TR/tabular-metadata/) with one entry per column.
 */
import { DatakollError } from '../../errors.js';
import { SPEC_PROBLEMS, sayBoth } from '../../report/index.js';
import type { ImportedColumn, ImportedTable } from './model.js';
import { wholeValue } from './datatypes.js';

type Raw = Record<string, unknown>;

const BASES: Record<string, Record<string, unknown>> = {
  string: { type: 'string' },
  normalizedstring: { type: 'string' },
  token: { type: 'string' },
  integer: { type: 'integer' },
  int: { type: 'integer' },
  long: { type: 'integer' },
  short: { type: 'integer' },
  nonnegativeinteger: { type: 'integer', minimum: 0 },
  positiveinteger: { type: 'integer', minimum: 1 },
  decimal: { type: 'number' },
  double: { type: 'number' },
  float: { type: 'number' },
  number: { type: 'number' },
  boolean: { type: 'boolean' },
  date: { type: 'string', format: 'date' },
  datetime: { type: 'string', format: 'date-time' },
  datetimestamp: { type: 'string', format: 'date-time' },
  time: { type: 'string', format: 'time' },
  anyuri: { type: 'string', format: 'uri' },
};

const DATATYPE_WORDS: Record<string, string> = { integer: 'heltal', decimal: 'decimaltal', double: 'decimaltal', number: 'decimaltal', boolean: 'boolean', date: 'datum', datetime: 'dateTime', time: 'time', anyuri: 'URL' };

/** The properties a CSVW column description may have (besides prefixed ones such as dc:description and @type). */
const COLUMN_KEYS = new Set(['name', 'titles', 'datatype', 'required', 'null', 'default', 'lang', 'ordered', 'separator', 'propertyUrl', 'valueUrl', 'aboutUrl', 'virtual', 'suppressOutput', 'textDirection']);

/** A list of column descriptions standing alone: objects with a name and only the properties of a CSVW column (a file of data records is not one). */
function isColumnList(doc: readonly unknown[]): boolean {
  return doc.length > 0 && doc.every((c) => typeof c === 'object' && c !== null && !Array.isArray(c) && 'name' in c && Object.keys(c).every((k) => COLUMN_KEYS.has(k) || k.includes(':') || k.startsWith('@')));
}

/** The column entries of a CSVW document, wherever they sit. */
export function csvwColumns(doc: unknown): Raw[] | undefined {
  if (Array.isArray(doc)) return isColumnList(doc) ? (doc as Raw[]) : undefined;
  if (typeof doc !== 'object' || doc === null) return undefined;
  const d = doc as Raw;
  const table = (d.tableSchema ?? d) as Raw;
  return Array.isArray(table.columns) ? (table.columns as Raw[]) : undefined;
}

function text(v: unknown): string {
  if (typeof v === 'string') return v;
  if (Array.isArray(v)) return v.map(text).join(' / ');
  if (typeof v === 'object' && v !== null) {
    const o = v as Raw;
    return text(o.sv ?? o['@value'] ?? o.en ?? Object.values(o)[0] ?? '');
  }
  return '';
}

/** A format is an enumeration when it is words joined by |, with no other regular-expression syntax. */
function enumeration(format: string): string[] | undefined {
  return /^[^\\^$.*+?()[\]{}|]+(\|[^\\^$.*+?()[\]{}|]+)+$/.test(format) ? format.split('|') : undefined;
}

function column(c: Raw, index: number, file: string): ImportedColumn {
  const name = typeof c.name === 'string' ? c.name : undefined;
  if (name === undefined || name === '') throw new DatakollError('usage', 'import-failed', { file, problem: sayBoth(SPEC_PROBLEMS['import-no-name'], { part: SPEC_PROBLEMS.column, index: index + 1 }) });
  const dt = c.datatype;
  const base = (typeof dt === 'string' ? dt : typeof dt === 'object' && dt !== null ? String((dt as Raw).base ?? 'string') : 'string').toLowerCase();
  const baseSchema = BASES[base];
  if (baseSchema === undefined) throw new DatakollError('usage', 'import-failed', { file, problem: sayBoth(SPEC_PROBLEMS['import-unknown-datatype'], { part: SPEC_PROBLEMS.column, index: index + 1, name, datatype: base, known: Object.keys(BASES).join(', ') }) });
  const schema: Record<string, unknown> = { ...baseSchema };
  const format = typeof dt === 'object' && dt !== null ? (dt as Raw).format : undefined;
  if (typeof format === 'string' && format !== '' && schema.type === 'string' && schema.format === undefined) {
    const values = enumeration(format);
    if (values !== undefined) schema.enum = values;
    else {
      try {
        new RegExp(format, 'u');
      } catch {
        throw new DatakollError('usage', 'import-failed', { file, problem: sayBoth(SPEC_PROBLEMS['import-bad-format'], { index: index + 1, name, format }) });
      }
      schema.pattern = wholeValue(format);
    }
  }
  return { name, datatype: DATATYPE_WORDS[base] ?? 'text', schema, required: c.required === true, description: text(c['dc:description'] ?? c.description), title: text(c.titles) };
}

/** Reads the columns of a CSVW table schema. */
export function importCsvw(doc: unknown, file: string): ImportedTable {
  const cols = csvwColumns(doc);
  if (cols === undefined) throw new DatakollError('usage', 'import-failed', { file, problem: SPEC_PROBLEMS['import-no-columns'] });
  const d = (typeof doc === 'object' && doc !== null && !Array.isArray(doc) ? doc : {}) as Raw;
  const table = (d.tableSchema ?? d) as Raw;
  const pk = table.primaryKey;
  return {
    columns: cols.filter((c) => c.virtual !== true).map((c, i) => column(c, i, file)),
    ...(typeof pk === 'string' ? { uniqueKey: [pk] } : Array.isArray(pk) ? { uniqueKey: pk as string[] } : {}),
    ...(typeof d['dc:title'] === 'string' ? { title: d['dc:title'] } : {}),
  };
}
