/** `specs import`: turns a spec a user has obtained into datakoll's format, whatever form it came in. */
import { basename, dirname, extname } from 'node:path';
import { DatakollError } from '../../errors.js';
import { jsonProblemWords, parseCsvText } from '../../input/index.js';
import { buildSpec } from '../../registry/index.js';
import type { SpecStatus } from '../../report/index.js';
import { SPEC_PROBLEMS, sayBoth } from '../../report/index.js';
import { importCsvw, csvwColumns } from './csvw.js';
import { importTableSchema, isTableSchema } from './frictionless.js';
import { importJsonSchema, isJsonSchema } from './json-schema.js';
import { importTableRows, markdownRows } from './table.js';
import type { ImportedTable } from './model.js';
import { toSpecObject } from './model.js';
import { readWorkbookTable } from './workbook.js';

export { isWorkbookFile } from './workbook.js';

export type ImportKind = 'csvw' | 'table-schema' | 'json-schema' | 'datakoll' | 'markdown' | 'csv' | 'xlsx';

export interface ImportOptions {
  readonly id?: string;
  readonly version?: string;
  readonly title?: string;
  readonly status?: SpecStatus;
  readonly officialUrl?: string;
}

export interface ImportResult {
  readonly kind: ImportKind;
  /** The datakoll spec, checked against the meta-schema. */
  readonly spec: Record<string, unknown>;
}

/** A spec id from the file name; schema.json and model.md take their folder's name. */
export function idFromFile(file: string): string {
  let base = basename(file, extname(file));
  if (/^(schema|model|datamodell|tableschema|table-schema)$/i.test(base)) base = basename(dirname(file));
  const id = base
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return id === '' ? 'imported' : id;
}

function sniffDelimiter(text: string): string {
  const first = text.split(/\r?\n/, 1)[0] ?? '';
  const counts = [',', ';', '\t'].map((d) => [d, first.split(d).length] as const);
  return counts.reduce((a, b) => (b[1] > a[1] ? b : a))[0];
}

function readTable(text: string, file: string): { kind: ImportKind; table?: ImportedTable; spec?: Record<string, unknown> } {
  const ext = extname(file).toLowerCase();
  if (ext === '.md' || ext === '.markdown') return { kind: 'markdown', table: importTableRows(markdownRows(text), file) };
  if (ext === '.csv' || ext === '.tsv') {
    const rows = parseCsvText(text, sniffDelimiter(text)).map((cells, i) => ({ cells, line: i + 1 }));
    return { kind: 'csv', table: importTableRows(rows, file) };
  }
  let doc: unknown;
  try {
    doc = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    // A file named .json is told what is wrong with its JSON; another name also which names are read as what.
    const detail = jsonProblemWords(text) ?? SPEC_PROBLEMS['not-json'];
    throw new DatakollError('usage', 'import-failed', { file, problem: ext === '.json' ? detail : sayBoth(SPEC_PROBLEMS['import-not-json'], { detail }) });
  }
  if (typeof doc === 'object' && doc !== null && 'x-id' in doc) return { kind: 'datakoll', spec: doc as Record<string, unknown> };
  if (csvwColumns(doc) !== undefined) return { kind: 'csvw', table: importCsvw(doc, file) };
  if (isTableSchema(doc)) return { kind: 'table-schema', table: importTableSchema(doc, file) };
  if (isJsonSchema(doc)) return { kind: 'json-schema', table: importJsonSchema(doc, file) };
  throw new DatakollError('usage', 'import-failed', { file, problem: SPEC_PROBLEMS['import-unknown-form'] });
}

/** The spec of an imported table (or a datakoll spec as it is), checked like any spec: a clear error when it is not valid. */
function finish(kind: ImportKind, read: { table?: ImportedTable; spec?: Record<string, unknown> }, file: string, options: ImportOptions, sheet?: string): ImportResult {
  const spec =
    read.spec ??
    toSpecObject(read.table as ImportedTable, {
      id: options.id ?? idFromFile(file),
      version: options.version ?? '1.0',
      ...(options.title !== undefined ? { title: options.title } : {}),
      status: options.status ?? 'partial',
      ...(options.officialUrl !== undefined ? { officialUrl: options.officialUrl } : {}),
      source: basename(file),
      ...(sheet !== undefined ? { sheet } : {}),
    });
  buildSpec(spec, file, Buffer.from(JSON.stringify(spec)), false);
  return { kind, spec };
}

/** Imports the text of a spec file; the result is checked like any spec and throws a clear error when it is not valid. */
export function importSpec(text: string, file: string, options: ImportOptions = {}): ImportResult {
  const read = readTable(text, file);
  return finish(read.kind, read, file, options);
}

/**
 * Imports the specification table of a workbook (.xlsx) at `path` (`file`: as the user named it):
 * the sheet `sheet` names (a name or a number), or else the first sheet that holds a model table.
 */
export async function importWorkbookSpec(path: string, file: string, options: ImportOptions & { readonly sheet?: string } = {}): Promise<ImportResult> {
  const { table, sheet } = await readWorkbookTable(path, file, options.sheet);
  return finish('xlsx', { table }, file, options, sheet);
}
