/** Compares two specs attribute by attribute: added, removed, renamed, retyped, mandatory changed. */
import type { Attribute, Spec } from '../registry/index.js';

export type ChangeKind = 'added' | 'removed' | 'renamed' | 'retyped' | 'made-mandatory' | 'made-optional';

export interface SpecChange {
  readonly kind: ChangeKind;
  /** The attribute in the first spec (absent for added). */
  readonly from?: string;
  /** The attribute in the second spec (absent for removed). */
  readonly to?: string;
  /** For retyped: the types on each side. */
  readonly fromType?: string;
  readonly toType?: string;
}

/** The JSON type and format: what a value is checked as. */
function jsonTypeOf(a: Attribute): string {
  return (a.types.join('|') || 'any') + (a.format !== undefined ? `/${a.format}` : '');
}

function typeText(a: Attribute): string {
  return `${a.datatype} (${jsonTypeOf(a)})`;
}

function words(a: Attribute): Set<string> {
  return new Set(`${a.description.en} ${a.description.sv}`.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 2));
}

/** How alike two descriptions are: shared words over all words. */
function likeness(a: Attribute, b: Attribute): number {
  const wa = words(a);
  const wb = words(b);
  if (wa.size === 0 || wb.size === 0) return 0;
  let shared = 0;
  for (const w of wa) if (wb.has(w)) shared++;
  return shared / (wa.size + wb.size - shared);
}

/**
 * A removed and an added attribute are one renamed attribute when they stand at the same position
 * and their descriptions share a fair part of their words, or when their descriptions match well.
 */
function pairRenames(removed: Attribute[], added: Attribute[], a: Spec, b: Spec): [Attribute, Attribute][] {
  const pairs: [Attribute, Attribute][] = [];
  const taken = new Set<Attribute>();
  for (const r of removed) {
    const pos = a.columns.indexOf(r.name);
    let best: { attr: Attribute; score: number } | undefined;
    for (const x of added) {
      if (taken.has(x)) continue;
      const samePlace = b.columns.indexOf(x.name) === pos;
      const like = likeness(r, x);
      const score = like + (samePlace ? 0.5 : 0);
      if ((samePlace && like >= 0.25) || like >= 0.6) {
        if (best === undefined || score > best.score) best = { attr: x, score };
      }
    }
    if (best !== undefined) {
      taken.add(best.attr);
      pairs.push([r, best.attr]);
    }
  }
  return pairs;
}

/** Every difference between spec a and spec b, in b's column order (removals in a's). */
export function diffSpecs(a: Spec, b: Spec): SpecChange[] {
  const inA = new Map(a.attributes.map((x) => [x.name, x]));
  const inB = new Map(b.attributes.map((x) => [x.name, x]));
  const removed = a.attributes.filter((x) => !inB.has(x.name));
  const added = b.attributes.filter((x) => !inA.has(x.name));
  const renames = pairRenames(removed, added, a, b);
  const renamedFrom = new Set(renames.map(([r]) => r));
  const renamedTo = new Map(renames.map(([r, x]) => [x, r]));
  const changes: SpecChange[] = [];
  const compare = (x: Attribute, y: Attribute, name: { from: string; to: string }): void => {
    // The datatype word alone (int, heltal) is not a change of type; what a value is checked as is.
    if (jsonTypeOf(x) !== jsonTypeOf(y)) changes.push({ kind: 'retyped', ...name, fromType: typeText(x), toType: typeText(y) });
    if (x.required !== y.required) changes.push({ kind: y.required ? 'made-mandatory' : 'made-optional', ...name });
  };
  for (const y of b.attributes) {
    const x = inA.get(y.name) ?? renamedTo.get(y);
    if (x === undefined) {
      changes.push({ kind: 'added', to: y.name });
      continue;
    }
    if (x.name !== y.name) changes.push({ kind: 'renamed', from: x.name, to: y.name });
    compare(x, y, { from: x.name, to: y.name });
  }
  for (const x of removed) if (!renamedFrom.has(x)) changes.push({ kind: 'removed', from: x.name });
  return changes;
}
