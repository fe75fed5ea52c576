/** Collects diagnostics for one file: counts every finding, keeps a bounded list and per-group examples. */
import type { Diagnostic, FileStats, FindingGroup, Severity } from '../report/index.js';
import { CODES, EXAMPLES_PER_GROUP } from '../report/index.js';

/** Groups kept at most; more distinct (field, code) pairs only add to the counts. */
const MAX_GROUPS = 2000;

/** A finding made after its row was read (a duplicate key), and whether another error was found on that row. */
export interface LateFinding {
  readonly diagnostic: Diagnostic;
  readonly rowHasError: boolean;
}

/**
 * A diagnostic whose texts are copies. A cell's text can be a slice of the whole stretch of the
 * file it was read from (V8 shares the characters), so a kept finding would keep that stretch,
 * 64 KB or more, alive for the rest of the run.
 */
function detached(d: Diagnostic): Diagnostic {
  const long = (s: string | undefined): boolean => s !== undefined && s.length >= COPY_MIN;
  let params = d.params;
  for (const k in params) {
    const v = params[k];
    if (typeof v === 'string' && long(v)) {
      if (params === d.params) params = { ...params };
      (params as Record<string, unknown>)[k] = copied(v);
    }
  }
  if (params === d.params && !long(d.value) && !long(d.field)) return d;
  return { ...d, params, ...(d.value !== undefined ? { value: copied(d.value) } : {}), ...(d.field !== undefined ? { field: copied(d.field) } : {}) };
}

/** V8 copies strings shorter than this when slicing; longer slices share their parent's characters. */
const COPY_MIN = 13;

/** The string with characters of its own (flattening a concatenation copies them); a short one is returned as it is. */
function copied(s: string): string {
  return s.length < COPY_MIN ? s : ` ${s}`.slice(1);
}

export class Collector {
  readonly stats: FileStats = { rows: 0, rowsWithErrors: 0, errors: 0, warnings: 0, infos: 0 };
  readonly diagnostics: Diagnostic[] = [];
  private readonly groups = new Map<string, FindingGroup>();
  private lastErrorRow = -1;
  /** Set when the list was cut at maxErrors. */
  partial = false;

  constructor(readonly maxErrors: number) {}

  add(found: Diagnostic): void {
    const perRow = CODES[found.code].scope === 'row' || CODES[found.code].scope === 'cell';
    this.count(found.severity, perRow ? found.row : undefined);
    const g = this.group(found);
    const keep = this.diagnostics.length < this.maxErrors || (g !== undefined && g.examples.length < EXAMPLES_PER_GROUP);
    const d = keep ? detached(found) : found;
    this.list(d);
    if (g === undefined) return;
    g.count++;
    if (g.examples.length < EXAMPLES_PER_GROUP) g.examples.push(d);
  }

  /** The groups in the order they were first met. */
  groupsInOrder(): FindingGroup[] {
    return [...this.groups.values()];
  }

  /**
   * The group of a finding's field and code, to count into (undefined past MAX_GROUPS groups);
   * used by the merge of a chunk's findings (parallel/merge.ts).
   */
  groupOf(d: Pick<Diagnostic, 'code' | 'severity' | 'field'>): FindingGroup | undefined {
    return this.group(d);
  }

  /** Lists a finding counted already (by the merge of a chunk's findings), if there is room. */
  listCounted(d: Diagnostic): void {
    this.list(d);
  }

  /** Forgets the row of the last error (a merged chunk's rows are not this collector's). */
  forgetRow(): void {
    this.lastErrorRow = -1;
  }

  /**
   * Findings of one field and code made after the rows they are about were read (duplicate keys,
   * found at the end of the file): `first` holds the ones on the lowest rows, in row order (at
   * least maxErrors of them when there are that many), `more` counts the rest. Each lands where
   * add() would have put it had it been made with its row: after the row's other findings.
   */
  addLate(first: readonly LateFinding[], more: { readonly count: number; readonly cleanRows: number }): void {
    const list = this.diagnostics;
    for (const x of first) {
      const d = detached(x.diagnostic);
      this.tally(d.severity, 1, x.rowHasError ? 0 : 1);
      const row = d.row ?? 0;
      let lo = 0;
      let hi = list.length;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (((list[mid] as Diagnostic).row ?? 0) <= row) lo = mid + 1;
        else hi = mid;
      }
      if (lo >= this.maxErrors) this.partial = true;
      else {
        list.splice(lo, 0, d);
        if (list.length > this.maxErrors) {
          list.pop();
          this.partial = true;
        }
      }
      const g = this.group(d);
      if (g === undefined) continue;
      g.count++;
      if (g.examples.length < EXAMPLES_PER_GROUP) g.examples.push(d);
    }
    const last = first[first.length - 1];
    if (more.count === 0 || last === undefined) return;
    const g = this.group(last.diagnostic);
    if (g !== undefined) g.count += more.count;
    this.tally(last.diagnostic.severity, more.count, more.cleanRows);
    this.partial = true;
  }

  /** Counts n findings of a severity; errors on `newRows` rows not counted among rows with errors yet. */
  private tally(severity: Severity, n: number, newRows: number): void {
    if (severity === 'error') {
      this.stats.errors += n;
      this.stats.rowsWithErrors += newRows;
    } else if (severity === 'warning') this.stats.warnings += n;
    else this.stats.infos += n;
  }

  private list(d: Diagnostic): void {
    if (this.diagnostics.length < this.maxErrors) this.diagnostics.push(d);
    else this.partial = true;
  }

  /** The group of a finding's field and code, made when new (undefined past MAX_GROUPS). */
  private group(d: Pick<Diagnostic, 'code' | 'severity' | 'field'>): FindingGroup | undefined {
    const key = `${d.field ?? ''}\u0000${d.code}`;
    let g = this.groups.get(key);
    if (g === undefined) {
      if (this.groups.size >= MAX_GROUPS) return undefined;
      g = { code: d.code, severity: d.severity, field: d.field, count: 0, examples: [] };
      this.groups.set(key, g);
    }
    return g;
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
