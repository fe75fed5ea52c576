import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readCsv } from '../../src/input/index.js';
import { CsvParser, MAX_RECORD_CHARS } from '../../src/input/csv-parser.js';
import type { CsvSink, RecordEnd } from '../../src/input/index.js';
import { chunks } from '../helpers.js';
import { referenceRead } from '../support/csv-parse-reader.js';
import type { ReferenceEvent } from '../support/csv-parse-reader.js';

/** What readCsv makes of bytes cut into the given pieces. */
async function ours(pieces: readonly Buffer[], delimiter = ','): Promise<{ events: ReferenceEvent[]; lines: number }> {
  const events: ReferenceEvent[] = [];
  const sink: CsvSink = {
    header: (cells, line) => void events.push({ kind: 'header', line, cells }),
    record: (cells, line) => void events.push({ kind: 'record', line, cells }),
    malformed: (line, reason) => void events.push({ kind: 'malformed', line, reason }),
  };
  // The line break counted is the whole input's, as the reference finds it (readCsv would look at the first piece).
  const whole = Buffer.concat([...pieces]);
  const lineBreak = whole.indexOf(10) === -1 && whole.indexOf(13) !== -1 ? '\r' : '\n';
  const lines = await readCsv(chunks(...pieces), sink, { delimiter, lineBreak });
  return { events, lines };
}

/** Cuts bytes at the given offsets (any byte, inside a UTF-8 character too). */
function cut(b: Buffer, at: readonly number[]): Buffer[] {
  const offsets = [...new Set(at.map((x) => x % (b.length + 1)))].sort((x, y) => x - y);
  const out: Buffer[] = [];
  let from = 0;
  for (const o of offsets) {
    if (o > from) out.push(b.subarray(from, o));
    from = Math.max(from, o);
  }
  out.push(b.subarray(from));
  return out;
}

/** Bytes that are not UTF-8 (a lone lead byte, a stray continuation byte, 0xff, a cut euro sign). */
const broken = [Buffer.from([0xc3]), Buffer.from([0xa5]), Buffer.from([0xff]), Buffer.from([0xe2, 0x82])];

const piece = (d: string): fc.Arbitrary<string | Buffer> =>
  fc.constantFrom<string | Buffer>(...broken, 'a', 'bb', 'Å', 'ö', '😀', d, d, '"', '""', '"""', '\n', '\n', '\r\n', '\r', ' ', '\u0000', '12"', '"x"', `"a${d}b"`, '"l1\nl2"', '"c1\r\nc2"', '"q""q"', '"open', 'c"d', '"a"b', `"a"${d}`, '"a" ', '\ufeff');

