/**
 * Encodings end to end (issues "Nothing broken passed" and "Nothing lost"): what validate reports
 * for CP850, Mac OS Roman, mixed and uncertain files, and --encoding with the config file's
 * "encoding". Files are Swedish text written here and encoded with iconv-lite.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { validateFile, validateFiles } from '../../src/api.js';
import type { Diagnostic, FileReport } from '../../src/report/index.js';
import { tempDir, writeSpec, writeTemp } from '../helpers.js';
import { run } from './run.js';

const dir = tempDir();
const spec = writeSpec(dir);

interface JsonFile {
  dialect: Record<string, unknown>;
  diagnostics: (Diagnostic & { message: string })[];
}

async function validate(bytes: Buffer, ...flags: string[]): Promise<{ code: number; file: JsonFile; stdout: string; stderr: string }> {
  const path = writeTemp(dir, `f-${Math.random().toString(36).slice(2)}.csv`, bytes);
  const r = await run(['validate', path, '--spec', spec, '--format', 'json', '--no-config', ...flags]);
  return { ...r, file: r.code === 2 ? ({} as JsonFile) : (JSON.parse(r.stdout).files[0] as JsonFile) };
}

const encodingCodes = (f: JsonFile): string[] => f.diagnostics.filter((d) => d.code.startsWith('encoding')).map((d) => d.code);
/** The unknown header names, as read: a way to see how a file was decoded. */
const unknownColumns = (f: JsonFile): unknown[] => f.diagnostics.filter((d) => d.code === 'header-unknown-column').map((d) => d.value);

const TEXT = 'id,name,område\r\n1,Skånegatan,Östra\r\n2,Ängsviken,Väst\r\n';

describe('validate reads encodings on evidence', () => {
  for (const [e, iconvName] of [
    ['cp850', 'cp850'],
    ['macroman', 'macintosh'],
    ['windows-1252', 'windows-1252'],
  ] as const) {
    it(`a ${e} file is read as ${e}: the letters come through`, async () => {
      const { file, stdout } = await validate(iconv.encode(TEXT, iconvName));
      expect(file.dialect).toMatchObject({ encoding: e, encodingConfidence: 'likely', bom: false });
      expect(encodingCodes(file)).toEqual(['encoding-not-utf8']);
      expect(unknownColumns(file)).toEqual(['område']);
      expect(stdout).not.toMatch(/read correctly/);
    });
  }

  it('UTF-8 with lines in Windows-1252: the UTF-8 lines stay UTF-8, the others are reported at their rows', async () => {
    const bytes = Buffer.concat([Buffer.from('id,name,område\n1,Ängsviken,ö\n'), iconv.encode('2,Kärrvägen,å\n3,Sjövägen,ä\n', 'windows-1252'), Buffer.from('4,Näs,x\n')]);
    const { file, stdout } = await validate(bytes);
    expect(file.dialect).toMatchObject({ encoding: 'utf-8', encodingConfidence: 'likely', encodingMixedWith: 'windows-1252' });
    expect(encodingCodes(file)).toEqual(['encoding-mixed', 'encoding-invalid-utf8', 'encoding-invalid-utf8']);
    expect(file.diagnostics.filter((d) => d.code === 'encoding-invalid-utf8').map((d) => d.row)).toEqual([3, 4]);
    expect(unknownColumns(file)).toEqual(['område']);
    expect(stdout).not.toContain('Ã');
  });

  it('one ambiguous letter: uncertain, naming the candidates and --encoding, exit 1', async () => {
    const { code, file } = await validate(iconv.encode('id,name,kärr\n1,a,b\n', 'windows-1252'), '--lang', 'sv');
    expect(code).toBe(1);
    expect(file.dialect).toMatchObject({ encoding: 'windows-1252', encodingConfidence: 'uncertain', encodingCandidates: ['windows-1252', 'cp850'] });
    expect(encodingCodes(file)).toEqual(['encoding-uncertain']);
    expect(file.diagnostics[0]?.message).toMatch(/--encoding \(någon av: windows-1252, cp850\)/);
    expect(unknownColumns(file)).toEqual(['kärr']);
  });
});

