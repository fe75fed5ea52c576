/**
 * Runs the table's checks (src/checks/table.ts) on the records of one file or of one chunk of it:
 * each record's own findings, the logs of the checks across rows, and, on the thread that sees
 * the whole file, their whole-file parts.
 */
import type { Check, CheckSetup, LateOut, RecordFinding, RecordOut, RecordView, RowAt, RowCheck, WholeFileCheck } from '../checks/index.js';

/** What the checks found on a record, and the fields whose range findings they replace. */
export interface RecordCheckResult {
  readonly findings: readonly RecordFinding[];
  readonly replacesRange: readonly string[];
}

const NONE: RecordCheckResult = { findings: [], replacesRange: [] };

/** Keys and the like logged on one thread are handed to the whole-file part this often. */
const FLUSH_AT = 64 * 1024;

/** The whole-file parts of the checks across rows, for one file. */
export class WholeFileChecks {
  private readonly parts: { readonly id: string; readonly part: WholeFileCheck }[] = [];

  constructor(checks: readonly Check[], setup: CheckSetup, keep: number) {
    for (const c of checks) {
      const part = c.whole?.(setup, keep);
      if (part !== undefined) this.parts.push({ id: c.id, part });
    }
  }

  /** A check's whole-file part, if it has one. */
  partOf(id: string): WholeFileCheck | undefined {
    return this.parts.find((p) => p.id === id)?.part;
  }

  /** A check's log from a stretch of the file, in row order; returns buffers to use again. */
  take(id: string, log: unknown, shift: { readonly rows: number; readonly lines: number }): readonly ArrayBuffer[] {
    return this.parts.find((p) => p.id === id)?.part.take(log, shift) ?? [];
  }

  end(out: LateOut): void {
    for (const p of this.parts) p.part.end(out);
  }

  close(): void {
    for (const p of this.parts) p.part.close();
  }
}

export class CheckRun {
  private readonly recordParts: RowCheck[] = [];
  private readonly logParts: { readonly id: string; readonly part: RowCheck }[] = [];
  private readonly all: RowCheck[] = [];
  private findings: RecordFinding[] = [];
  private replaced: string[] = [];
  private readonly out: RecordOut = {
    report: (f) => void this.findings.push(f),
    replacesRange: (fields) => void this.replaced.push(...fields),
  };
  private spare: ArrayBuffer[] = [];

  /**
   * @param whole the whole-file parts, when this run sees the whole file (one thread); without,
   *   the logs are taken by logs() (a chunk on a worker thread)
   */
  constructor(
    checks: readonly Check[],
    setup: CheckSetup,
    private readonly whole?: WholeFileChecks,
  ) {
    for (const c of checks) {
      const part = c.rows(setup, whole?.partOf(c.id));
      if (part === undefined) continue;
      this.all.push(part);
      if (part.record !== undefined) this.recordParts.push(part);
      if (part.log !== undefined) this.logParts.push({ id: c.id, part });
    }
  }

  /** Whether any check logs records (so the front computes whether a row had an error). */
  get logs(): boolean {
    return this.logParts.length > 0;
  }

  /** The record's own findings; cheap when no check looks at single records. */
  record(view: RecordView): RecordCheckResult {
    if (this.recordParts.length === 0) return NONE;
    this.findings = [];
    this.replaced = [];
    for (let k = 0; k < this.recordParts.length; k++) (this.recordParts[k] as RowCheck).record?.(view, this.out);
    return this.findings.length === 0 && this.replaced.length === 0 ? NONE : { findings: this.findings, replacesRange: this.replaced };
  }

  /** Where the record logged is (one object, its fields set per record). */
  private readonly at = { row: 0, line: 0, rowHasError: false };

  /** After a record's findings: the checks across rows note it. */
  log(view: RecordView, row: number, line: number, rowHasError: boolean): void {
    const at: RowAt = this.at;
    this.at.row = row;
    this.at.line = line;
    this.at.rowHasError = rowHasError;
    for (let k = 0; k < this.logParts.length; k++) {
      const entry = this.logParts[k] as { id: string; part: RowCheck };
      entry.part.log?.(view, at);
      if (this.whole !== undefined && entry.part.take !== undefined && (entry.part.logged ?? 0) >= FLUSH_AT) this.spare = [...this.whole.take(entry.id, entry.part.take(this.spare), NO_SHIFT)];
    }
  }

  /** The logs since the last call, by check id (for the thread that sees the whole file). */
  takeLogs(spare: ArrayBuffer[]): Record<string, unknown> {
    const logs: Record<string, unknown> = {};
    for (const { id, part } of this.logParts) if (part.take !== undefined) logs[id] = part.take(spare);
    return logs;
  }

  /** After the last record, on the thread that sees the whole file: what the checks across rows found. */
  end(out: LateOut): void {
    const whole = this.whole;
    if (whole === undefined) return;
    for (const { id, part } of this.logParts) if (part.take !== undefined) whole.take(id, part.take(this.spare), NO_SHIFT);
    whole.end(out);
  }

  /** Lets go of what the checks hold (also when the file could not be read to the end). */
  close(): void {
    for (const part of this.all) part.close?.();
    this.whole?.close();
  }
}

const NO_SHIFT = { rows: 0, lines: 0 };

/** Whether a schema finding is a range finding that a record check replaces. */
export function isReplacedRange(code: string, field: string, result: RecordCheckResult): boolean {
  return (code === 'above-maximum' || code === 'below-minimum') && result.replacesRange.includes(field);
}

/** The options of a run that checks read, beyond the spec (the publisher named by --publisher). */
export type RunOptions = Omit<CheckSetup, 'spec'>;
