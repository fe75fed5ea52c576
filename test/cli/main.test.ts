import { describe, expect, it } from 'vitest';
import { tempDir, writeSpec, writeTemp } from '../helpers.js';
import { run } from './run.js';

const dir = tempDir();
const spec = writeSpec(dir);
const good = writeTemp(dir, 'good.csv', 'id,name,lat,ok,day\n1,Åsa,57.1,true,2024-01-31\n');
const bad = writeTemp(dir, 'bad.csv', 'id,name,lat,ok,day\n1,Åsa,57.1,kanske,2024-01-31\n2,Bo,xx,true,\n3,Cy,yy,true,\n');

describe('datakoll validate', () => {
  it('exit 0 when every file conforms', async () => {
    const r = await run(['validate', good, '--spec', spec]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('conforms to the spec');
    expect(r.stderr).toBe('');
  });

  it('exit 1 when a file does not; text groups by column and code with example rows', async () => {
    const r = await run(['validate', good, bad, '--spec', spec]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/lat {2}invalid-number 2 rows, e\.g\. cells C3 'xx', C4 'yy'/);
    expect(r.stdout).toContain("lat: 'xx' is not a number");
    expect(r.stdout).toMatch(/Summary: 2 files \(1 passed, 1 failed, 0 unreadable\)/);
  });

  it('exit 3 when a file cannot be read, and the others are still reported', async () => {
    const r = await run(['validate', good, `${dir}/missing.csv`, '--spec', spec]);
    expect(r.code).toBe(3);
    expect(r.stdout).toContain('no such file');
    expect(r.stdout).toContain('good.csv');
  });

  it('exit 2 for an unknown spec, a bad flag value or a missing --spec, without a stack trace', async () => {
    for (const argv of [
      ['validate', good, '--spec', 'nosuchspec'],
      ['validate', good, '--spec', spec, '--format', 'xml'],
      ['validate', good, '--spec', spec, '--max-errors', 'many'],
      ['validate', good],
      ['validate', good, '--spec', spec, '--bogus'],
      ['nosuchcommand'],
    ]) {
      const r = await run(argv);
      expect(r.code, argv.join(' ')).toBe(2);
      expect(r.stderr, argv.join(' ')).toMatch(/^datakoll: /);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
  });

  it('a broken spec file is a usage error naming the file', async () => {
    const broken = writeTemp(dir, 'broken-spec.json', '{"type": "object"}');
    const r = await run(['validate', good, '--spec', broken]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('broken-spec.json');
    expect(r.stderr).toContain('x-id');
  });

  it('--format json: a versioned report with the spec id, version and hash', async () => {
    const r = await run(['validate', bad, '--spec', spec, '--format', 'json']);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout);
    expect(report.reportVersion).toBe(1);
    expect(report.tool.name).toBe('datakoll');
    expect(report.files[0].spec).toMatchObject({ id: 'mini', version: '1.0' });
    expect(report.files[0].spec.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(report.files[0].diagnostics[0]).toMatchObject({ code: 'invalid-boolean', row: 2, line: 2, column: 4, columnLetter: 'D', field: 'ok', value: 'kanske', severity: 'error' });
    expect(report.files[0].diagnostics[0].message).toContain("'kanske' is not a yes/no value");
  });

  it('--lang sv, and Swedish from the locale', async () => {
    const sv = await run(['validate', bad, '--spec', spec, '--lang', 'sv']);
    expect(sv.stdout).toContain("'xx' är inte ett tal");
    const fromLocale = await run(['validate', bad, '--spec', spec], { env: { LANG: 'sv_SE.UTF-8' } });
    expect(fromLocale.stdout).toContain('följer inte specifikationen');
    const flagWins = await run(['validate', bad, '--spec', spec, '--lang', 'en'], { env: { LC_ALL: 'sv_SE.UTF-8' } });
    expect(flagWins.stdout).toContain('does not conform');
  });

  it('--max-errors lists fewer but counts all, and says the list is partial', async () => {
    const r = await run(['validate', bad, '--spec', spec, '--max-errors', '1', '--format', 'json']);
    const f = JSON.parse(r.stdout).files[0];
    expect(f.diagnostics).toHaveLength(1);
    expect(f.partial).toBe(true);
    expect(f.stats.errors).toBe(3);
    const t = await run(['validate', bad, '--spec', spec, '--max-errors', '1']);
    expect(t.stdout).toContain('The list stopped after 1 finding; the rest are counted but not shown.');
  });

  it('reads standard input for "-", detecting JSON', async () => {
    const r = await run(['validate', '-', '--spec', spec, '--format', 'json'], { stdin: '[{"id": 1, "name": "A"}, {"id": 1}]' });
    const f = JSON.parse(r.stdout).files[0];
    expect(f.file).toBe('-');
    expect(f.format).toBe('json');
    expect(f.diagnostics.map((d: { code: string }) => d.code)).toEqual(['required-missing', 'unique-duplicate']);
  });

  it('--delimiter and --input-format', async () => {
    const semi = writeTemp(dir, 'semi.txt', 'id;name\n1;A\n');
    const r = await run(['validate', semi, '--spec', spec, '--delimiter', ';', '--input-format', 'csv', '--format', 'json']);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).files[0].diagnostics.filter((d: { severity: string }) => d.severity !== 'info').map((d: { code: string }) => d.code)).toEqual(['dialect-delimiter']);
  });

  it('colours only on a terminal, and never with NO_COLOR', async () => {
    expect((await run(['validate', bad, '--spec', spec], { tty: true })).stdout).toContain('\u001b[');
    expect((await run(['validate', bad, '--spec', spec], { tty: true, env: { NO_COLOR: '1' } })).stdout).not.toContain('\u001b[');
    expect((await run(['validate', bad, '--spec', spec, '--no-color'], { tty: true })).stdout).not.toContain('\u001b[');
  });
});

describe('datakoll specs', () => {
  it('list shows the bundled specs, in text and JSON', async () => {
    const t = await run(['specs', 'list']);
    expect(t.code).toBe(0);
    expect(t.stdout).toMatch(/badplatser\s+1\.0\s+partial/);
    const j = JSON.parse((await run(['specs', 'list', '--format', 'json'])).stdout);
    expect(j.map((s: { id: string }) => s.id)).toEqual(expect.arrayContaining(['badplatser', 'offentliga-toaletter']));
  });

  it('show prints the attribute table with provenance and where the official spec lives', async () => {
    const r = await run(['specs', 'show', 'badplatser']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('https://dataportal.se/specifications/badplatser/1.0');
    expect(r.stdout).toMatch(/place_id\s+text\s+yes\s+seen/);
    expect(r.stdout).toMatch(/toilet\s+yes\/no \(true\/false\)\s+no\s+seen/);
  });

  it('show says plainly that a reconstructed spec is not the official model', async () => {
    const recon = writeSpec(tempDir());
    const r = await run(['specs', 'show', recon]);
    expect(r.stdout).toContain('NOT the official model');
  });

  it('show of an unknown spec is exit 2', async () => {
    expect((await run(['specs', 'show', 'nope'])).code).toBe(2);
  });
});

describe('help and version', () => {
  it('--version prints the package version', async () => {
    const r = await run(['--version']);
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('--help on every command, in English and Swedish', async () => {
    for (const argv of [[], ['validate'], ['specs'], ['specs', 'list'], ['specs', 'show'], ['specs', 'docs'], ['specs', 'import'], ['specs', 'diff'], ['specs', 'export'], ['template']]) {
      const en = await run([...argv, '--help']);
      expect(en.code, argv.join(' ')).toBe(0);
      expect(en.stdout).toContain('Usage:');
      const sv = await run([...argv, '--help', '--lang', 'sv']);
      expect(sv.stdout.length).toBeGreaterThan(0);
    }
    expect((await run(['validate', '--help'])).stdout).toContain('--max-errors');
    expect((await run(['validate', '--help', '--lang', 'sv'])).stdout).toContain('visa högst N fynd');
    expect((await run(['--help'])).stdout).toContain('Exit codes');
  });
});
