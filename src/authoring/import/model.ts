/** The common form every importer produces, and how it becomes a datakoll spec object. */
import { IMPORT_WORDS, sayBoth, type SpecStatus } from '../../report/index.js';
import { IMPORTED, nestProperties } from './nest.js';

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
  /** Where the value stands in a record, when it is nested (['facility', 'address', 'postalCode']); else [name]. */
  readonly path?: readonly string[];
  readonly example?: unknown;
  /** A list written in a CSV cell as a JSON list (["A01","J02"]) rather than split on a separator. */
  readonly csvArray?: 'json';
}

/** A nested object of the record (facility, facility.address) that a table names in a row of its own. */
export interface ImportedObject {
  readonly path: readonly string[];
  /** Whether it is required in the object it stands in; undefined when the table does not say. */
  readonly required?: boolean;
  readonly description: string;
  /** How many columns of the table come before it (its place among them). */
  readonly before: number;
}

export interface ImportedTable {
  readonly columns: readonly ImportedColumn[];
  readonly objects?: readonly ImportedObject[];
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
  /** The workbook's sheet the table was read from. */
  readonly sheet?: string;
}

/** Builds the datakoll spec object (JSON Schema with x- keywords) from an imported table. */
export function toSpecObject(table: ImportedTable, meta: ImportMeta): Record<string, unknown> {
  const { properties, required } = nestProperties(table);
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
    'x-status-note': sayBoth(IMPORT_WORDS.note, { source: meta.source, sheet: meta.sheet }),
    ...(meta.officialUrl !== undefined ? { 'x-official-url': meta.officialUrl } : {}),
    'x-source': [{ id: IMPORTED, what: sayBoth(IMPORT_WORDS.source, { source: meta.source, sheet: meta.sheet }) }],
    'x-license': 'as the source states',
    'x-columns': table.columns.map((c) => (c.path ?? [c.name]).join('.')),
    ...(table.uniqueKey !== undefined && table.uniqueKey.length > 0 ? { 'x-unique-key': [...table.uniqueKey] } : {}),
    type: 'object',
    required,
    additionalProperties: false,
    properties,
  };
}
