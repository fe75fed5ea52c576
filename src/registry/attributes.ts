/**
 * Turns a spec's properties into its attributes: the leaves, named by dotted path
 * (facility.address.postalCode), and the nested objects (containers) that hold them.
 */
import type { Attribute, Bilingual, Container, JsonType, Provenance } from './spec.js';

type Raw = Record<string, unknown>;

export function isObject(v: unknown): v is Raw {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** A property is a container when it is an object with properties of its own. */
export function isContainer(schema: Raw): boolean {
  return schema.type === 'object' && isObject(schema.properties);
}

export function typesOf(schema: Raw): JsonType[] {
  const t = schema.type;
  if (typeof t === 'string') return [t as JsonType];
  if (Array.isArray(t)) return t as JsonType[];
  if (Array.isArray(schema.enum) && schema.enum.every((v) => typeof v === 'string')) return ['string'];
  return [];
}

/**
 * What a record in the row form (a CSV row) must have: the top level's required, and the
 * required of its else, when a spec writes a second JSON form of its records (a document, in then:
 * see specs/README.md) beside the row form (in else).
 */
export function rowRequired(s: Raw): string[] {
  const own = Array.isArray(s.required) ? (s.required as string[]) : [];
  const row = isObject(s.else) && Array.isArray(s.else.required) ? (s.else.required as string[]) : [];
  return [...own, ...row];
}

export interface Walked {
  /** Leaves by dotted name. */
  readonly leaves: Map<string, Attribute>;
  /** Containers, parents before children. */
  readonly containers: Container[];
}

/** Walks properties depth-first; a leaf is mandatory when it and every container above it are required. */
export function walkProperties(props: Record<string, Raw>, required: ReadonlySet<string>): Walked {
  const out: Walked = { leaves: new Map(), containers: [] };
  walk(props, required, [], true, out);
  return out;
}

function walk(props: Record<string, Raw>, required: ReadonlySet<string>, prefix: string[], parentRequired: boolean, out: Walked): void {
  for (const [name, schema] of Object.entries(props)) {
    const path = [...prefix, name];
    const isRequired = parentRequired && required.has(name);
    if (isContainer(schema)) {
      out.containers.push({ path, required: isRequired });
      const inner = new Set(Array.isArray(schema.required) ? (schema.required as string[]) : []);
      walk(schema.properties as Record<string, Raw>, inner, path, isRequired, out);
    } else {
      out.leaves.set(path.join('.'), buildAttribute(path, schema, isRequired));
    }
  }
}

function buildAttribute(path: string[], schema: Raw, required: boolean): Attribute {
  return {
    name: path.join('.'),
    path,
    types: typesOf(schema),
    ...(typeof schema.format === 'string' ? { format: schema.format } : {}),
    datatype: schema['x-datatype'] as string,
    provenance: schema['x-provenance'] as Provenance,
    ...(Array.isArray(schema['x-seen-in']) ? { seenIn: schema['x-seen-in'] as string[] } : {}),
    required,
    description: schema['x-description'] as Bilingual,
    ...('x-example' in schema ? { example: schema['x-example'] } : {}),
    ...(isObject(schema.items) ? { items: { types: typesOf(schema.items), ...(typeof schema.items.format === 'string' ? { format: schema.items.format } : {}) } } : {}),
    ...(typeof schema['x-csv-separator'] === 'string' ? { csvSeparator: schema['x-csv-separator'] } : {}),
    ...(schema['x-csv-array'] === 'json' ? { csvArray: 'json' as const } : {}),
    schema,
  };
}
