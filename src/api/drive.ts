/**
 * Drives one file's journey: source (open it, what it is), the spec (--spec auto), the plan, the
 * run of the front that reads it into the record core, and the report. A thread that fails has
 * the file read again on this thread, in a loop.
 */
import type { Readable } from 'node:stream';
import type { DetectedDialect, FileReport, InputFormat, SpecChoice } from '../report/index.js';
import type { Spec } from '../registry/index.js';
import { DatakollError } from '../errors.js';
import { formatFromName } from '../input/index.js';
import { Collector, compileSpec } from '../engine/index.js';
import type { WorkerPool } from '../parallel/index.js';
import { chooseSpec } from './auto.js';
import { fileReport, unreadableFinding } from './finish.js';
import { AUTO, oneThread } from './options.js';
import type { ResolvedOptions } from './options.js';
import { counted, open } from './source.js';
import type { Opened } from './source.js';
import { readCsvFile, ThreadFailed } from './drive-csv.js';
import { readJsonFile } from './drive-json.js';
import { mayBeWorkbook, readWorkbookFile } from './drive-workbook.js';

/** What is learnt about a file on its way, for its report. */
export interface Facts {
  name: string;
  format: InputFormat;
  readonly started: number;
  spec?: Spec;
  choice?: SpecChoice;
  dialect?: DetectedDialect;
  /** The workbook's sheet that was read. */
  sheet?: string;
}

/** Validates one file (a path, "-" for stdin, or a byte stream) and returns its report. */
export async function validateOne(file: string | Readable, o: ResolvedOptions, pool: WorkerPool): Promise<FileReport> {
  for (let options = o; ; options = oneThread(options)) {
    try {
      return await journey(file, options, pool);
    } catch (e) {
      // A thread failed (out of memory, say): the file is read again on this thread.
      if (!(e instanceof ThreadFailed)) throw e;
      options.parallel.onFallback?.(typeof file === 'string' ? file : '-', e.reason, e.words);
    }
  }
}

async function journey(file: string | Readable, o: ResolvedOptions, pool: WorkerPool): Promise<FileReport> {
  const guessed = o.format ?? (typeof file === 'string' ? formatFromName(file) : undefined);
  const facts: Facts = { name: typeof file === 'string' ? file : '-', format: guessed ?? 'csv', started: performance.now(), ...(o.spec !== AUTO ? { spec: o.spec } : {}) };
  const collector = new Collector(o.maxErrors);
  let opened: Opened;
  try {
    opened = await open(file, guessed, o.stdin, o.remote);
    if (o.onProgress !== undefined) opened = { ...opened, stream: counted(opened.stream, facts.name, opened.size, o.onProgress) };
  } catch (e) {
    collector.add(unreadableFinding(e));
    return fileReport(collector, { ...facts, unreadable: true });
  }
  if (opened.binary !== undefined && mayBeWorkbook(opened.binary)) {
    const unreadable = await readWorkbookFile(file, opened, opened.binary, collector, o, facts);
    return fileReport(collector, { ...facts, unreadable });
  }
  if (opened.binary !== undefined) {
    // Not text (a workbook, an archive, a PDF, ...): named for what it is, whatever --input-format says.
    collector.add({ code: 'file-binary', severity: 'error', params: { reason: opened.binary } });
    return fileReport(collector, { ...facts, unreadable: true });
  }
  if (facts.spec === undefined) Object.assign(facts, await chooseSpec(opened, o.registry, { encoding: o.encoding, delimiter: o.delimiter }, facts.name));
  const spec = facts.spec as Spec;
  const compiled = compileSpec(spec);
  facts.format = opened.format;
  try {
    const unreadable = opened.format === 'csv' ? await readCsvFile(file, opened, compiled, collector, o, pool, facts) : await readJsonFile(opened, compiled, collector, o, facts);
    return fileReport(collector, { ...facts, unreadable });
  } catch (e) {
    // A thread to fall back from, or a check of one's own that failed: not the file's fault.
    if (e instanceof ThreadFailed || (e instanceof DatakollError && e.code === 'check-failed')) throw e;
    collector.add(unreadableFinding(e));
    return fileReport(collector, { ...facts, unreadable: true });
  }
}