describe('CsvParser', () => {
  for (const d of [',', ';', '\t']) {
    it(`reads every input as csv-parse did (delimiter ${JSON.stringify(d)}), however the bytes arrive`, async () => {
      await fc.assert(
        fc.asyncProperty(fc.boolean(), fc.array(piece(d), { maxLength: 50 }), fc.array(fc.nat(), { maxLength: 6 }), async (bom, parts, at) => {
          const b = Buffer.concat([Buffer.from(bom ? '\ufeff' : ''), ...parts.map((x) => (typeof x === 'string' ? Buffer.from(x) : x))]);
          const expected = await referenceRead([b], d);
          const got = await ours(cut(b, at), d);
          expect(got.events).toEqual(expected.events);
          // csv-parse counts a CRLF inside quotes as two lines when it gives up on an unclosed
          // quote; the lines read agree otherwise.
          if (!expected.events.some((e) => e.kind === 'malformed')) expect(got.lines).toBe(expected.lines);
        }),
        { numRuns: 1500 },
      );
    });
  }

  /** Every record's own text and line break, as the parser hands them on (an unreadable line's too). */
  function pieces(input: readonly string[], d: string, recover: boolean): { texts: string[]; ends: RecordEnd[] } {
    const texts: string[] = [];
    const ends: RecordEnd[] = [];
    const p = new CsvParser(d, {
      record: (_cells, _breaks, text, end) => void (texts.push(text), ends.push(end)),
      unreadable: (_reason, _breaks, line, end) => void (texts.push(line ?? '\u0000unreadable'), ends.push(end ?? 'none')),
    }, { recover });
    for (const s of input) p.push(s);
    p.end();
    return { texts, ends };
  }
  const ENDS: Record<RecordEnd, string> = { LF: '\n', CRLF: '\r\n', CR: '\r', none: '' };

  for (const recover of [false, true]) {
    it(`hands on each record's own text and line break: together they are the input (recover ${String(recover)}), however the text arrives`, () => {
      fc.assert(
        fc.property(fc.array(fc.constantFrom('a', 'Å', ',', ';', '"', '""', '\n', '\r\n', '\r', ' ', '"x"', '"l1\nl2"', '"c1\r\nc2"', '"open', 'c"d', '"a"b'), { maxLength: 40 }), fc.array(fc.nat(), { maxLength: 5 }), (parts, at) => {
          const text = parts.join('');
          const whole = pieces([text], ',', recover);
          // Without recover, a quote never closed makes the rest one unreadable record with no text.
          if (!whole.texts.some((t) => t.startsWith('\u0000'))) expect(whole.texts.map((t, k) => t + ENDS[whole.ends[k] as RecordEnd]).join('')).toBe(text);
          // Cut anywhere: the same texts; a CRLF cut after its CR is told as CR.
          const cuts = [...new Set(at.map((x) => x % (text.length + 1)))].sort((x, y) => x - y);
          const cutText = [...cuts, text.length].map((c, k) => text.slice(k === 0 ? 0 : cuts[k - 1], c));
          const got = pieces(cutText, ',', recover);
          expect(got.texts).toEqual(whole.texts);
          got.ends.forEach((e, k) => expect(e === whole.ends[k] || (e === 'CR' && whole.ends[k] === 'CRLF')).toBe(true));
        }),
        { numRuns: 1500 },
      );
    });
  }

  it('keeps the quotes of a field closed before other text, "" already made one', async () => {
    const { events } = await ours([Buffer.from('h\n"a""b"c"d,x\n')]);
    expect(events[1]?.cells).toEqual(['"a"b"c"d', 'x']);
  });

  it('reads a record spread over many small pieces, a quote at a piece end included', async () => {
    const text = 'id,t\n1,"a ""quoted"" word,\nnext line"\n2,b\n';
    const b = Buffer.from(text);
    const { events } = await ours(cut(b, [...Array(b.length).keys()]));
    expect(events.slice(1)).toEqual([
      { kind: 'record', line: 2, cells: ['1', 'a "quoted" word,\nnext line'] },
      { kind: 'record', line: 4, cells: ['2', 'b'] },
    ]);
  });

  it('reports an unclosed quote at the line where its record starts, once', async () => {
    const { events, lines } = await ours([Buffer.from('h\n1\n"2\n3\n4\n')]);
    expect(events.slice(1)).toEqual([
      { kind: 'record', line: 2, cells: ['1'] },
      { kind: 'malformed', line: 3, reason: 'quote-not-closed' },
    ]);
    expect(lines).toBe(6);
  });

  it('reports a record longer than MAX_RECORD_CHARS instead of keeping it, and goes on', () => {
    const seen: string[] = [];
    const p = new CsvParser(',', {
      record: (cells) => void seen.push(cells[0] as string),
      unreadable: (reason, breaks) => void seen.push(`${reason} ${breaks}`),
    });
    const block = `"${'x'.repeat(1024 * 1024 - 2)}\n`;
    p.push('a\n');
    for (let k = 0; k * block.length <= MAX_RECORD_CHARS; k++) p.push(k === 0 ? block : block.slice(1));
    p.push('"\nb\n');
    p.end();
    expect(seen[0]).toBe('a');
    expect(seen[1]).toMatch(/^record-too-large \d+$/);
    expect(Number(seen[1]?.split(' ')[1])).toBe(Math.ceil((MAX_RECORD_CHARS + 1) / block.length) + 0);
    expect(seen[2]).toBe('b');
  });

  it('refuses a delimiter it cannot read with', () => {
    const out = { record: () => undefined, unreadable: () => undefined };
    expect(() => new CsvParser('::', out)).toThrow(RangeError);
    expect(() => new CsvParser('"', out)).toThrow(RangeError);
  });
});
