/**
 * A chunk's findings, as a worker thread sends them, and their merge into the file's collector
 * on the calling thread, in row order, as if each had been added there one by one.
 */
import type { Diagnostic, FileStats, FindingGroup } from '../report/index.js';
import { EXAMPLES_PER_GROUP } from '../report/index.js';
import type { Collector } from '../engine/index.js';

/** What a Collector holds, as a worker thread sends it for one stretch (chunk) of a file. */
export interface CollectorPart {
  readonly stats: FileStats;
  /** The first findings, up to the collector's maximum. */
  readonly diagnostics: readonly Diagnostic[];
  readonly partial: boolean;
  /** The groups in the order they were first met. */
  readonly groups: readonly FindingGroup[];
}

/** What a chunk's collector holds, to be merged by mergePart(). */
export function partOf(c: Collector): CollectorPart {
  return { stats: { ...c.stats }, diagnostics: c.diagnostics, partial: c.partial, groups: c.groupsInOrder() };
}

/**
 * Takes in the part collected for the next stretch of the same file as if its findings had been
 * added to `c` one by one, with positions moved by `shift`. Exact, except that past the
 * collector's most groups the ones kept may differ.
 */
export function mergePart(c: Collector, part: CollectorPart, shift: (d: Diagnostic) => Diagnostic): void {
  const s = c.stats;
  s.rows += part.stats.rows;
  s.rowsWithErrors += part.stats.rowsWithErrors;
  s.errors += part.stats.errors;
  s.warnings += part.stats.warnings;
  s.infos += part.stats.infos;
  for (const pg of part.groups) {
    const g = c.groupOf(pg);
    if (g === undefined) continue;
    g.count += pg.count;
    for (const e of pg.examples) if (g.examples.length < EXAMPLES_PER_GROUP) g.examples.push(shift(e));
  }
  for (const d of part.diagnostics) c.listCounted(shift(d));
  if (part.partial) c.partial = true;
  c.forgetRow();
}
