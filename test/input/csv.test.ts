import { describe, expect, it } from 'vitest';
import { readCsv } from '../../src/input/index.js';
import type { CsvSink } from '../../src/input/index.js';
import { chunks } from '../helpers.js';

interface Seen {
  header?: [string[], number];
  records: [string[], number][];
  malformed: [number, string][];
}

async function read(...parts: (string | Buffer)[]): Promise<Seen> {
  const seen: Seen = { records: [], malformed: [] };
  const sink: CsvSink = {
    header: (cells, line) => void (seen.header = [cells, line]),
    record: (cells, line) => void seen.records.push([cells, line]),
    malformed: (line, reason) => void seen.malformed.push([line, reason]),
  };
  await readCsv(chunks(...parts), sink);
  return seen;
}

describe('readCsv', () => {
  it('keeps a UTF-8 character split between two chunks', async () => {
    const bytes = Buffer.from('namn,ort\nÅsa,Västerås\n');
    const cut = bytes.indexOf(Buffer.from('Å')) + 1; // inside the two bytes of Å
    const cut2 = bytes.lastIndexOf(Buffer.from('å')) + 1;
    const seen = await read(bytes.subarray(0, cut), bytes.subarray(cut, cut2), bytes.subarray(cut2));
    expect(seen.records[0]?.[0]).toEqual(['Åsa', 'Västerås']);
  });

  it('drops a BOM, even one split over chunks', async () => {
    const bytes = Buffer.from('\ufeffid,name\n1,a\n');
    const seen = await read(bytes.subarray(0, 1), bytes.subarray(1, 2), bytes.subarray(2));
    expect(seen.header?.[0]).toEqual(['id', 'name']);
  });

  it('gives each record the physical line it starts on', async () => {
    const seen = await read('a,b\n1,"x\ny"\n\n3,4\n5\n');
    expect(seen.header).toEqual([['a', 'b'], 1]);
    expect(seen.records).toEqual([
      [['1', 'x\ny'], 2],
      [[''], 4],
      [['3', '4'], 5],
      [['5'], 6],
    ]);
  });

  it('handles CRLF line endings', async () => {
    const seen = await read('a,b\r\n1,2\r\n3,4\r\n');
    expect(seen.records).toEqual([
      [['1', '2'], 2],
      [['3', '4'], 3],
    ]);
  });

  it('reports an unclosed quote as malformed, with its line', async () => {
    const seen = await read('a,b\n1,2\n"3,4\n');
    expect(seen.records).toEqual([[['1', '2'], 2]]);
    expect(seen.malformed[0]?.[1]).toBe('quote-not-closed');
  });

  it('passes a stray quote inside a field through as text', async () => {
    const seen = await read('a,b\n1,2"x\n');
    expect(seen.records[0]?.[0]).toEqual(['1', '2"x']);
  });

  it('reads an empty input as nothing', async () => {
    const seen = await read('');
    expect(seen.header).toBeUndefined();
    expect(seen.records).toEqual([]);
  });

  it('uses another delimiter when told', async () => {
    const seen: string[][] = [];
    await readCsv(chunks('a;b\n1;2\n'), { header: () => undefined, record: (c) => void seen.push(c), malformed: () => undefined }, { delimiter: ';' });
    expect(seen).toEqual([['1', '2']]);
  });
});

describe('readCsv line numbers', () => {
  it('count line breaks inside quoted cells, CRLF and bare CR alike', async () => {
    const crlf = await read('a,b\r\n1,"x\r\ny\r\nz"\r\n2,3\r\n');
    expect(crlf.records.map((r) => r[1])).toEqual([2, 5]);
    const cr = await read('a,b\r1,"x\ry"\r2,3\r');
    expect(cr.records.map((r) => r[1])).toEqual([2, 4]);
  });

  it('stay right after a malformed record', async () => {
    const seen = await read('a,b\n1,2\n"3,4\n5,6\n');
    expect(seen.malformed.map((m) => m[0])).toEqual([3]);
  });
});

describe('reading on after a quote never closed (recover, for fix)', () => {
  it('hands on the unclosed line as text at its line, then reads the rows after it', async () => {
    const events: unknown[] = [];
    const sink = {
      header: (c: string[], line: number) => events.push(['header', line, c]),
      record: (c: string[], line: number) => events.push(['record', line, c]),
      malformed: (line: number, reason: string, text?: string) => events.push(['malformed', line, reason, text]),
    };
    await readCsv(chunks('a,b\n1,"open\r\n2,x\n3,"y"\n'), sink, { recover: true });
    expect(events).toEqual([
      ['header', 1, ['a', 'b']],
      ['malformed', 2, 'quote-not-closed', '1,"open'],
      ['record', 3, ['2', 'x']],
      ['record', 4, ['3', 'y']],
    ]);
  });
  it('without recover, csv-parse\'s rule holds: the rest of the file is one unreadable record', async () => {
    const events: unknown[] = [];
    const sink = { header: () => undefined, record: (c: string[]) => events.push(c), malformed: (line: number, reason: string) => events.push([line, reason]) };
    await readCsv(chunks('a,b\n1,"open\n2,x\n'), sink);
    expect(events).toEqual([[2, 'quote-not-closed']]);
  });
});
