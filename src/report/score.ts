/** The conformance score: one comparable verdict per file and per run, computed from the counts alone. */
import type { Scope } from './codes.js';
import { CODES } from './codes.js';
import type { FileStats, FindingGroup } from './report.js';

/** The file's shape: pass (no file or header finding), warn (warnings only), fail (an error). */
export type StructureVerdict = 'pass' | 'warn' | 'fail';

/** A letter from A (conforms, no warnings) to F (unreadable, or most rows wrong); see docs/report-format.md. */
export type ScoreLevel = 'A' | 'B' | 'C' | 'D' | 'F';

export interface Score {
  /** Share of rows without errors, 0 to 1, rounded to four decimals; 1 when there are no rows and nothing failed. */
  readonly rowsOkShare: number;
  readonly structure: StructureVerdict;
  readonly level: ScoreLevel;
}

/** What the score is computed from: a file report's counts and groups. */
export interface ScoreInput {
  readonly stats: FileStats;
  /** Complete counts per (field, code); the diagnostics list may be cut, the groups are not. */
  readonly groups: readonly FindingGroup[];
  readonly unreadable: boolean;
}

/** Share of rows without errors at or above which a file with errors still gets a C. */
export const LEVEL_C_MIN_SHARE = 0.9;
/** Below this share of rows without errors a file gets an F. */
export const LEVEL_F_BELOW_SHARE = 0.5;

const STRUCTURE_SCOPES: ReadonlySet<Scope> = new Set<Scope>(['file', 'header']);
const RANK: Record<StructureVerdict, number> = { pass: 0, warn: 1, fail: 2 };
const LEVELS: readonly ScoreLevel[] = ['A', 'B', 'C', 'D', 'F'];

function round4(n: number): number {
  return Math.round(n * 10_000) / 10_000;
}

function structureOf(input: ScoreInput): StructureVerdict {
  if (input.unreadable) return 'fail';
  let verdict: StructureVerdict = 'pass';
  for (const g of input.groups) {
    if (!STRUCTURE_SCOPES.has(CODES[g.code].scope)) continue;
    if (g.severity === 'error') return 'fail';
    if (g.severity === 'warning') verdict = 'warn';
  }
  return verdict;
}

/**
 * The level, from the best down:
 * A no errors and no warnings; B no errors; C errors, but the structure does not fail and at least
 * 90% of rows are free of errors; D the structure fails or fewer than 90% of rows are free of
 * errors; F unreadable, no rows and not valid, or fewer than half the rows free of errors.
 */
function levelOf(stats: FileStats, structure: StructureVerdict, share: number, unreadable: boolean): ScoreLevel {
  if (unreadable || (stats.rows === 0 && stats.errors > 0) || share < LEVEL_F_BELOW_SHARE) return 'F';
  if (stats.errors === 0) return stats.warnings === 0 ? 'A' : 'B';
  return structure === 'fail' || share < LEVEL_C_MIN_SHARE ? 'D' : 'C';
}

/** The score of one file. */
export function scoreFile(input: ScoreInput): Score {
  const { stats } = input;
  const share = input.unreadable ? 0 : stats.rows === 0 ? (stats.errors === 0 ? 1 : 0) : (stats.rows - stats.rowsWithErrors) / stats.rows;
  const structure = structureOf(input);
  return { rowsOkShare: round4(share), structure, level: levelOf(stats, structure, share, input.unreadable) };
}

/**
 * The score of a run: the share over all rows of all files, the worst structure and the worst
 * level of any file (a run is as good as its worst file). An empty run scores A.
 */
export function scoreRun(files: readonly { readonly stats: FileStats; readonly score: Score }[]): Score {
  let rows = 0;
  let ok = 0;
  let structure: StructureVerdict = 'pass';
  let level: ScoreLevel = 'A';
  for (const f of files) {
    rows += f.stats.rows;
    ok += f.stats.rows - f.stats.rowsWithErrors;
    if (RANK[f.score.structure] > RANK[structure]) structure = f.score.structure;
    if (LEVELS.indexOf(f.score.level) > LEVELS.indexOf(level)) level = f.score.level;
  }
  const share = rows === 0 ? (level === 'F' ? 0 : 1) : ok / rows;
  return { rowsOkShare: round4(share), structure, level };
}

/** The share as a whole percentage for people, rounded down so 99.96% never shows as 100%. */
export function percent(share: number): number {
  // The epsilon keeps 0.29 * 100 = 28.999… at 29.
  return Math.floor(share * 100 + 1e-9);
}
