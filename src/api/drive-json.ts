/** A JSON file's run (an array, JSON Lines, GeoJSON's features) into JsonRun. */
import { decodedStream, headEncoding, readJson } from '../input/index.js';
import { encodingFindings, JsonRun } from '../engine/index.js';
import type { Collector, CompiledSpec } from '../engine/index.js';
import type { ResolvedOptions } from './options.js';
import type { Opened } from './source.js';
import type { Facts } from './drive.js';

/** Validates a JSON file into the collector; returns whether it could not be read to the end (not valid JSON). */
export async function readJsonFile(opened: Opened, compiled: CompiledSpec, collector: Collector, o: ResolvedOptions, facts: Facts): Promise<boolean> {
  // JSON is UTF-8 (RFC 8259): its encoding is decided and reported as a CSV file's, and the text decoded before the scanner.
  const encoding = headEncoding(opened.head, opened.whole, o.encoding);
  for (const d of encodingFindings(encoding, 'json')) collector.add(d);
  const invalidUtf8 = { seen: false };
  const run = new JsonRun(compiled, collector, o.publisher !== undefined ? { publisher: o.publisher } : {}, o.checks.loaded.length > 0 ? { extraChecks: o.checks.loaded } : {}, { invalidUtf8 });
  const text = decodedStream(opened.stream, encoding, () => (invalidUtf8.seen = true));
  const shape = await readJson(text, run, { lines: opened.format === 'jsonl', ...(o.records !== undefined ? { records: o.records.keys } : compiled.spec.records !== undefined ? { named: compiled.spec.records.keys } : {}) }).catch((e: unknown) => {
    run.discard();
    throw e;
  });
  run.finish();
  facts.format = shape === 'lines' ? 'jsonl' : 'json';
  if (shape === undefined && !run.syntaxError) collector.add({ code: 'file-empty', severity: 'error', params: { reason: 'json' } });
  else if (!run.syntaxError && collector.stats.rows === 0 && collector.stats.errors === 0) collector.add({ code: 'file-no-records', severity: 'error', params: {} });
  return run.syntaxError;
}
