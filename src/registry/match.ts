/** Ranks specs by how well their columns match a file's column names (for --spec auto). */
import type { Spec } from './spec.js';

export interface SpecMatch {
  readonly spec: Spec;
  /** The overall match, 0 to 1 (see rankSpecs). */
  readonly score: number;
  /** How many of the spec's mandatory columns the file has, 0 to 1. */
  readonly mandatory: number;
}

/** Below this score no spec is chosen automatically. */
export const AUTO_MIN_SCORE = 0.65;

/**
 * Every spec scored against the names, best first. Files often leave optional columns out, so the
 * score weighs most how many of the file's columns the spec knows (half), then how many of the
 * spec's mandatory columns the file has (three tenths), and least how much of the spec the file
 * covers (a fifth), which also breaks ties between specs that share their general columns.
 */
export function rankSpecs(names: readonly string[], specs: readonly Spec[]): SpecMatch[] {
  const have = new Set(names.map((n) => n.trim()).filter((n) => n !== ''));
  return specs
    .map((spec) => {
      const cols = new Set(spec.columns);
      let shared = 0;
      for (const n of have) if (cols.has(n)) shared++;
      const required = spec.attributes.filter((a) => a.required);
      const covered = required.filter((a) => have.has(a.name)).length;
      const precision = have.size === 0 ? 0 : shared / have.size;
      const mandatory = required.length === 0 ? 1 : covered / required.length;
      const recall = cols.size === 0 ? 0 : shared / cols.size;
      return { spec, score: shared === 0 ? 0 : 0.5 * precision + 0.3 * mandatory + 0.2 * recall, mandatory };
    })
    .sort((a, b) => b.score - a.score || b.mandatory - a.mandatory || a.spec.id.localeCompare(b.spec.id));
}

/** The dotted leaf names of a JSON record, as a CSV header of the same data would have them. */
export function leafNames(record: unknown, prefix = ''): string[] {
  if (typeof record !== 'object' || record === null || Array.isArray(record)) return prefix === '' ? [] : [prefix];
  const out: string[] = [];
  for (const [k, v] of Object.entries(record)) {
    const name = prefix === '' ? k : `${prefix}.${k}`;
    if (typeof v === 'object' && v !== null && !Array.isArray(v) && Object.keys(v).length > 0) out.push(...leafNames(v, name));
    else out.push(name);
  }
  return out;
}