describe('--encoding', () => {
  const ambiguous = iconv.encode('id,name,kärr\n1,a,b\n', 'windows-1252');

  it('decodes as told, with no detection', async () => {
    const told = await validate(ambiguous, '--encoding', 'cp850');
    expect(told.file.dialect).toMatchObject({ encoding: 'cp850', encodingConfidence: 'given' });
    expect(unknownColumns(told.file)).toEqual(['kõrr']);
    expect(encodingCodes(told.file)).toEqual(['encoding-not-utf8']);
    const latin1 = await validate(ambiguous, '--encoding', 'latin1');
    expect(latin1.file.dialect).toMatchObject({ encoding: 'iso-8859-1', encodingConfidence: 'given' });
    expect(unknownColumns(latin1.file)).toEqual(['kärr']);
    const utf8 = await validate(ambiguous, '--encoding', 'utf-8');
    expect(utf8.file.dialect).toMatchObject({ encoding: 'utf-8', encodingConfidence: 'given' });
    expect(encodingCodes(utf8.file)).toEqual(['encoding-invalid-utf8']);
  });

  // Found on main: --encoding windows-1252 on a UTF-8 file read it as Windows-1252 and said the
  // file "is encoded as Windows-1252", with every å, ä and ö in the report garbled.
  it('another encoding named for a file that is valid UTF-8 is an error that shows a word misread', async () => {
    const told = await validate(Buffer.from(TEXT), '--encoding', 'windows-1252');
    expect(told.code).toBe(1);
    expect(encodingCodes(told.file)).toEqual(['encoding-given-contradicted']);
    const d = told.file.diagnostics.find((x) => x.code === 'encoding-given-contradicted');
    expect(d?.params).toEqual({ encoding: 'Windows-1252', word: 'område', misread: iconv.decode(Buffer.from('område'), 'windows-1252') });
    expect(d?.message).toContain('"område" becomes "omrÃ¥de"');
    // UTF-8's BOM alone is evidence too; an ASCII file is no contradiction (it reads the same in every encoding named).
    expect(encodingCodes((await validate(Buffer.from('\ufeffid,name\n1,a\n'), '--encoding', 'iso-8859-1')).file)).toEqual(['encoding-given-contradicted']);
    expect(encodingCodes((await validate(Buffer.from('id,name\n1,a\n'), '--encoding', 'windows-1252')).file)).toEqual(['encoding-not-utf8']);
    // A file that really is Windows-1252 is read as told, with no contradiction.
    expect(encodingCodes((await validate(iconv.encode(TEXT, 'windows-1252'), '--encoding', 'windows-1252')).file)).toEqual(['encoding-not-utf8']);
    const sv = await run(['validate', writeTemp(dir, 'utf8-as-1252.csv', TEXT), '--spec', spec, '--no-config', '--encoding', 'cp1252', '--lang', 'sv']);
    expect(sv.stdout).toContain('men den är giltig UTF-8: "område" blir "omrÃ¥de"');
  });

  it('drops a BOM of the encoding named', async () => {
    const bom = await validate(Buffer.from('\ufeffid,name\n1,Åsa\n'), '--encoding', 'utf-8');
    expect(bom.file.dialect).toMatchObject({ encoding: 'utf-8', bom: true });
    expect(encodingCodes(bom.file)).toEqual(['encoding-bom']);
    expect(unknownColumns(bom.file)).toEqual([]);
    const utf16 = await validate(iconv.encode('id,name,område\n1,Åsa,x\n', 'utf-16le', { addBOM: true }), '--encoding', 'utf-16le');
    expect(utf16.file.dialect).toMatchObject({ encoding: 'utf-16le', bom: true, encodingConfidence: 'given' });
    expect(unknownColumns(utf16.file)).toEqual(['område']);
  });

  it('any other name is exit 2, naming the accepted values (in Swedish with --lang sv)', async () => {
    const en = await validate(ambiguous, '--encoding', 'ebcdic', '--lang', 'en');
    expect(en.code).toBe(2);
    expect(en.stderr).toMatch(/--encoding must be one of utf-8, windows-1252 \(cp1252\), iso-8859-1 \(latin1\), cp850, macroman \(mac\), utf-16le, utf-16be \(given: "ebcdic"\)/);
    const sv = await validate(ambiguous, '--encoding', 'ebcdic', '--lang', 'sv');
    expect(sv.stderr).toMatch(/--encoding ska vara ett av värdena utf-8/);
    // A library caller passing an unknown name gets a usage error too, never a finding.
    await expect(validateFile(join(dir, 'x.csv'), { spec, encoding: 'ebcdic' as never })).rejects.toMatchObject({ kind: 'usage', code: 'bad-encoding' });
  });

  it('the config file: a global "encoding", an entry\'s own winning over it, the flag over both', async () => {
    const cwd = tempDir();
    writeSpec(cwd);
    writeFileSync(join(cwd, 'a.csv'), ambiguous);
    writeFileSync(join(cwd, 'b.txt'), ambiguous);
    const config = { encoding: 'cp1252', validate: [{ files: '*.csv', spec: './mini.json' }, { files: '*.txt', spec: './mini.json', inputFormat: 'csv', encoding: 'mac' }] };
    writeFileSync(join(cwd, 'datakoll.config.json'), JSON.stringify(config));
    const encodings = (stdout: string): unknown[] => JSON.parse(stdout).files.map((f: FileReport) => [f.dialect?.encoding, f.dialect?.encodingConfidence]);
    expect(encodings((await run(['validate', '--format', 'json'], { cwd })).stdout)).toEqual([
      ['windows-1252', 'given'],
      ['macroman', 'given'],
    ]);
    expect(encodings((await run(['validate', '--format', 'json', '--encoding', 'cp850'], { cwd })).stdout)).toEqual([
      ['cp850', 'given'],
      ['cp850', 'given'],
    ]);
  });
});

