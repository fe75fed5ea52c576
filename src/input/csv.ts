/** Streams CSV records with csv-parse (the only module that uses it) into a CsvSink, with their physical lines. */
import type { Readable } from 'node:stream';
import { parse } from 'csv-parse';
import type { CsvError, Info } from 'csv-parse';
import type { CsvSink } from './sink.js';

export interface CsvReadOptions {
  /** Field delimiter; comma by default (the spec's dialect). */
  readonly delimiter?: string;
}

interface InfoRecord {
  readonly record: string[];
  readonly info: Info;
}

/**
 * Reads CSV from a byte stream. UTF-8 is decoded by csv-parse per complete field, so a character
 * split between two chunks survives; a BOM is dropped. Rows of any length and blank lines are
 * passed on as they are: judging them is the engine's job.
 */
export function readCsv(source: Readable, sink: CsvSink, options: CsvReadOptions = {}): Promise<void> {
  let previousEnd = 0;
  let isHeader = true;
  const parser = parse({
    bom: true,
    delimiter: options.delimiter ?? ',',
    info: true,
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: false,
    skip_records_with_error: true,
    on_skip: (err: CsvError | undefined) => {
      const line = typeof err?.lines === 'number' ? err.lines : previousEnd + 1;
      sink.malformed(line, csvReason(err));
      previousEnd = line;
    },
  });
  return new Promise<void>((resolve, reject) => {
    parser.on('data', (r: InfoRecord) => {
      const line = previousEnd + 1;
      previousEnd = r.info.lines;
      if (isHeader) {
        isHeader = false;
        sink.header(r.record, line);
      } else sink.record(r.record, line);
    });
    parser.on('end', resolve);
    parser.on('error', reject);
    source.on('error', reject);
    source.pipe(parser);
  });
}

function csvReason(err: CsvError | undefined): string {
  switch (err?.code) {
    case 'CSV_QUOTE_NOT_CLOSED':
      return 'quote not closed';
    case 'CSV_RECORD_INCONSISTENT_FIELDS_LENGTH':
      return 'inconsistent number of fields';
    default:
      return err?.code ?? 'unreadable record';
  }
}
