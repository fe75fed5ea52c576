/** Checks a CSV header row against a spec: missing, unknown, duplicate and empty names, and column order. */
import type { Code, ParamValue } from '../report/index.js';
import type { Spec } from '../registry/index.js';

/** A header finding, before it gets its row and line. */
export interface HeaderFinding {
  readonly code: Code;
  /** 1-based column of the header cell, when the finding is about one. */
  readonly column?: number;
  readonly field: string;
  readonly params: Record<string, ParamValue>;
}

export interface HeaderAnalysis {
  /** For each header cell, the attribute it maps to, or undefined when it maps to none. */
  readonly columns: readonly (string | undefined)[];
  readonly findings: readonly HeaderFinding[];
  /** Attributes absent from the header (their per-row findings are left out: the header finding says it once). */
  readonly absent: ReadonlySet<string>;
}

/** Maps header cells to attributes by exact name and lists what is wrong with the header. */
export function analyzeHeader(cells: readonly string[], spec: Spec): HeaderAnalysis {
  const known = new Map(spec.attributes.map((a, i) => [a.name, i]));
  const findings: HeaderFinding[] = [];
  const firstColumn = new Map<string, number>();
  const columns: (string | undefined)[] = [];
  cells.forEach((name, i) => {
    const column = i + 1;
    if (name.trim() === '') {
      findings.push({ code: 'header-empty-column', column, field: '', params: {} });
      columns.push(undefined);
      return;
    }
    const first = firstColumn.get(name);
    if (first !== undefined) {
      findings.push({ code: 'header-duplicate-column', column, field: name, params: { first } });
      columns.push(undefined);
      return;
    }
    firstColumn.set(name, column);
    if (!known.has(name) && !spec.allowsExtra) {
      findings.push({ code: 'header-unknown-column', column, field: name, params: {} });
      columns.push(undefined);
      return;
    }
    columns.push(known.has(name) ? name : undefined);
  });
  const absent = new Set<string>();
  const optional: string[] = [];
  for (const a of spec.attributes) {
    if (firstColumn.has(a.name)) continue;
    absent.add(a.name);
    if (a.required) findings.push({ code: 'header-missing-column', field: a.name, params: {} });
    else optional.push(a.name);
  }
  if (optional.length > 0) findings.push({ code: 'header-missing-optional-columns', field: '', params: { columns: optional.join(', '), count: optional.length } });
  const order = orderFinding(columns, known, spec);
  if (order !== undefined) findings.push(order);
  return { columns, findings, absent };
}

/** One finding for the first column that stands before one it should follow. */
function orderFinding(columns: readonly (string | undefined)[], known: ReadonlyMap<string, number>, spec: Spec): HeaderFinding | undefined {
  let prev: { name: string; rank: number } | undefined;
  for (let i = 0; i < columns.length; i++) {
    const name = columns[i];
    if (name === undefined) continue;
    const rank = known.get(name) as number;
    if (prev !== undefined && rank < prev.rank) {
      const present = spec.columns.filter((c) => columns.includes(c));
      return { code: 'header-column-order', column: i + 1, field: name, params: { after: prev.name, expected: present.join(', ') } };
    }
    prev = { name, rank };
  }
  return undefined;
}
