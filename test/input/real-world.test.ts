/**
 * The external corpus in ../shared/real-world: files municipalities and agencies actually
 * published. Read from there (never copied): the detected encoding, BOM, line endings and
 * delimiter must match SOURCES.md, and no file may crash the validator.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { validateFile } from '../../src/api.js';
import { detectEncoding } from '../../src/input/decode.js';
import { decodeText } from '../../src/input/encodings.js';
import { sniffDialect } from '../../src/input/sniff.js';

const DIR = fileURLToPath(new URL('../../../shared/real-world/', import.meta.url));
const present = existsSync(`${DIR}SOURCES.md`);

interface Source {
  file: string;
  encoding: string;
  bom: boolean;
  lineEnds: string;
  format: string;
}

function sources(): Source[] {
  const lines = readFileSync(`${DIR}SOURCES.md`, 'utf8').split('\n').filter((l) => l.startsWith('| `'));
  // Only the first table (twelve columns) describes dialects; the livsmedel table has its own test.
  return lines.map((l) => l.split('|').map((x) => x.trim())).filter((c) => c.length >= 14).map((c) => {
    // | file | country | topic | publisher | repository | path | commit | encoding | BOM | line ends | delimiter / format | rows |
    return { file: (c[1] as string).replace(/`/g, ''), encoding: c[8] as string, bom: c[9] === 'yes', lineEnds: c[10] as string, format: c[11] as string };
  });
}

const ENCODINGS: Record<string, string> = { 'UTF-8': 'utf-8', 'ISO-8859-1/cp1252': 'windows-1252' };
const DELIMITERS: Record<string, string> = { comma: ',', semicolon: ';', tab: '\t', pipe: '|' };

describe.skipIf(!present)('real-world corpus (../shared/real-world)', () => {
  const list = present ? sources() : [];
  it('SOURCES.md lists the files', () => {
    expect(list.length).toBeGreaterThanOrEqual(15);
  });
  for (const s of list) {
    it(`${s.file}: ${s.encoding}, BOM ${s.bom ? 'yes' : 'no'}, ${s.lineEnds}, ${s.format}`, async () => {
      const bytes = readFileSync(`${DIR}${s.file}`);
      const enc = detectEncoding(bytes, true);
      expect(enc.encoding).toBe(ENCODINGS[s.encoding]);
      expect(enc.bom).toBe(s.bom);
      // Detection on evidence is sure enough of every real file (the Windows-1252 one is German).
      expect(enc.confidence).not.toBe('uncertain');
      expect(enc.mixed).toBeUndefined();
      const text = decodeText(bytes, enc.encoding);
      if (s.format === 'JSON') {
        const r = await validateFile(`${DIR}${s.file}`, { spec: 'offentliga-toaletter' });
        expect(r.unreadable).toBe(false);
        return;
      }
      const d = sniffDialect(text, true);
      expect(d.delimiter).toBe(DELIMITERS[s.format]);
      expect(d.lineEnding === 'none' ? s.lineEnds : d.lineEnding).toBe(s.lineEnds);
      const r = await validateFile(`${DIR}${s.file}`, { spec: 'badplatser', delimiter: d.delimiter });
      expect(r.unreadable).toBe(false);
      expect(r.stats.rows).toBeGreaterThan(0);
    });
  }
});

it.runIf(!present)('real-world corpus: skipped, ../shared/real-world is not beside this checkout', () => {
  expect(present).toBe(false);
});
