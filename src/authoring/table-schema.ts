/** Export to a Frictionless Table Schema (https://specs.frictionlessdata.io/table-schema/). */
import type { Attribute, Spec } from '../registry/index.js';
import type { Lang } from '../report/index.js';
import { DOCS_WORDS, say, ui } from '../report/index.js';

interface Field {
  name: string;
  title?: string;
  description?: string;
  type: string;
  format?: string;
  /** A datakoll format Table Schema has no name for (organisationsnummer, postnummer, …); see FORMAT_PROPERTY. */
  'datakoll:format'?: string;
  constraints?: Record<string, unknown>;
}

/**
 * The field property that carries a datakoll format through a Table Schema (descriptors may hold
 * properties of their own); a Table Schema validator ignores it and checks the plain type.
 */
export const FORMAT_PROPERTY = 'datakoll:format';

const FORMAT_TYPES: Record<string, { type: string; format?: string }> = {
  date: { type: 'date' },
  // Table Schema's default datetime format is UTC ending in Z only; RFC 3339 (JSON Schema's
  // date-time) allows any offset, such as +01:00. A pattern with %z takes both (not fractions of a second).
  'date-time': { type: 'datetime', format: '%Y-%m-%dT%H:%M:%S%z' },
  time: { type: 'time' },
  uri: { type: 'string', format: 'uri' },
  email: { type: 'string', format: 'email' },
};

/** datakoll formats Table Schema writes as its uri or plain string, keeping the exact one beside it. */
const NEAREST: Record<string, { type: string; format?: string }> = { url: { type: 'string', format: 'uri' } };

function field(a: Attribute, lang: Lang): Field {
  const s = a.schema;
  const base = a.types.find((t) => t !== 'null') ?? 'string';
  const own = a.format !== undefined && FORMAT_TYPES[a.format] === undefined ? a.format : undefined;
  const typed = a.format !== undefined && FORMAT_TYPES[a.format] !== undefined ? FORMAT_TYPES[a.format] : own !== undefined ? { ...(NEAREST[own] ?? { type: 'string' }), [FORMAT_PROPERTY]: own } : { type: base === 'object' ? 'object' : base };
  const constraints: Record<string, unknown> = {};
  if (a.required) constraints.required = true;
  for (const k of ['pattern', 'enum', 'minimum', 'maximum', 'minLength', 'maxLength'] as const) if (s[k] !== undefined) constraints[k] = s[k];
  return {
    name: a.name,
    title: a.name,
    description: a.description[lang],
    ...typed,
    ...(Object.keys(constraints).length > 0 ? { constraints } : {}),
  } as Field;
}

/**
 * The spec as a Table Schema: one field per column, in order, with the unique key as primary key;
 * its title and descriptions in a language (English unless told).
 */
export function toTableSchema(spec: Spec, lang: Lang = 'en'): Record<string, unknown> {
  const status = lang === 'en' ? spec.status : ui(`status_${spec.status}`, lang);
  return {
    $schema: 'https://frictionlessdata.io/schemas/table-schema.json',
    name: spec.id,
    title: spec.title[lang],
    description: say(DOCS_WORDS.tableSchema, lang, { title: spec.title[lang], version: spec.version, status, url: spec.officialUrl }),
    fields: spec.attributes.map((a) => field(a, lang)),
    ...(spec.uniqueKey.length > 0 ? { primaryKey: spec.uniqueKey.length === 1 ? spec.uniqueKey[0] : [...spec.uniqueKey] } : {}),
    missingValues: [''],
  };
}
