/** Reads a Frictionless Table Schema (https://specs.frictionlessdata.io/table-schema/). */
import { DatakollError } from '../../errors.js';
import { SPEC_PROBLEMS, sayBoth } from '../../report/index.js';
import type { ImportedColumn, ImportedTable } from './model.js';
import { wholeValue } from './datatypes.js';

type Raw = Record<string, unknown>;

const TYPES: Record<string, { schema: Record<string, unknown>; datatype: string }> = {
  string: { schema: { type: 'string' }, datatype: 'text' },
  integer: { schema: { type: 'integer' }, datatype: 'heltal' },
  number: { schema: { type: 'number' }, datatype: 'decimaltal' },
  boolean: { schema: { type: 'boolean' }, datatype: 'boolean' },
  date: { schema: { type: 'string', format: 'date' }, datatype: 'datum' },
  datetime: { schema: { type: 'string', format: 'date-time' }, datatype: 'dateTime' },
  time: { schema: { type: 'string', format: 'time' }, datatype: 'time' },
  year: { schema: { type: 'integer' }, datatype: 'heltal' },
  any: { schema: {}, datatype: 'text' },
};

function field(f: Raw, index: number, file: string): ImportedColumn {
  const name = typeof f.name === 'string' ? f.name : '';
  if (name === '') throw new DatakollError('usage', 'import-failed', { file, problem: sayBoth(SPEC_PROBLEMS['import-no-name'], { part: SPEC_PROBLEMS.field, index: index + 1 }) });
  const type = typeof f.type === 'string' ? f.type : 'string';
  const t = TYPES[type];
  if (t === undefined) throw new DatakollError('usage', 'import-failed', { file, problem: sayBoth(SPEC_PROBLEMS['import-unknown-datatype'], { part: SPEC_PROBLEMS.field, index: index + 1, name, datatype: type, known: Object.keys(TYPES).join(', ') }) });
  const schema: Record<string, unknown> = { ...t.schema };
  let datatype = t.datatype;
  if (type === 'string' && f.format === 'email') {
    schema.format = 'email';
    datatype = 'e-post';
  }
  if (type === 'string' && f.format === 'uri') {
    schema.format = 'uri';
    datatype = 'URL';
  }
  // A datakoll format carried through a Table Schema that datakoll exported (table-schema.ts).
  if (type === 'string' && typeof f['datakoll:format'] === 'string') schema.format = f['datakoll:format'];
  const c = (f.constraints ?? {}) as Raw;
  for (const k of ['pattern', 'enum', 'minimum', 'maximum', 'minLength', 'maxLength'] as const) if (c[k] !== undefined) schema[k] = c[k];
  if (typeof schema.pattern === 'string') schema.pattern = wholeValue(schema.pattern);
  return { name, datatype, schema, required: c.required === true, description: typeof f.description === 'string' ? f.description : '', ...(typeof f.title === 'string' ? { title: f.title } : {}) };
}

export function isTableSchema(doc: unknown): boolean {
  return typeof doc === 'object' && doc !== null && Array.isArray((doc as Raw).fields);
}

/** Reads the fields of a Table Schema. */
export function importTableSchema(doc: unknown, file: string): ImportedTable {
  const d = doc as Raw;
  const pk = d.primaryKey;
  return {
    columns: (d.fields as Raw[]).map((f, i) => field(f, i, file)),
    ...(typeof pk === 'string' ? { uniqueKey: [pk] } : Array.isArray(pk) ? { uniqueKey: pk as string[] } : {}),
    ...(typeof d.title === 'string' ? { title: d.title } : {}),
  };
}
