/**
 * Compares two specs attribute by attribute: added, removed, renamed, retyped, mandatory changed,
 * and the rules on a value (enumeration, pattern, length, range); and the order of the columns.
 */
import type { Attribute, Spec } from '../registry/index.js';

export type ChangeKind = 'added' | 'removed' | 'renamed' | 'retyped' | 'made-mandatory' | 'made-optional' | 'enum-changed' | 'pattern-changed' | 'length-changed' | 'range-changed' | 'reordered';

export interface SpecChange {
  readonly kind: ChangeKind;
  /** The attribute in the first spec (absent for added). */
  readonly from?: string;
  /** The attribute in the second spec (absent for removed). */
  readonly to?: string;
  /** For retyped: the types on each side. */
  readonly fromType?: string;
  readonly toType?: string;
  /** For a changed rule (enumeration, pattern, length, range) and for reordered: each side's, as text. */
  readonly fromRule?: string;
  readonly toRule?: string;
}

/** The rules on a value that a diff compares, each as text ('' when the attribute has none). */
const RULES: readonly { readonly kind: ChangeKind; readonly of: (schema: Readonly<Record<string, unknown>>) => string }[] = [
  { kind: 'enum-changed', of: (s) => (Array.isArray(s.enum) ? s.enum.map((v) => String(v)).join(' | ') : '') },
  { kind: 'pattern-changed', of: (s) => (typeof s.pattern === 'string' ? s.pattern : '') },
  { kind: 'length-changed', of: (s) => bounds(s.minLength, s.maxLength) },
  { kind: 'range-changed', of: (s) => bounds(s.minimum ?? s.exclusiveMinimum, s.maximum ?? s.exclusiveMaximum) },
];

function bounds(min: unknown, max: unknown): string {
  return min === undefined && max === undefined ? '' : `${min === undefined ? '' : String(min)}..${max === undefined ? '' : String(max)}`;
}

/** The changed rules of one attribute. */
function ruleChanges(x: Attribute, y: Attribute, name: { from: string; to: string }): SpecChange[] {
  const changes: SpecChange[] = [];
  for (const rule of RULES) {
    const [fromRule, toRule] = [rule.of(x.schema), rule.of(y.schema)];
    if (fromRule !== toRule) changes.push({ kind: rule.kind, ...name, fromRule, toRule });
  }
  return changes;
}

/** The columns both specs have, in a's order and in b's, when they differ (a renamed column counts by its new name). */
function orderChange(a: Spec, b: Spec, renamedTo: ReadonlyMap<string, string>): SpecChange | undefined {
  const inB = new Set(b.columns);
  const aOrder = a.columns.map((c) => renamedTo.get(c) ?? c).filter((c) => inB.has(c));
  const inA = new Set(aOrder);
  const bOrder = b.columns.filter((c) => inA.has(c));
  return aOrder.join(',') === bOrder.join(',') ? undefined : { kind: 'reordered', fromRule: aOrder.join(', '), toRule: bOrder.join(', ') };
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
    changes.push(...ruleChanges(x, y, name));
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
  const order = orderChange(a, b, new Map(renames.map(([r, x]) => [r.name, x.name])));
  if (order !== undefined) changes.push(order);
  return changes;
}
