import { describe, expect, it } from 'vitest';
import { FORMATTERS, FORMAT_NAMES, NO_COLORS, formatJsonPieces, jsonText } from '../../src/formatters/index.js';
import { messageOf } from '../../src/formatters/shared.js';
import { escapeData, escapeProperty } from '../../src/formatters/github.js';
import { escapeMarkdown } from '../../src/formatters/markdown.js';
import { artifactUri } from '../../src/formatters/sarif.js';
import { OUTPUT_FORMATS } from '../../src/options/index.js';
import { ALL_CODES } from '../../src/report/index.js';
import type { FileReport, RunReport } from '../../src/report/index.js';
import { HOSTILE, cell, fileReport, hostileReport, mixedReport, runReport, sampleReport } from './fixture.js';
import { xmlProblem } from './xml.js';

const en = { lang: 'en', colors: NO_COLORS } as const;
const sv = { lang: 'sv', colors: NO_COLORS } as const;
const sample = sampleReport();
const mixed = mixedReport();
const hostile = hostileReport();

describe('the format table', () => {
  it('every formatter is a flag value, and every flag value has a formatter', () => {
    expect([...OUTPUT_FORMATS].sort()).toEqual([...FORMAT_NAMES].sort());
  });
  it('formatters are pure: the same report gives the same text', () => {
    for (const name of FORMAT_NAMES) expect(FORMATTERS[name](mixed, en), name).toBe(FORMATTERS[name](mixed, en));
  });
});

describe('golden files', () => {
  const cases: [string, RunReport, typeof en | typeof sv][] = [
    ['sample-en', sample, en],
    ['sample-sv', sample, sv],
    ['mixed-en', mixed, en],
  ];
  // Every format of the table has golden files (text and JSON too).
  const ext: Record<string, string> = { text: 'txt', json: 'json', html: 'html', junit: 'xml', sarif: 'sarif.json', github: 'txt', gitlab: 'json', markdown: 'md', csv: 'csv', badge: 'svg' };
  it('cover every format of the table', () => {
    expect(Object.keys(ext).sort()).toEqual([...FORMAT_NAMES].sort());
  });
  for (const [format, suffix] of Object.entries(ext)) {
    for (const [name, report, ctx] of cases) {
      it(`${format} ${name}`, async () => {
        await expect(FORMATTERS[format as keyof typeof FORMATTERS](report, ctx)).toMatchFileSnapshot(`./__golden__/${format}-${name}.${suffix}`);
      });
    }
  }
});

describe('SARIF 2.1.0', () => {
  const log = JSON.parse(FORMATTERS.sarif(mixed, en));
  const run = log.runs[0];
  it('has the 2.1.0 shape, one rule per reported code, from the catalogue, with help in both languages', () => {
    expect(log.version).toBe('2.1.0');
    expect(run.tool.driver.name).toBe('datakoll');
    const reported = new Set(mixed.files.flatMap((f) => f.diagnostics.map((d) => d.code)));
    expect(run.tool.driver.rules.map((r: { id: string }) => r.id)).toEqual(ALL_CODES.filter((c) => reported.has(c)));
    const rule = run.tool.driver.rules.find((r: { id: string }) => r.id === 'invalid-integer');
    expect(rule.help.text).toContain('is not a whole number');
    expect(rule.properties.help.sv).toContain('är inte ett heltal');
    expect(rule.defaultConfiguration.level).toBe('error');
  });
  it('results point at file, line and column, with rule index and level', () => {
    const r = run.results.find((x: { ruleId: string }) => x.ruleId === 'invalid-integer');
    expect(run.tool.driver.rules[r.ruleIndex].id).toBe('invalid-integer');
    expect(r.level).toBe('error');
    expect(r.locations[0].physicalLocation).toEqual({ artifactLocation: { uri: 'a.csv' }, region: { startLine: 2, startColumn: 1 } });
    const w = run.results.find((x: { ruleId: string }) => x.ruleId === 'header-column-order');
    expect(w.level).toBe('warning');
    const j = run.results.find((x: { ruleId: string }) => x.ruleId === 'wrong-type');
    expect(j.locations[0].physicalLocation.region).toEqual({ startLine: 4 });
    expect(j.properties.pointer).toBe('/1/lat');
    const file = run.results.find((x: { ruleId: string }) => x.ruleId === 'file-unreadable');
    expect(file.locations[0].physicalLocation.region).toEqual({ startLine: 1 });
  });
  it('carries the score of each file and of the run', () => {
    expect(run.properties.score).toEqual(mixed.score);
    expect(run.artifacts[0].properties.score).toEqual(mixed.files[0]?.score);
  });
  it('file names become URI references', () => {
    expect(artifactUri('data/my file#1.csv')).toBe('data/my%20file%231.csv');
    expect(artifactUri('/abs/x.csv')).toBe('file:///abs/x.csv');
    expect(artifactUri('./data/x.csv')).toBe('data/x.csv');
    expect(artifactUri('C:\\data\\x.csv')).toBe('file:///C:/data/x.csv');
  });
});

