/**
 * The CSV reader datakoll used before it had its own parser: csv-parse with the options below.
 * Kept as the reference that test/input/csv-parser.test.ts holds CsvParser to.
 */
import { parse } from 'csv-parse';
import type { CsvError } from 'csv-parse';

export interface ReferenceEvent {
  readonly kind: 'header' | 'record' | 'malformed';
  readonly line: number;
  readonly cells?: string[];
  readonly reason?: string;
}

/** Reads UTF-8 bytes, fed in the given pieces, as csv-parse did for datakoll. */
export function referenceRead(pieces: readonly Buffer[], delimiter = ','): Promise<{ events: ReferenceEvent[]; lines: number }> {
  const events: ReferenceEvent[] = [];
  let previousEnd = 0;
  let isHeader = true;
  const whole = Buffer.concat([...pieces]);
  const br = whole.indexOf(10) === -1 && whole.indexOf(13) !== -1 ? '\r' : '\n';
  const parser = parse({
    bom: true,
    record_delimiter: ['\r\n', '\n', '\r'],
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: false,
    delimiter,
    skip_records_with_error: true,
    on_skip: (err: CsvError | undefined) => {
      const start = previousEnd + 1;
      events.push({ kind: 'malformed', line: start, reason: err?.code === 'CSV_QUOTE_NOT_CLOSED' ? 'quote-not-closed' : String(err?.code) });
      previousEnd = typeof err?.lines === 'number' ? Math.max(err.lines, start) : start;
    },
  });
  return new Promise((resolve, reject) => {
    parser.on('data', (record: string[]) => {
      const line = previousEnd + 1;
      previousEnd = line + record.reduce((n, c) => n + c.split(br).length - 1, 0);
      events.push({ kind: isHeader ? 'header' : 'record', line, cells: record });
      isHeader = false;
    });
    parser.on('end', () => resolve({ events, lines: previousEnd }));
    parser.on('error', reject);
    for (const p of pieces) parser.write(p);
    parser.end();
  });
}