describe('threads', () => {
  const comparable = (f: FileReport): FileReport => ({ ...f, durationMs: 0 });
  const rows = Array.from({ length: 200 }, (_, i) => `${i + 1},${i % 9 === 0 ? '' : 'Skånegatan'},Öster ${i}`);
  const cp850 = iconv.encode(`id,name,område\n${rows.join('\n')}\n`, 'cp850');

  it('a CP850 file is cut into chunks and gives the one-thread report', async () => {
    const p = writeTemp(dir, 'big-cp850.csv', cp850);
    const one = await validateFile(p, { spec, threads: 1 });
    let chunks = 0;
    const two = await validateFile(p, { spec, threads: 2, parallel: { chunkMinBytes: 0, chunkBytes: 400, strict: true, onChunked: (_f, k) => (chunks = k) } });
    expect(chunks).toBeGreaterThan(3);
    expect(comparable(two)).toEqual(comparable(one));
    expect(one.dialect).toMatchObject({ encoding: 'cp850', encodingConfidence: 'likely' });
  }, 60_000);

  it('--encoding reaches files spread over threads', async () => {
    const paths = [writeTemp(dir, 's1.csv', cp850), writeTemp(dir, 's2.csv', cp850)];
    const two = await validateFiles(paths, { spec, threads: 2, encoding: 'windows-1252', parallel: { spreadMinBytes: 0, strict: true } });
    expect(two.files.map((f) => [f.dialect?.encoding, f.dialect?.encodingConfidence])).toEqual([
      ['windows-1252', 'given'],
      ['windows-1252', 'given'],
    ]);
  }, 60_000);
});