describe('JUnit', () => {
  it('is well-formed: one testsuite per file, a testcase per group, failures for errors', () => {
    const xml = FORMATTERS.junit(mixed, en);
    expect(xmlProblem(xml)).toBeUndefined();
    expect(xml.match(/<testsuite /g)).toHaveLength(3);
    expect(xml).toContain('<testsuites name="datakoll" tests="5" failures="3" errors="1"');
    expect(xml).toContain('<error message="The file could not be read: no such file." type="file-unreadable">');
    expect(xml).toMatch(/name="name header-column-order" time="0">\s*<system-out>/);
    expect(xml).toContain('<property name="score.level" value="D"/>');
  });
});

describe('GitHub workflow commands', () => {
  it('one annotation per group at its first cell', () => {
    const out = FORMATTERS.github(sample, en);
    expect(out).toContain('::error file=badplatser.csv,line=3,col=11,title=datakoll pattern-mismatch (postcode)::postcode: \'4123\' does not have the form');
    expect(out).toContain('::warning file=badplatser.csv,line=9,title=datakoll row-blank::The row is blank');
    expect(out).toContain('datakoll: ok.csv: conforms to the spec; score A: 100% of rows without errors, structure passed');
  });
  it('escapes as the runner unescapes', () => {
    expect(escapeData('100%\r\nx')).toBe('100%25%0D%0Ax');
    expect(escapeProperty('a:b,c%')).toBe('a%3Ab%2Cc%25');
  });
});

describe('GitLab Code Quality', () => {
  it('one issue per finding with a unique fingerprint and a location, and the score per file', () => {
    const all = JSON.parse(FORMATTERS.gitlab(mixed, en));
    expect(new Set(all.map((i: { fingerprint: string }) => i.fingerprint)).size).toBe(8);
    const scores = all.filter((i: { check_name: string }) => i.check_name === 'datakoll/score');
    expect(scores.map((i: { description: string }) => i.description)).toEqual(['datakoll score D: 90% of rows without errors, structure failed', 'datakoll score D: 66% of records without errors, structure passed', 'datakoll score F: 0% of rows without errors, structure failed']);
    expect(scores[0]).toMatchObject({ severity: 'info', location: { path: 'a.csv', lines: { begin: 1 } } });
    const issues = all.filter((i: { check_name: string }) => i.check_name !== 'datakoll/score');
    expect(issues).toHaveLength(5);
    expect(issues[2]).toMatchObject({ check_name: 'datakoll/invalid-integer', severity: 'major', location: { path: 'a.csv', positions: { begin: { line: 2, column: 1 } } } });
    expect(issues[3]).toMatchObject({ severity: 'major', location: { path: 'b.json', lines: { begin: 4 } } });
    expect(issues[1].severity).toBe('minor');
  });
});

