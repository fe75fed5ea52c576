/** Export to a Frictionless Table Schema (https://specs.frictionlessdata.io/table-schema/). */
import type { Attribute, Spec } from '../registry/index.js';

interface Field {
  name: string;
  title?: string;
  description?: string;
  type: string;
  format?: string;
  constraints?: Record<string, unknown>;
}

const FORMAT_TYPES: Record<string, { type: string; format?: string }> = {
  date: { type: 'date' },
  'date-time': { type: 'datetime' },
  time: { type: 'time' },
  uri: { type: 'string', format: 'uri' },
  email: { type: 'string', format: 'email' },
};

function field(a: Attribute): Field {
  const s = a.schema;
  const base = a.types.find((t) => t !== 'null') ?? 'string';
  const typed = a.format !== undefined && FORMAT_TYPES[a.format] !== undefined ? FORMAT_TYPES[a.format] : { type: base === 'object' ? 'object' : base };
  const constraints: Record<string, unknown> = {};
  if (a.required) constraints.required = true;
  for (const k of ['pattern', 'enum', 'minimum', 'maximum', 'minLength', 'maxLength'] as const) if (s[k] !== undefined) constraints[k] = s[k];
  return {
    name: a.name,
    title: a.name,
    description: a.description.en,
    ...typed,
    ...(Object.keys(constraints).length > 0 ? { constraints } : {}),
  } as Field;
}

/** The spec as a Table Schema: one field per column, in order, with the unique key as primary key. */
export function toTableSchema(spec: Spec): Record<string, unknown> {
  return {
    $schema: 'https://frictionlessdata.io/schemas/table-schema.json',
    name: spec.id,
    title: spec.title.en,
    description: `${spec.title.en} ${spec.version} (datakoll spec, status ${spec.status}${spec.officialUrl !== undefined ? `; official: ${spec.officialUrl}` : ''})`,
    fields: spec.attributes.map(field),
    ...(spec.uniqueKey.length > 0 ? { primaryKey: spec.uniqueKey.length === 1 ? spec.uniqueKey[0] : [...spec.uniqueKey] } : {}),
    missingValues: [''],
  };
}
