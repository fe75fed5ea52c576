/** Reads one spec file, checks it against the meta-schema and its own consistency, and builds the Spec. */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { DatakollError } from '../errors.js';
import { compileCached } from '../schema/ajv.js';
import type { ValidateFunction } from '../schema/ajv.js';
import type { Attribute, Bilingual, JsonType, Provenance, Spec } from './spec.js';
import type { SpecStatus } from '../report/index.js';

/** The folder of bundled specs (specs/ at the package root, two levels above src/registry or dist/registry). */
export const BUNDLED_SPECS_DIR = fileURLToPath(new URL('../../specs/', import.meta.url));
export const META_SCHEMA_FILE = `${BUNDLED_SPECS_DIR}meta-schema.json`;

let metaValidator: ValidateFunction | undefined;

function meta(): ValidateFunction {
  if (metaValidator === undefined) {
    const schema = JSON.parse(readFileSync(META_SCHEMA_FILE, 'utf8')) as object;
    metaValidator = compileCached('meta-schema', schema);
  }
  return metaValidator;
}

function specError(file: string, problem: string): DatakollError {
  return new DatakollError('spec', 'spec-invalid', `Spec file ${file} is not a valid datakoll spec: ${problem}`, { file, problem });
}

type Raw = Record<string, unknown>;

/** Loads and checks a spec file; throws a DatakollError naming the file and the problem. */
export function loadSpecFile(file: string, bundled: boolean): Spec {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (e) {
    throw new DatakollError('usage', 'spec-unreadable', `Spec file ${file} cannot be read: ${(e as NodeJS.ErrnoException).code ?? String(e)}`, { file });
  }
  let raw: unknown;
  try {
    raw = JSON.parse(bytes.toString('utf8').replace(/^\uFEFF/, ''));
  } catch (e) {
    throw specError(file, `not JSON (${(e as Error).message})`);
  }
  return buildSpec(raw, file, bytes, bundled);
}

/** Checks a parsed spec object and builds the Spec; `bytes` are hashed for the report. */
export function buildSpec(raw: unknown, file: string, bytes: Buffer, bundled: boolean): Spec {
  const validate = meta();
  if (!validate(raw)) {
    const problems = (validate.errors ?? []).slice(0, 5).map((e) => `${e.instancePath || '(top level)'} ${e.message ?? 'does not match the meta-schema'}`);
    throw specError(file, problems.join('; '));
  }
  const s = raw as Raw;
  const props = s.properties as Record<string, Raw>;
  const columns = s['x-columns'] as string[];
  const required = new Set((s.required as string[] | undefined) ?? []);
  const names = Object.keys(props);
  for (const c of columns) if (!(c in props)) throw specError(file, `x-columns names "${c}", which is not in properties`);
  for (const n of names) if (!columns.includes(n)) throw specError(file, `property "${n}" is missing from x-columns`);
  for (const r of required) if (!(r in props)) throw specError(file, `required names "${r}", which is not in properties`);
  const uniqueKey = (s['x-unique-key'] as string[] | undefined) ?? [];
  for (const k of uniqueKey) if (!(k in props)) throw specError(file, `x-unique-key names "${k}", which is not in properties`);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  try {
    compileCached(sha256, s);
  } catch (e) {
    throw specError(file, (e as Error).message);
  }
  const attributes = columns.map((name) => buildAttribute(name, props[name] as Raw, required.has(name)));
  return {
    id: s['x-id'] as string,
    version: s['x-version'] as string,
    title: s['x-title'] as Bilingual,
    status: s['x-status'] as SpecStatus,
    ...optional('statusNote', s['x-status-note']),
    ...optional('officialUrl', s['x-official-url']),
    ...optional('source', s['x-source']),
    license: s['x-license'] as string,
    ...optional('rank', s['x-rank']),
    ...optional('area', s['x-area']),
    columns,
    uniqueKey,
    attributes,
    allowsExtra: s.additionalProperties !== false,
    schema: s,
    file,
    sha256,
    bundled,
  };
}

function optional<K extends string>(key: K, value: unknown): Partial<Record<K, never>> {
  return (value === undefined ? {} : { [key]: value }) as Partial<Record<K, never>>;
}

function isObject(v: unknown): v is Raw {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function typesOf(schema: Raw): JsonType[] {
  const t = schema.type;
  if (typeof t === 'string') return [t as JsonType];
  if (Array.isArray(t)) return t as JsonType[];
  if (Array.isArray(schema.enum) && schema.enum.every((v) => typeof v === 'string')) return ['string'];
  return [];
}

function buildAttribute(name: string, schema: Raw, required: boolean): Attribute {
  return {
    name,
    types: typesOf(schema),
    ...(typeof schema.format === 'string' ? { format: schema.format } : {}),
    datatype: schema['x-datatype'] as string,
    provenance: schema['x-provenance'] as Provenance,
    required,
    description: schema['x-description'] as Bilingual,
    ...('x-example' in schema ? { example: schema['x-example'] } : {}),
    ...(isObject(schema.items) ? { items: { types: typesOf(schema.items), ...(typeof schema.items.format === 'string' ? { format: schema.items.format } : {}) } } : {}),
    ...(typeof schema['x-csv-separator'] === 'string' ? { csvSeparator: schema['x-csv-separator'] } : {}),
    schema,
  };
}
