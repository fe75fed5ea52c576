/** Reads a plain JSON Schema for one record (not yet a datakoll spec) into an imported table. */
import { DatakollError } from '../../errors.js';
import { SPEC_PROBLEMS, sayBoth } from '../../report/index.js';
import type { ImportedColumn, ImportedTable } from './model.js';

type Raw = Record<string, unknown>;

function datatypeOf(s: Raw): string {
  const t = Array.isArray(s.type) ? s.type.find((x) => x !== 'null') : s.type;
  if (s.format === 'date') return 'datum';
  if (s.format === 'date-time') return 'dateTime';
  if (s.format === 'uri') return 'URL';
  if (s.format === 'email') return 'e-post';
  if (t === 'integer') return 'heltal';
  if (t === 'number') return 'decimaltal';
  if (t === 'boolean') return 'boolean';
  return 'text';
}

export function isJsonSchema(doc: unknown): boolean {
  return typeof doc === 'object' && doc !== null && typeof (doc as Raw).properties === 'object';
}

/** Reads the properties of a record schema. Nested objects are kept as one attribute each. */
export function importJsonSchema(doc: unknown, file: string): ImportedTable {
  const d = doc as Raw;
  const props = d.properties as Record<string, Raw>;
  const required = new Set(Array.isArray(d.required) ? (d.required as string[]) : []);
  const columns: ImportedColumn[] = Object.entries(props).map(([name, s]) => {
    if (typeof s !== 'object' || s === null) throw new DatakollError('usage', 'import-failed', { file, problem: sayBoth(SPEC_PROBLEMS['import-not-a-schema'], { name }) });
    const { description, title, ...schema } = s;
    return { name, datatype: datatypeOf(s), schema, required: required.has(name), description: typeof description === 'string' ? description : '', ...(typeof title === 'string' ? { title } : {}) };
  });
  return { columns, ...(typeof d.title === 'string' ? { title: d.title } : {}) };
}
