/** The report model: per-file results with stats and grouped findings, and the run that holds them. */
import type { Encoding, EncodingConfidence } from './encodings.js';
import type { Code, Severity } from './codes.js';
import type { Diagnostic } from './diagnostic.js';
import type { Score } from './score.js';

/** Version of the JSON report shape; bump on any incompatible change. */
export const REPORT_VERSION = 1;

export type SpecStatus = 'verified' | 'partial' | 'reconstructed';
export type InputFormat = 'csv' | 'json' | 'jsonl' | 'xlsx';

/** Which spec a file was checked against, and exactly which file held it. */
export interface SpecRef {
  readonly id: string;
  readonly version: string;
  readonly title: { readonly sv: string; readonly en: string };
  readonly status: SpecStatus;
  readonly officialUrl?: string;
  /** Path of the spec file used. */
  readonly file: string;
  /** sha256 of the spec file's bytes, hex. */
  readonly sha256: string;
  readonly bundled: boolean;
}

/** One (field, code) group: how often it occurred and a few example rows. */
export interface FindingGroup {
  readonly code: Code;
  readonly severity: Severity;
  readonly field?: string;
  count: number;
  readonly examples: Diagnostic[];
}

export interface FileStats {
  /** Data records read (CSV rows below the header, JSON records); blank CSV rows are not records (they are reported as row-blank). */
  rows: number;
  /** Records with at least one error. */
  rowsWithErrors: number;
  errors: number;
  warnings: number;
  infos: number;
}

/** How the spec was chosen when the user said --spec auto. */
export interface SpecChoice {
  readonly method: 'auto';
  /** How well the chosen spec's columns match the file's (0 to 1). */
  readonly score: number;
  /** The best matches, best first. */
  readonly candidates: readonly { readonly id: string; readonly version: string; readonly score: number }[];
}

/** How a CSV file was written: its encoding and dialect, as detected (or as named by --encoding and --delimiter). */
export interface DetectedDialect {
  readonly encoding: Encoding;
  /**
   * How sure the encoding is: certain (a BOM, or valid UTF-8), likely or uncertain (weighed from
   * what the bytes look like in each encoding), or given (named by --encoding, not detected).
   */
  readonly encodingConfidence: EncodingConfidence | 'given';
  /** Only when uncertain: the encodings the file may be in, best first (the file was read in the first). */
  readonly encodingCandidates?: readonly Encoding[];
  /** Only for UTF-8 with lines in another encoding (seen in the file's first chunk): the encoding those lines most likely are in. */
  readonly encodingMixedWith?: Encoding;
  readonly bom: boolean;
  readonly delimiter: string;
  readonly quote: string;
  readonly lineEnding: 'LF' | 'CRLF' | 'CR' | 'mixed' | 'none';
}

export interface FileReport {
  /** The path as given, or "-" for standard input. */
  readonly file: string;
  readonly format: InputFormat;
  /** The spec the file was checked against; absent only when --spec auto met an unreadable file. */
  readonly spec?: SpecRef;
  readonly specChoice?: SpecChoice;
  /** A workbook: the sheet that was read. */
  readonly sheet?: string;
  /** CSV only: the detected encoding and dialect. */
  readonly dialect?: DetectedDialect;
  /** True when no error was found. */
  readonly valid: boolean;
  /** True when the diagnostics list was cut at maxErrors (totals are still complete). */
  readonly partial: boolean;
  /** True when the file could not be read at all. */
  readonly unreadable: boolean;
  readonly stats: FileStats;
  readonly diagnostics: readonly Diagnostic[];
  readonly groups: readonly FindingGroup[];
  /** The conformance score (src/report/score.ts). */
  readonly score: Score;
  readonly durationMs: number;
}

export interface RunSummary {
  files: number;
  validFiles: number;
  invalidFiles: number;
  unreadableFiles: number;
  rows: number;
  errors: number;
  warnings: number;
  infos: number;
}

export interface RunReport {
  readonly reportVersion: typeof REPORT_VERSION;
  readonly tool: { readonly name: 'datakoll'; readonly version: string };
  /** ISO 8601 time the run started; formatters read the time from here, never from a clock. */
  readonly startedAt: string;
  readonly files: readonly FileReport[];
  readonly summary: RunSummary;
  /** The run's conformance score: the share over all rows, the worst structure and level of any file. */
  readonly score: Score;
}

/** Sums the file reports into the run summary. */
export function summarize(files: readonly FileReport[]): RunSummary {
  const s: RunSummary = { files: files.length, validFiles: 0, invalidFiles: 0, unreadableFiles: 0, rows: 0, errors: 0, warnings: 0, infos: 0 };
  for (const f of files) {
    if (f.unreadable) s.unreadableFiles++;
    else if (f.valid) s.validFiles++;
    else s.invalidFiles++;
    s.rows += f.stats.rows;
    s.errors += f.stats.errors;
    s.warnings += f.stats.warnings;
    s.infos += f.stats.infos;
  }
  return s;
}
