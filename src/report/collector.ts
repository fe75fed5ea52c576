/** Collects diagnostics for one file: counts every finding, keeps a bounded list and per-group examples. */
import type { Severity } from './codes.js';
import { CODES } from './codes.js';
import type { Diagnostic } from './diagnostic.js';
import type { FileStats, FindingGroup } from './report.js';

/** Examples kept per (field, code) group. */
export const EXAMPLES_PER_GROUP = 3;
/** Groups kept at most; more distinct (field, code) pairs only add to the counts. */
const MAX_GROUPS = 2000;

export class Collector {
  readonly stats: FileStats = { rows: 0, rowsWithErrors: 0, errors: 0, warnings: 0, infos: 0 };
  readonly diagnostics: Diagnostic[] = [];
  private readonly groups = new Map<string, FindingGroup>();
  private lastErrorRow = -1;
  /** Set when the list was cut at maxErrors. */
  partial = false;

  constructor(private readonly maxErrors: number) {}

  add(d: Diagnostic): void {
    const perRow = CODES[d.code].scope === 'row' || CODES[d.code].scope === 'cell';
    this.count(d.severity, perRow ? d.row : undefined);
    if (this.diagnostics.length < this.maxErrors) this.diagnostics.push(d);
    else this.partial = true;
    const key = `${d.field ?? ''}\u0000${d.code}`;
    let g = this.groups.get(key);
    if (g === undefined) {
      if (this.groups.size >= MAX_GROUPS) return;
      g = { code: d.code, severity: d.severity, field: d.field, count: 0, examples: [] };
      this.groups.set(key, g);
    }
    g.count++;
    if (g.examples.length < EXAMPLES_PER_GROUP) g.examples.push(d);
  }

  private count(severity: Severity, row: number | undefined): void {
    if (severity === 'error') {
      this.stats.errors++;
      if (row !== undefined && row !== this.lastErrorRow) {
        this.stats.rowsWithErrors++;
        this.lastErrorRow = row;
      }
    } else if (severity === 'warning') this.stats.warnings++;
    else this.stats.infos++;
  }

  /** Groups sorted: errors first, then by count, then by field and code. */
  sortedGroups(): FindingGroup[] {
    const rank: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
    return [...this.groups.values()].sort(
      (a, b) => rank[a.severity] - rank[b.severity] || b.count - a.count || (a.field ?? '').localeCompare(b.field ?? '') || a.code.localeCompare(b.code),
    );
  }
}