describe('escaping: hostile values cannot break or inject into any format', () => {
  it('HTML: no markup from data, no script but ours, no URL to load', () => {
    const html = FORMATTERS.html(hostile, en);
    expect(html.match(/<script/g)).toHaveLength(1);
    expect(html).not.toContain('<img');
    // Attribute values hold escaped text; outside them no tag may carry an event handler.
    expect(html.replace(/"[^"]*"/g, '""')).not.toMatch(/<[^>]*\son\w+=/i);
    expect(html.replace(/"[^"]*"/g, '""')).not.toMatch(/<[^>]*\ssrc=/i);
    for (const m of html.matchAll(/\shref="([^"]*)"/g)) expect(m[1]).toMatch(/^(#file-\d+|https:\/\/dataportal\.se\/)/);
    expect(html).toContain('&lt;script&gt;window.__pwned=1&lt;/script&gt;');
    // eslint-disable-next-line no-control-regex -- checking that none is left
    expect(html).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/);
  });
  it('JUnit: well-formed XML whatever the cells hold', () => {
    const xml = FORMATTERS.junit(hostile, en);
    expect(xmlProblem(xml)).toBeUndefined();
    expect(xml).not.toContain('<![CDATA[');
    expect(xml).toContain('&lt;script&gt;');
  });
  it('SVG chart and badge are well-formed XML', () => {
    expect(xmlProblem(FORMATTERS.badge(hostile, en))).toBeUndefined();
    const svg = /<svg class="chart"[\s\S]*?<\/svg>/.exec(FORMATTERS.html(hostile, en))?.[0] ?? '';
    expect(xmlProblem(svg.replace(/&#39;/g, '&apos;'))).toBeUndefined();
  });
  it('JSON formats round-trip every value exactly', () => {
    for (const name of ['json', 'sarif', 'gitlab'] as const) {
      const text = FORMATTERS[name](hostile, en);
      expect(() => JSON.parse(text), name).not.toThrow();
    }
    const out = JSON.parse(FORMATTERS.json(hostile, en));
    expect(out.files[0].diagnostics.map((d: { value: string }) => d.value).slice(0, HOSTILE.length)).toEqual(HOSTILE);
  });
  it('GitHub: every command stays on one line, and no cell, spec text or file name starts a command', () => {
    const lines = FORMATTERS.github(hostile, en).trimEnd().split('\n');
    expect(lines).toHaveLength(hostile.files.reduce((n, f) => n + f.groups.length + 1, 0));
    for (const l of lines) expect(l).toMatch(/^(::(error|warning|notice) [^:]*::|datakoll: )/);
    expect(lines.some((l) => l.startsWith('::error file=x') || l.startsWith('::error::'))).toBe(false);
    expect(lines.join('\n')).not.toMatch(/\r/);
    // The properties (file, title) escape ESC too, and hold no raw : or , of their own.
    for (const l of lines.filter((x) => x.startsWith('::'))) {
      const props = /^::\w+ ([^:]*)::/.exec(l)?.[1] ?? '';
      expect(props).toMatch(/^file=(evil|b)[^,]*\\u001b\[2J⏎%3A%3Aerror%3A%3Apwned\\u009b31m\\u202eevil\\u2028next/);
      // eslint-disable-next-line no-control-regex -- checking that none is left
      expect(props).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
    }
  });

  it('every format: no control character from a spec, a cell or a file name reaches a terminal or a CI log raw', () => {
    for (const name of FORMAT_NAMES) {
      for (const ctx of [en, sv]) {
        // eslint-disable-next-line no-control-regex -- checking that none is left
        expect(FORMATTERS[name](hostile, ctx), name).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/);
      }
    }
  });

  /** A file's entries with the JSON report's `fixable` after `stats` (none of these findings is one fix repairs). */
  const withFixable = (f: FileReport): Record<string, unknown> =>
    Object.fromEntries(Object.entries(f).flatMap(([k, v]) => (k === 'stats' ? [[k, v], ['fixable', { findings: 0, of: f.stats.errors + f.stats.warnings + f.stats.infos, codes: [] }]] : [[k, v]])));
  it("JSON: the pieces are JSON.stringify's text, and no piece is the whole of a large report", () => {
    const out = { ...hostile, lang: 'en', files: hostile.files.map((f) => withFixable({ ...f, diagnostics: f.diagnostics.map((d) => ({ ...d, message: messageOf(d, 'en') })), groups: f.groups.map((g) => ({ ...g, examples: g.examples.map((d) => ({ ...d, message: messageOf(d, 'en') })), explain: `datakoll explain ${g.code}` })) })) };
    expect(JSON.parse(FORMATTERS.json(hostile, en))).toEqual(JSON.parse(JSON.stringify(out)));
    expect(FORMATTERS.json(hostile, en)).toBe(`${jsonText(out, 2)}\n`);
    const big = runReport([fileReport('big.csv', Array.from({ length: 5000 }, (_v, i) => cell(i + 2, 'postcode', 11, `v${i}`)), 5001)]);
    const pieces = [...formatJsonPieces(big, en)];
    expect(pieces.length).toBeGreaterThan(5);
    expect(Math.max(...pieces.map((p) => p.length))).toBeLessThan(200_000);
    expect(pieces.join('')).toBe(`${JSON.stringify({ ...big, lang: 'en', files: big.files.map((f) => withFixable({ ...f, diagnostics: f.diagnostics.map((d) => ({ ...d, message: messageOf(d, 'en') })), groups: f.groups.map((g) => ({ ...g, examples: g.examples.map((d) => ({ ...d, message: messageOf(d, 'en') })), explain: `datakoll explain ${g.code}` })) })) }, null, 2)}\n`);
  });
  it('Markdown: no raw HTML, no table break, no link from data', () => {
    const md = FORMATTERS.markdown(hostile, en);
    expect(md).not.toMatch(/<(script|img|!--)/);
    expect(md).not.toMatch(/(?<!\\)\]\(javascript/);
    const tableRows = md.split('\n').filter((l) => l.startsWith('| ✖'));
    for (const r of tableRows) expect(r.replace(/\\\|/g, '').split('|')).toHaveLength(8);
    expect(escapeMarkdown('a|b*c<d>&')).toBe('a\\|b\\*c&lt;d&gt;&amp;');
  });
  it('text: no control characters reach the terminal', () => {
    // eslint-disable-next-line no-control-regex -- checking that none is left
    expect(FORMATTERS.text(hostile, en)).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f]/);
  });
});

describe('csv: a spreadsheet cannot run a cell', () => {
  it('a value starting with =, +, -, @, a tab or a carriage return gets an apostrophe; quotes and commas are quoted', async () => {
    const { csvCellInert } = await import('../../src/formatters/csv.js');
    expect(csvCellInert('=HYPERLINK("http://x","klick")')).toBe(`"'=HYPERLINK(""http://x"",""klick"")"`);
    for (const v of ['+1', '-1+1', '@SUM(A1)', '\tx']) expect(csvCellInert(v).replace(/^"/, '').startsWith("'"), v).toBe(true);
    expect(csvCellInert('a,b')).toBe('"a,b"');
    expect(csvCellInert('57.63')).toBe('57.63');
  });
});

describe('csv: sorted as the report is', () => {
  it('lists the findings a person decides on before what fix repairs, in row order within each', () => {
    const ds = [
      { ...cell(2, 'latitude', 3, '57,7', 'form-decimal-comma'), severity: 'warning' as const },
      cell(3, 'postcode', 11, '41'),
      { ...cell(4, 'latitude', 3, '58,1', 'form-decimal-comma'), severity: 'warning' as const },
      cell(5, 'postcode', 11, '4123'),
    ];
    const rows = FORMATTERS.csv(runReport([fileReport('a.csv', ds, 6)]), en).trim().split('\n').slice(1);
    expect(rows.map((r) => [r.split(',')[2], /,(pattern-mismatch|form-decimal-comma),/.exec(r)?.[1]])).toEqual([['3', 'pattern-mismatch'], ['5', 'pattern-mismatch'], ['2', 'form-decimal-comma'], ['4', 'form-decimal-comma']]);
  });
});

describe('the spec file and its SHA-256 (issue 19)', () => {
  it('are named by every format a person or a CI log reads', () => {
    const spec = sample.files[0]?.spec;
    expect(spec).toBeDefined();
    for (const name of ['text', 'json', 'html', 'markdown', 'github', 'junit', 'sarif', 'csv'] as const) {
      const out = FORMATTERS[name](sample, en);
      expect(out, name).toContain(spec?.sha256 as string);
      expect(out, name).toContain(spec?.file as string);
    }
  });
});
