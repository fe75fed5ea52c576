import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parse } from 'csv-parse/sync';
import { RecordScanner, recordEnds } from '../../src/parallel/index.js';

/** Where csv-parse, as datakoll calls it, ends each record: the offset after its record delimiter. */
function csvParseEnds(b: Buffer): number[] {
  const records = parse(b, {
    record_delimiter: ['\r\n', '\n', '\r'],
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: false,
    skip_records_with_error: true,
    info: true,
  }) as unknown as { info: { bytes: number } }[];
  return records.map((r) => r.info.bytes);
}

/** Every boundary the scanner reports when asked for each target, the bytes fed in the given blocks. */
function scannerEnds(b: Buffer, blocks: number[], start = 0): number[] {
  const ends: number[] = [];
  const s = new RecordScanner(44, 0, start);
  const found = (offset: number): number => {
    ends.push(offset);
    return offset;
  };
  let at = 0;
  for (const n of [...blocks, b.length]) {
    const end = Math.min(b.length, at + Math.max(1, n));
    if (end > at) s.scan(b.subarray(at, end), found);
    at = end;
    if (at >= b.length) break;
  }
  if (at < b.length) s.scan(b.subarray(at), found);
  s.finish(found);
  return ends;
}

const piece = fc.constantFrom('a', 'bb', 'Å', ',', '"', '""', '\n', '\r\n', '\r', ' ', '12"', '"x"', '"a,b"', '"l1\nl2"', '"q""q"', '"open', 'c"d');

describe('RecordScanner', () => {
  it('finds record ends outside quotes, with CRLF as one delimiter', () => {
    const b = Buffer.from('a,b\r\n"x\ny",2\n\n"q""",3\rlast');
    expect(scannerEnds(b, [])).toEqual([5, 13, 14, 22]);
  });

  it('treats a quote inside an unquoted field as a character (relax_quotes)', () => {
    const b = Buffer.from('a,12" screen\nb,2\n');
    expect(scannerEnds(b, [])).toEqual([13, 17]);
  });

  it('skips a byte-order mark, so a quote right after it opens a field', () => {
    const b = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('"a\nb",c\nd\n')]);
    expect(scannerEnds(b, [], 3)).toEqual([11, 13]);
  });

  it('agrees with csv-parse on every record end, however the bytes arrive', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), fc.array(fc.integer({ min: 1, max: 20 }), { maxLength: 8 }), (parts, blocks) => {
        const b = Buffer.from(parts.join(''));
        const expected = csvParseEnds(b).filter((e) => e <= b.length);
        const got = scannerEnds(b, blocks);
        // csv-parse also ends a last record that has no delimiter, at the end of the data: no boundary.
        const delimited = expected.filter((e, i) => i < expected.length - 1 || /[\r\n]$/.test(b.subarray(0, e).toString('latin1')));
        expect(got).toEqual(delimited);
      }),
      { numRuns: 400 },
    );
  });

  it('reports the ends of records whose delimiter starts at or after the target', () => {
    const b = Buffer.from('h\n1\n22\n333\n4444\n');
    const ends: number[] = [];
    const s = new RecordScanner(44, 5);
    s.scan(b, (o) => {
      ends.push(o);
      return o + 4;
    });
    expect(ends).toEqual([7, 16]);
  });

  it('recordEnds gives the first records, or undefined when the head does not hold them', () => {
    expect(recordEnds(Buffer.from('title\nh1,h2\n1,2\n'), 44, 2)).toEqual([6, 12]);
    expect(recordEnds(Buffer.from('"a\nlong header'), 44, 1)).toBeUndefined();
  });
});
