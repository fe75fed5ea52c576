import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir, writeSpec, writeTemp } from '../helpers.js';
import { xmlProblem } from '../formatters/xml.js';
import { FORMATTERS, NO_COLORS } from '../../src/formatters/index.js';
import { OUTPUT_FORMATS } from '../../src/options/outputs.js';
import { loadWriter } from '../../src/formatters/table.js';
import { run } from './run.js';

const dir = tempDir();
const spec = writeSpec(dir);
const good = writeTemp(dir, 'good.csv', 'id,name,lat,ok,day\n1,Åsa,57.1,true,2024-01-31\n');
const bad = writeTemp(dir, 'bad.csv', 'id,name,lat,ok,day\n1,Åsa,57.1,ja,2024-01-31\n2,Bo,xx,true,\n');
const warnOnly = writeTemp(dir, 'warn.csv', 'id,name\n1,a\n,\n2,b\n');

describe('several formats at once', () => {
  it('text to stdout, HTML and JUnit to files', async () => {
    const html = join(dir, 'out', 'report.html');
    const junit = join(dir, 'out', 'junit.xml');
    const r = await run(['validate', good, bad, '--spec', spec, '--format', 'text', '--format', `html=${html}`, '--format', `junit=${junit}`]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('does not conform to the spec');
    expect(readFileSync(html, 'utf8')).toMatch(/^<!DOCTYPE html>/);
    expect(xmlProblem(readFileSync(junit, 'utf8'))).toBeUndefined();
  });

  it('only files: nothing on stdout; every format has a name', async () => {
    const out = join(dir, 'only');
    const formats = ['json', 'sarif', 'gitlab', 'markdown', 'github', 'badge', 'html', 'junit', 'text'];
    const r = await run(['validate', bad, '--spec', spec, ...formats.flatMap((f) => ['-f', `${f}=${join(out, f)}`])]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    for (const f of formats) expect(existsSync(join(out, f)), f).toBe(true);
    expect(JSON.parse(readFileSync(join(out, 'sarif'), 'utf8')).version).toBe('2.1.0');
  });

  it('at most one report on stdout; unknown formats and empty file names are usage errors', async () => {
    for (const [argv, message] of [
      [['--format', 'text', '--format', 'json'], /only one report to standard output/],
      [['--format', 'xml'], /--format must be one of text, json, html.*\(given: "xml"\)/],
      [['--format', 'html='], /--format needs a file name/],
    ] as const) {
      const r = await run(['validate', good, '--spec', spec, ...argv]);
      expect(r.code, argv.join(' ')).toBe(2);
      expect(r.stderr).toMatch(message);
    }
  });

  it('--format text=- is standard output', async () => {
    const r = await run(['validate', good, '--spec', spec, '--format', 'json=-']);
    expect(JSON.parse(r.stdout).files[0].score.level).toBe('A');
  });

  it('--format github in GitHub Actions also writes the Markdown job summary', async () => {
    const summary = writeTemp(dir, 'step-summary.md', '');
    const r = await run(['validate', bad, '--spec', spec, '--format', 'github'], { env: { GITHUB_STEP_SUMMARY: summary, LANG: 'C' } });
    expect(r.stdout).toMatch(/^::error file=.*bad\.csv,line=2,col=4,/m);
    expect(readFileSync(summary, 'utf8')).toContain('## datakoll report');
  });
});

describe('--fail-on', () => {
  it('error (default): warnings show but do not fail', async () => {
    const r = await run(['validate', warnOnly, '--spec', spec]);
    expect(r.stdout).toContain('row-blank');
    expect(r.code).toBe(0);
  });
  it('warning and info fail on lesser findings; never passes whatever is found', async () => {
    expect((await run(['validate', warnOnly, '--spec', spec, '--fail-on', 'warning'])).code).toBe(1);
    expect((await run(['validate', warnOnly, '--spec', spec, '--fail-on', 'info'])).code).toBe(1);
    expect((await run(['validate', good, '--spec', spec, '--fail-on', 'info'])).code).toBe(0);
    expect((await run(['validate', bad, '--spec', spec, '--fail-on', 'never'])).code).toBe(0);
  });
  it('an unreadable file is exit 3 whatever --fail-on says; a bad value is exit 2', async () => {
    expect((await run(['validate', join(dir, 'nope.csv'), '--spec', spec, '--fail-on', 'never'])).code).toBe(3);
    const r = await run(['validate', good, '--spec', spec, '--fail-on', 'sometimes']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--fail-on must be one of error, warning, info, never \(given: "sometimes"\)/);
  });
});

describe('--badge', () => {
  it('writes an SVG badge with the run score', async () => {
    const badge = join(dir, 'badge.svg');
    const r = await run(['validate', bad, '--spec', spec, '--badge', badge]);
    expect(r.code).toBe(1);
    const svg = readFileSync(badge, 'utf8');
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg).toContain('>F 0%<');
    expect(xmlProblem(svg)).toBeUndefined();
  });
});

describe('the score in every format', () => {
  it('text and JSON', async () => {
    expect((await run(['validate', bad, '--spec', spec])).stdout).toContain('score F: 0% of rows without errors, structure passed');
    const j = JSON.parse((await run(['validate', good, bad, '--spec', spec, '--format', 'json'])).stdout);
    expect(j.files[0].score).toEqual({ rowsOkShare: 1, structure: 'pass', level: 'A' });
    expect(j.score).toEqual({ rowsOkShare: 0.3333, structure: 'pass', level: 'F' });
  });
});

describe('the progress bar', () => {
  const big = join(dir, 'big.csv');
  writeFileSync(big, `id,name\n${Array.from({ length: 9000 }, (_v, i) => `${i + 1},${'x'.repeat(1000)}`).join('\n')}\n`);
  it('shows on a terminal for a large file, and is cleared', async () => {
    const r = await run(['validate', big, '--spec', spec], { stderrTty: true, env: { LANG: 'C' } });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('reading');
    expect(r.stderr.endsWith('\r\u001b[2K')).toBe(true);
  });
  it('never when stderr is piped, in CI, or with --no-progress', async () => {
    expect((await run(['validate', big, '--spec', spec], { stderrTty: false })).stderr).toBe('');
    expect((await run(['validate', big, '--spec', spec], { stderrTty: true, env: { CI: 'true' } })).stderr).toBe('');
    expect((await run(['validate', big, '--spec', spec, '--no-progress'], { stderrTty: true })).stderr).toBe('');
  });
});

describe('--publisher', () => {
  it('passes the publisher to the run: rows naming another publisher are found; a bad id is exit 2', async () => {
    const { miniSpec } = await import('../helpers.js');
    const pubSpec = writeSpec(dir, miniSpec({ 'x-publisher-field': 'name' }), 'pub.json');
    const data = writeTemp(dir, 'pub.csv', 'id,name\n1,1480\n2,0180\n');
    const r = await run(['validate', data, '--spec', pubSpec, '--publisher', '1480', '--format', 'json']);
    expect(r.stderr).toBe('');
    const found = JSON.parse(r.stdout).files[0].diagnostics.map((d: { code: string; row: number }) => [d.row, d.code]);
    expect(found.filter((f: [number, string]) => f[1] === 'publisher-mismatch')).toEqual([[3, 'publisher-mismatch']]);
    const bad = await run(['validate', data, '--spec', pubSpec, '--publisher', '1917']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^datakoll: --publisher must be/);
  });

  it('on a spec with no publisher attribute is a usage error, not silently ignored (issue 19)', async () => {
    const data = writeTemp(dir, 'nopub.csv', 'id,name\n1,a\n');
    for (const lang of ['sv', 'en']) {
      const r = await run(['validate', data, '--spec', spec, '--publisher', '1480', '--lang', lang]);
      expect([r.code, r.stdout], lang).toEqual([2, '']);
      expect(r.stderr, lang).toMatch(lang === 'sv' ? /^datakoll: --publisher kan inte kontrolleras mot / : /^datakoll: --publisher cannot be checked against /);
    }
  });
});

describe('the formatters the CLI imports when a run asks for them', () => {
  it('are the FORMATTERS table, one for every output format', async () => {
    expect(Object.keys(FORMATTERS).sort()).toEqual([...OUTPUT_FORMATS].sort());
    for (const f of OUTPUT_FORMATS.filter((x) => x !== 'json')) expect(await loadWriter(f), f).toBe(FORMATTERS[f]);
    // The JSON report is written in pieces: the same text as the table's formatter gives.
    const report = JSON.parse((await run(['validate', bad, '--spec', spec, '--format', 'json'])).stdout) as Parameters<typeof FORMATTERS.json>[0];
    const ctx = { lang: 'en', colors: NO_COLORS } as const;
    expect([...(await loadWriter('json'))(report, ctx)].join('')).toBe(FORMATTERS.json(report, ctx));
  });
});
