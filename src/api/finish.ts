/** The end of a file's journey: what was collected becomes its FileReport. */
import type { DetectedDialect, Diagnostic, FileReport, InputFormat, SpecChoice } from '../report/index.js';
import { scoreFile } from '../report/index.js';
import { specRef } from '../registry/index.js';
import type { Spec } from '../registry/index.js';
import { RemoteError } from '../input/index.js';
import type { Collector } from '../engine/index.js';
import { unreadableParams } from './source.js';

/** What a file's report says beyond its findings. */
export interface FileFacts {
  readonly name: string;
  readonly format: InputFormat;
  readonly started: number;
  readonly spec?: Spec;
  readonly choice?: SpecChoice;
  readonly dialect?: DetectedDialect;
  /** The workbook's sheet that was read: every finding on a row is placed on it. */
  readonly sheet?: string;
  /** The file could not be read to the end. */
  readonly unreadable?: boolean;
}

export function fileReport(collector: Collector, f: FileFacts): FileReport {
  const unreadable = f.unreadable === true;
  const sheet = f.sheet;
  const onSheet = (d: Diagnostic): Diagnostic => (sheet === undefined || d.row === undefined ? d : { ...d, sheet });
  const groups = sheet === undefined ? collector.sortedGroups() : collector.sortedGroups().map((g) => ({ ...g, examples: g.examples.map(onSheet) }));
  return {
    file: f.name,
    format: f.format,
    ...(f.spec !== undefined ? { spec: specRef(f.spec) } : {}),
    ...(f.choice !== undefined ? { specChoice: f.choice } : {}),
    ...(f.dialect !== undefined ? { dialect: f.dialect } : {}),
    ...(sheet !== undefined ? { sheet } : {}),
    valid: collector.stats.errors === 0 && !unreadable,
    partial: collector.partial,
    unreadable,
    stats: collector.stats,
    diagnostics: sheet === undefined ? collector.diagnostics : collector.diagnostics.map(onSheet),
    groups,
    score: scoreFile({ stats: collector.stats, groups, unreadable }),
    durationMs: Math.round(performance.now() - f.started),
  };
}

/** The finding for a file that could not be read: a web address says why in its own words. */
export function unreadableFinding(e: unknown): Diagnostic {
  if (e instanceof RemoteError) return { code: 'remote-unreadable', severity: 'error', params: { reason: e.reason, detail: e.shownDetail } };
  return { code: 'file-unreadable', severity: 'error', params: unreadableParams(e) };
}
