import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir, writeSpec } from '../helpers.js';
import { run } from './run.js';

/** A project folder: a spec, data files, and a datakoll.config.json. */
function project(config: unknown): string {
  const dir = tempDir();
  writeSpec(dir);
  mkdirSync(join(dir, 'data', 'old'), { recursive: true });
  writeFileSync(join(dir, 'data', 'a.csv'), 'id,name\n1,a\n');
  writeFileSync(join(dir, 'data', 'b.csv'), 'id,name\nx,b\n');
  writeFileSync(join(dir, 'data', 'semi.txt'), 'id;name\n1;a\n');
  writeFileSync(join(dir, 'data', 'old', 'c.csv'), 'id,name\n1,c\n');
  writeFileSync(join(dir, 'datakoll.config.json'), typeof config === 'string' ? config : JSON.stringify(config));
  return dir;
}

const basic = {
  validate: [
    { files: 'data/**/*.csv', ignore: ['data/old/**'], spec: './mini.json' },
    { files: 'data/*.txt', spec: './mini.json', delimiter: ';', inputFormat: 'csv' },
  ],
};

describe('datakoll.config.json', () => {
  it('a bare `datakoll validate` checks what the config names, with its options', async () => {
    const cwd = project(basic);
    const r = await run(['validate', '--format', 'json'], { cwd });
    expect(r.stderr).toBe('');
    const report = JSON.parse(r.stdout);
    expect(report.files.map((f: { file: string }) => f.file)).toEqual(['data/a.csv', 'data/b.csv', 'data/semi.txt']);
    // semi.txt is read with the config's delimiter; a semicolon file still breaks the spec's comma rule.
    expect(report.files.map((f: { valid: boolean }) => f.valid)).toEqual([true, false, false]);
    expect(report.files[2].diagnostics.filter((d: { severity: string }) => d.severity !== 'info').map((d: { code: string }) => d.code)).toEqual(['dialect-delimiter']);
    expect(r.code).toBe(1);
  });

  it('writes the outputs and the badge it names, relative to its folder, and uses failOn and lang', async () => {
    const cwd = project({ ...basic, lang: 'sv', failOn: 'never', outputs: ['text', 'junit=reports/junit.xml'], badge: 'reports/badge.svg' });
    const r = await run(['validate'], { cwd });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('följer inte specifikationen');
    expect(readFileSync(join(cwd, 'reports', 'junit.xml'), 'utf8')).toContain('<testsuites');
    expect(readFileSync(join(cwd, 'reports', 'badge.svg'), 'utf8')).toContain('<svg');
  });

  it('flags override the config', async () => {
    const cwd = project({ ...basic, lang: 'sv', failOn: 'never', outputs: ['junit=reports/junit.xml'] });
    const r = await run(['validate', '--format', 'text', '--fail-on', 'error', '--lang', 'en'], { cwd });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('does not conform');
  });

  it('files named on the command line take their spec from the entry whose glob matches', async () => {
    const cwd = project(basic);
    const r = await run(['validate', 'data/semi.txt', 'data/a.csv', '--format', 'json'], { cwd });
    expect(r.code).toBe(1); // only for the semicolon (dialect-delimiter)
    expect(JSON.parse(r.stdout).files.map((f: { file: string }) => f.file)).toEqual(['data/semi.txt', 'data/a.csv']);
    const none = await run(['validate', 'data/old/c.csv'], { cwd });
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('No spec for data/old/c.csv');
  });

  it('--config names another file; --no-config ignores it', async () => {
    const cwd = project('{ this is not json');
    writeFileSync(join(cwd, 'other.json'), JSON.stringify(basic));
    expect((await run(['validate', '--config', 'other.json'], { cwd })).code).toBe(1);
    const ignored = await run(['validate', 'data/a.csv', '--spec', './mini.json', '--no-config'], { cwd });
    expect(ignored.code).toBe(0);
  });

  it('a bad config is exit 2 with a message that names the key, the rule and what was given', async () => {
    const cases: [unknown, RegExp][] = [
      ['{ this is not json', /^datakoll: The config file datakoll\.config\.json cannot be used: it is not valid JSON at line 1, column \d+/],
      [{ validate: [{ files: 'data/*.csv', spec: './mini.json', maxErrors: -1 }] }, /datakoll\.config\.json: validate\[0\]\.maxErrors must be at least 1 \(given: -1\)/],
      [{ validate: [{ files: 'nothing/*.csv', spec: './mini.json' }] }, /validate\[0\]\.files matched no files/],
      [{ validate: [{ files: 'data/*.csv', spec: 'nosuchspec' }] }, /Unknown spec/],
    ];
    for (const [config, pattern] of cases) {
      const r = await run(['validate'], { cwd: project(config) });
      expect(r.code, JSON.stringify(config)).toBe(2);
      expect(r.stderr).toMatch(pattern);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
    expect((await run(['validate', '--config', 'missing.json'], { cwd: project(basic) })).stderr).toMatch(/The config file missing\.json could not be read: there is no such file/);
  });

  it('without files and without a config: a usage error that says what to do', async () => {
    const r = await run(['validate'], { cwd: tempDir() });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--spec is required|No files to check/);
  });
});
