/**
 * A workbook's journey (.xlsx, .xlsm, recognised by content): the workbook opened from its file on
 * disk, the sheet picked (--sheet, else the first one shown), the spec chosen from its header row
 * for --spec auto, then its rows through the workbook front (engine/workbook-feed.ts) into the CSV
 * front's run: one record core for every front.
 */
import { createWriteStream, rmSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { addTemporaryPath, dropTemporaryPath } from '../tempfiles.js';
import type * as WorkbookReader from '../input/workbook/index.js';
import type { Diagnostic } from '../report/index.js';
import type { BinaryKind, SheetNote, Workbook, WorkbookError, WorkbookRow, WorkbookSheet } from '../input/index.js';

/** The reader, imported when a workbook is read (a CSV or JSON run loads none of it). */
type Reader = typeof WorkbookReader;
import { compileSpec, CsvRun, isTitle, WorkbookFeed } from '../engine/index.js';
import type { Collector, CsvRunOptions } from '../engine/index.js';
import type { Spec } from '../registry/index.js';
import { chooseSpecByNames } from './auto.js';
import type { ResolvedOptions } from './options.js';
import type { Opened } from './source.js';
import type { Facts } from './drive.js';

/** The kinds of binary file that may be a workbook: looked into before they are refused. */
export function mayBeWorkbook(kind: BinaryKind): boolean {
  return kind === 'xlsx' || kind === 'zip' || kind === 'xls';
}

/** Why the file is no workbook that can be read, as its finding. */
function problemFinding(e: WorkbookError, kind: BinaryKind): Diagnostic {
  switch (e.problem) {
    case 'not-zip':
    case 'no-workbook':
      return kind === 'xlsx' ? { code: 'workbook-unreadable', severity: 'error', params: { reason: 'no-workbook' } } : { code: 'file-binary', severity: 'error', params: { reason: kind === 'xls' ? 'xls' : 'zip' } };
    case 'xls':
    case 'ods':
      return { code: 'file-binary', severity: 'error', params: { reason: e.problem } };
    case 'unreadable':
      return { code: 'file-unreadable', severity: 'error', params: { reason: 'read-error', detail: '' } };
    default:
      return { code: 'workbook-unreadable', severity: 'error', params: { reason: e.problem } };
  }
}

/** The sheet's notes (merged cells, hidden rows and columns) as findings. */
function noteFindings(notes: readonly SheetNote[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  let rows = 0;
  let columns = 0;
  for (const n of notes) {
    if (n.kind === 'merged') out.push({ code: 'workbook-merged-cells', severity: 'warning', params: { ranges: n.ranges.join(', ') + (n.count > n.ranges.length ? ', …' : ''), count: n.count } });
    else if (n.kind === 'hidden-rows') rows = n.count;
    else columns = n.columns.length;
  }
  if (rows > 0 || columns > 0) out.push({ code: 'workbook-hidden', severity: 'info', params: { rows, columns } });
  return out;
}

/** Copies a stream into a private temporary file, at most `max` bytes (rejects past that). */
async function spoolWorkbook(stream: Readable, max: number): Promise<{ file: string; size: number; remove(): void }> {
  const dir = await mkdtemp(join(tmpdir(), 'datakoll-workbook-'));
  addTemporaryPath(dir);
  const remove = (): void => {
    rmSync(dir, { recursive: true, force: true });
    dropTemporaryPath(dir);
  };
  const file = join(dir, 'workbook.xlsx');
  let size = 0;
  try {
    const out = createWriteStream(file, { mode: 0o600, flags: 'wx' });
    await pipeline(stream, async function* (chunks: AsyncIterable<Buffer>) {
      for await (const chunk of chunks) {
        size += chunk.length;
        if (size > max) throw new Error('too large');
        yield chunk;
      }
    }, out);
    return { file, size, remove };
  } catch (e) {
    remove();
    throw e;
  }
}

/** Stops reading a sheet once the header row is known (for --spec auto). */
class Enough extends Error {}

/** The column names of the sheet's header row: the first row with a value, or the second when the first is a lone title. */
async function headerNames(book: Workbook, sheet: WorkbookSheet): Promise<string[]> {
  const rows: WorkbookRow[] = [];
  await book
    .readSheet(sheet, (r) => {
      rows.push(r);
      if (rows.length === 2) throw new Enough();
    })
    .catch((e: unknown) => {
      if (!(e instanceof Enough)) throw e;
    });
  const [first, second] = rows;
  const header = first !== undefined && isTitle(first, second) ? second : first;
  return header === undefined ? [] : header.cells.map((c) => c.text);
}

/**
 * Validates a workbook into the collector. Returns whether it could not be read (a finding says
 * why); usage problems (no spec matches) throw.
 */
export async function readWorkbookFile(file: string | Readable, opened: Opened, kind: BinaryKind, collector: Collector, o: ResolvedOptions, facts: Facts): Promise<boolean> {
  if (typeof file !== 'string' || opened.size === undefined) {
    if (kind !== 'xlsx') {
      collector.add({ code: 'file-binary', severity: 'error', params: { reason: kind === 'xls' ? 'xls' : 'zip' } });
      return true;
    }
    // Standard input, a pipe or a web address: read once into a private temporary file (yauzl reads a ZIP by position).
    const copy = await spoolWorkbook(opened.stream, o.remote.maxBytes).catch(() => undefined);
    if (copy === undefined) {
      collector.add({ code: 'workbook-unreadable', severity: 'error', params: { reason: 'not-a-file' } });
      return true;
    }
    try {
      return await readWorkbookFile(copy.file, { ...opened, size: copy.size }, kind, collector, o, facts);
    } finally {
      copy.remove();
    }
  }
  opened.stream.destroy();
  const reader: Reader = await import('../input/workbook/index.js');
  let book: Workbook;
  try {
    book = await reader.openWorkbook(file);
  } catch (e) {
    if (!(e instanceof reader.WorkbookError)) throw e;
    collector.add(problemFinding(e, kind));
    return true;
  }
  try {
    facts.format = 'xlsx';
    return await readSheet(reader, book, collector, o, facts);
  } catch (e) {
    if (!(e instanceof reader.WorkbookError)) throw e;
    collector.add(problemFinding(e, 'xlsx'));
    return true;
  } finally {
    book.close();
  }
}

async function readSheet(reader: Reader, book: Workbook, collector: Collector, o: ResolvedOptions, facts: Facts): Promise<boolean> {
  const sheet = reader.pickSheet(book.sheets, o.sheet);
  if (sheet === undefined) {
    collector.add({ code: 'workbook-sheet-missing', severity: 'error', params: { sheet: o.sheet ?? '', sheets: book.sheets.map((s) => s.name).join(', '), count: book.sheets.length } });
    return true;
  }
  facts.sheet = sheet.name;
  if (book.sheets.length > 1) {
    const others = book.sheets.filter((s) => s !== sheet).map((s) => s.name);
    collector.add({ code: 'workbook-sheet-read', severity: 'info', params: { sheet: sheet.name, count: book.sheets.length, others: others.join(', ') } });
  }
  if (facts.spec === undefined) Object.assign(facts, chooseSpecByNames(await headerNames(book, sheet), o.registry, facts.name));
  const compiled = compileSpec(facts.spec as Spec);
  const formSeverity = o.formSeverity ?? compiled.spec.formSeverity;
  const run = new CsvRun(compiled, collector, o.publisher !== undefined ? { publisher: o.publisher } : {}, {
    ...(o.checks.loaded.length > 0 ? { extraChecks: o.checks.loaded } : {}),
    ...(formSeverity !== undefined ? { formSeverity } : {}),
  } satisfies CsvRunOptions);
  const feed = new WorkbookFeed(run, collector);
  let summary;
  try {
    summary = await book.readSheet(sheet, (r) => feed.row(r));
    feed.end();
  } catch (e) {
    run.discard();
    throw e;
  }
  run.finish();
  for (const d of noteFindings(summary.notes)) collector.add(d);
  if (!run.sawHeader) collector.add({ code: 'file-empty', severity: 'error', params: { reason: 'sheet' } });
  else if (collector.stats.rows === 0) collector.add({ code: 'file-no-records', severity: 'error', params: {} });
  return false;
}
