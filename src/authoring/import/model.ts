/** The common form every importer produces, and how it becomes a datakoll spec object. */
import { IMPORT_WORDS, sayBoth, type SpecStatus } from '../../report/index.js';

/** One column read from an imported specification. */
export interface ImportedColumn {
  readonly name: string;
  readonly datatype: string;
  /** JSON Schema keywords for the column's value (for a repeatable column: for one item). */
  readonly schema: Record<string, unknown>;
  readonly required: boolean;
  readonly many?: boolean;
  readonly description: string;
  readonly title?: string;
}

export interface ImportedTable {
  readonly columns: readonly ImportedColumn[];
  readonly uniqueKey?: readonly string[];
  readonly title?: string;
  readonly version?: string;
}

export interface ImportMeta {
  readonly id: string;
  readonly version: string;
  readonly title?: string;
  readonly status: SpecStatus;
  readonly officialUrl?: string;
  /** What the spec was imported from (the file name). */
  readonly source: string;
}

/** The name of the one source of an imported spec, which every attribute was seen in. */
const IMPORTED = 'imported';

/** Builds the datakoll spec object (JSON Schema with x- keywords) from an imported table. */
export function toSpecObject(table: ImportedTable, meta: ImportMeta): Record<string, unknown> {
  const properties: Record<string, unknown> = {};
  for (const c of table.columns) {
    const value = c.many === true ? { type: 'array', items: c.schema, ...(c.required ? { minItems: 1 } : {}), 'x-csv-separator': ' ' } : c.schema;
    const text = c.description.trim() || c.title?.trim() || c.name;
    properties[c.name] = {
      ...value,
      ...(c.title !== undefined && c.title !== '' ? { title: c.title } : {}),
      'x-datatype': c.datatype,
      'x-provenance': 'seen',
      'x-seen-in': [IMPORTED],
      'x-description': { sv: text, en: text },
    };
  }
  const title = meta.title ?? table.title ?? meta.id;
  const version = meta.version;
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: `urn:datakoll:spec:${meta.id}:${version}`,
    title,
    'x-id': meta.id,
    'x-version': version,
    'x-title': { sv: title, en: title },
    'x-status': meta.status,
    'x-status-note': sayBoth(IMPORT_WORDS.note, { source: meta.source }),
    ...(meta.officialUrl !== undefined ? { 'x-official-url': meta.officialUrl } : {}),
    'x-source': [{ id: IMPORTED, what: sayBoth(IMPORT_WORDS.source, { source: meta.source }) }],
    'x-license': 'as the source states',
    'x-columns': table.columns.map((c) => c.name),
    ...(table.uniqueKey !== undefined && table.uniqueKey.length > 0 ? { 'x-unique-key': [...table.uniqueKey] } : {}),
    type: 'object',
    required: table.columns.filter((c) => c.required).map((c) => c.name),
    additionalProperties: false,
    properties,
  };
}
