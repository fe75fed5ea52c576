/**
 * What a spec was built from (x-source) and where each attribute marked seen was seen
 * (x-seen-in), checked: every name in x-seen-in is a source of x-source, on an attribute marked
 * seen, and no source is named twice. Also where a JSON document's records stand (x-records).
 */
import { DatakollError } from '../errors.js';
import { pointerKeys } from '../input/index.js';
import type { Bilingual, Spec, SpecSource } from './spec.js';
import { isContainer, isObject } from './attributes.js';

type Raw = Record<string, unknown>;

const NONE: Bilingual = { sv: '(inga)', en: '(none)' };

/** x-source as a list of sources (one text is one source without a name), checked against every x-seen-in of the properties. */
export function sourcesOf(s: Raw, file: string): readonly SpecSource[] {
  const raw = s['x-source'];
  if (raw === undefined) return checked([], s, file);
  if (typeof raw === 'string') return checked([{ what: { sv: raw, en: raw } }], s, file);
  const sources = (raw as Raw[]).map((r) => ({ id: r.id as string, what: r.what as Bilingual, ...(typeof r.url === 'string' ? { url: r.url } : {}) }));
  const ids = new Set<string>();
  for (const { id } of sources) {
    if (ids.has(id)) throw new DatakollError('spec', 'spec-source-twice', { file, source: id });
    ids.add(id);
  }
  return checked(sources, s, file);
}

/** The sources, once every x-seen-in at any depth names one of them on an attribute marked seen. */
function checked(sources: readonly SpecSource[], s: Raw, file: string): readonly SpecSource[] {
  const ids = sources.map((x) => x.id).filter((id): id is string => id !== undefined);
  const known = ids.length === 0 ? NONE : ids.join(', ');
  const visit = (props: unknown, prefix: string): void => {
    if (!isObject(props)) return;
    for (const [name, p] of Object.entries(props)) {
      if (!isObject(p)) continue;
      const attribute = prefix === '' ? name : `${prefix}.${name}`;
      const seenIn = p['x-seen-in'];
      if (Array.isArray(seenIn)) {
        if (p['x-provenance'] !== 'seen') throw new DatakollError('spec', 'spec-seen-in-not-seen', { file, attribute, provenance: String(p['x-provenance'] ?? '') });
        const unknown = (seenIn as string[]).find((id) => !ids.includes(id));
        if (unknown !== undefined) throw new DatakollError('spec', 'spec-seen-in-unknown', { file, attribute, source: unknown, known });
      }
      if (isContainer(p)) visit(p.properties, attribute);
    }
  };
  visit(s.properties, '');
  return sources;
}

/** x-records: the pointer as written and its keys. */
export function recordsOf(s: Raw): Spec['records'] {
  const pointer = s['x-records'];
  return typeof pointer === 'string' ? { pointer, keys: pointerKeys(pointer) } : undefined;
}
