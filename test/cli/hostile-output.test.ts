/**
 * Terminal and CI log injection: a spec's texts, a file's name, its column names and cells reach
 * standard output and standard error only with their control characters made visible, in every
 * format and every command; in the github format nothing from them can start a workflow command.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { OUTPUT_FORMATS } from '../../src/options/index.js';
import { attr, miniSpec, tempDir } from '../helpers.js';
import { run } from './run.js';

/** Clears the screen, starts a workflow command on a new line, 8-bit CSI, bell, text turned around. */
const EVIL = '\u001b[2J\n::error::pwned\r\u009b31m\u0007\u202e';
// eslint-disable-next-line no-control-regex -- what must never be written raw
const RAW = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

function hostileSpec(dir: string): string {
  const col = `kolumn${EVIL}`;
  const spec = miniSpec({
    'x-title': { sv: `Titel${EVIL}`, en: `Title${EVIL}` },
    'x-status-note': { sv: `Not${EVIL}`, en: `Note${EVIL}` },
    'x-official-url': `https://example.se/${EVIL}`,
    'x-license': `CC0${EVIL}`,
    'x-columns': ['id', col, 'lat'],
    required: ['id'],
    'x-unique-key': ['id'],
    properties: {
      id: attr('integer', { 'x-description': { sv: `id${EVIL}`, en: `id${EVIL}` } }),
      [col]: attr('string', { pattern: '^[a-z]+$', 'x-datatype': `text${EVIL}`, 'x-description': { sv: `beskr${EVIL}`, en: `descr${EVIL}` } }),
      lat: attr('number'),
    },
  });
  const file = join(dir, `spec${EVIL.replace(/\//g, '')}.json`);
  writeFileSync(file, JSON.stringify(spec));
  return file;
}

const quoted = (s: string): string => `"${s.replace(/"/g, '""')}"`;

function hostileData(dir: string): string {
  const file = join(dir, `data${EVIL}.csv`);
  writeFileSync(file, `id,lat,${quoted(` kolumn${EVIL}`)}\n1,"57,5",${quoted(`a${EVIL}`)}\n1,${quoted(`x${EVIL}`)},ok\n`);
  return file;
}

describe('nothing from a spec or a data file acts on a terminal or a CI log', () => {
  it('validate: every format, to standard output, in both languages', async () => {
    const dir = tempDir();
    const spec = hostileSpec(dir);
    const data = hostileData(dir);
    for (const format of OUTPUT_FORMATS) {
      for (const lang of ['sv', 'en']) {
        const r = await run(['validate', data, '--spec', spec, '--format', format, '--lang', lang], { cwd: dir });
        expect(r.code, `${format} ${r.stderr}`).toBe(1);
        expect(r.stdout, format).not.toMatch(RAW);
        expect(r.stderr, format).not.toMatch(RAW);
      }
    }
  });

  it('github: only our own commands start a line, and no property holds a raw ESC, : or ,', async () => {
    const dir = tempDir();
    const r = await run(['validate', hostileData(dir), '--spec', hostileSpec(dir), '--format', 'github'], { cwd: dir });
    const lines = r.stdout.trimEnd().split('\n');
    for (const l of lines) expect(l).toMatch(/^(::(error|warning|notice) file=[^:]*::|datakoll: )/);
    expect(lines.some((l) => l.startsWith('::error::'))).toBe(false);
    expect(lines.find((l) => l.startsWith('::'))).toMatch(/^::\w+ file=[^:,]*data\\u001b\[2J⏎%3A%3Aerror%3A%3Apwned\\u000d\\u009b31m\\u0007\\u202e\.csv,/);
  });

  it('specs show and specs list, as text and JSON; specs diff', async () => {
    const dir = tempDir();
    const spec = hostileSpec(dir);
    for (const args of [['specs', 'show', spec], ['specs', 'show', spec, '--format', 'json'], ['specs', 'list', '--specs-dir', dir], ['specs', 'list', '--specs-dir', dir, '--format', 'json'], ['specs', 'diff', spec, 'badplatser']]) {
      const r = await run(args, { cwd: dir });
      // specs diff exits 1: the specs differ.
      expect(r.code, args.join(' ')).toBe(args[1] === 'diff' ? 1 : 0);
      expect(r.stdout.length).toBeGreaterThan(50);
      expect(r.stdout, args.join(' ')).not.toMatch(RAW);
    }
    const show = await run(['specs', 'show', spec, '--lang', 'sv'], { cwd: dir });
    expect(show.stdout).toContain('Titel\\u001b[2J⏎::error::pwned\\u000d\\u009b31m\\u0007\\u202e');
  });

  it('fix: the change log shows the columns and cells it names', async () => {
    const dir = tempDir();
    const r = await run(['fix', hostileData(dir), '--spec', hostileSpec(dir), '-o', join(dir, 'fixed.csv')], { cwd: dir });
    expect(r.stdout).toContain('57,5');
    expect(r.stdout).toContain('kolumn\\u001b[2J');
    expect(r.stdout).not.toMatch(RAW);
    expect(r.stderr).not.toMatch(RAW);
  });

  it('error messages on standard error: a spec error quoting the spec, an unknown spec, a bad option', async () => {
    const dir = tempDir();
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify(miniSpec({ 'x-columns': ['id', 'name', 'lat', 'ok', 'day', `ghost${EVIL}`] })));
    for (const args of [['validate', 'x.csv', '--spec', bad], ['validate', 'x.csv', '--spec', `nope${EVIL}`], ['validate', 'x.csv', '--spec', 'badplatser', '--max-errors', `1${EVIL}`], ['specs', 'show', `nope${EVIL}`]]) {
      const r = await run(args, { cwd: dir });
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toContain('\\u001b[2J');
      expect(r.stderr.trimEnd(), args.join(' ')).not.toMatch(RAW);
      expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    }
  });
});
