/**
 * `--spec <file>` naming a plain JSON Schema (an object schema with properties, as ajv-cli users
 * give it): read as a spec on the fly by `specs import`'s JSON Schema importer (loaded only when
 * one is named), with a note saying how. The CLI resolves it before calling the library, which
 * then gets a registry that knows it (api may not import authoring).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import { buildSpec, looksLikePath, looksLikeUrl } from '../registry/index.js';
import type { Registry, Spec } from '../registry/index.js';
import { MAX_SPEC_BYTES } from '../registry/limits.js';
import type { Templates } from '../report/index.js';
import { PLAIN_SCHEMA_WORDS, sayBoth } from '../report/index.js';

/** The JSON text of a file --spec names, when it may be a plain JSON Schema (a .json file no larger than a spec may be). */
function candidate(ref: string): { text: string; bytes: Buffer; doc: unknown } | undefined {
  if (!looksLikePath(ref) || looksLikeUrl(ref) || extname(ref).toLowerCase() !== '.json' || !existsSync(ref)) return undefined;
  if (!statSync(ref).isFile() || statSync(ref).size > MAX_SPEC_BYTES) return undefined;
  const bytes = readFileSync(ref);
  const text = bytes.toString('utf8');
  try {
    return { text, bytes, doc: JSON.parse(text.replace(/^\uFEFF/, '')) };
  } catch {
    // Not JSON: the registry says what is wrong with it.
    return undefined;
  }
}

/** Whether a document is a plain JSON Schema: an object schema with properties, not a datakoll spec, Table Schema or CSVW. */
function isPlain(doc: unknown): boolean {
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) return false;
  const d = doc as Record<string, unknown>;
  return !('x-id' in d) && !('fields' in d) && !('tableSchema' in d) && typeof d.properties === 'object' && d.properties !== null && !Array.isArray(d.properties);
}

/**
 * The specs of the refs that name plain JSON Schemas, each read once by the importer; `note` is
 * told how each was read (`shown`: the ref as the user gave it).
 */
export async function plainSchemas(refs: Iterable<string>, note: (words: Templates) => void, shown: (ref: string) => string = (r) => r): Promise<Map<string, Spec>> {
  const specs = new Map<string, Spec>();
  for (const ref of new Set(refs)) {
    const c = candidate(ref);
    if (c === undefined || !isPlain(c.doc)) continue;
    const { importSpec } = await import('../authoring/import/index.js');
    const imported = importSpec(c.text, ref);
    const spec = buildSpec(imported.spec, ref, c.bytes, false);
    specs.set(ref, spec);
    note(sayBoth(PLAIN_SCHEMA_WORDS.read, { file: shown(ref), id: spec.id, columns: (imported.spec['x-columns'] as string[]).join(', ') }));
  }
  return specs;
}

/** The registry, resolving the refs of plain JSON Schemas to their specs and anything else as before. */
export function withSpecs(registry: Registry, specs: ReadonlyMap<string, Spec>): Registry {
  if (specs.size === 0) return registry;
  const wrapped = Object.create(registry) as Registry;
  wrapped.resolve = (ref: string): Spec => specs.get(ref) ?? registry.resolve(ref);
  return wrapped;
}
