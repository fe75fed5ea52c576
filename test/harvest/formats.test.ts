/**
 * The harvest report's formats on one report made here (every status, a carried result, a merged
 * run), in Swedish and English: golden files, and values from a catalogue that would act on a
 * terminal, a page, XML, Markdown or a spreadsheet arrive inert.
 */
import { describe, expect, it } from 'vitest';
import { HARVEST_FORMAT_NAMES, HARVEST_FORMATS } from '../../src/harvest/formats.js';
import { summarizeHarvest } from '../../src/harvest/summary.js';
import { HARVEST_REPORT_KIND, HARVEST_REPORT_VERSION } from '../../src/harvest/types.js';
import type { HarvestEntry, HarvestReport } from '../../src/harvest/types.js';
import { LANGS } from '../../src/report/index.js';

const HOSTILE = '<script>alert(1)</script> ]]> | *x* =HYPERLINK("http://evil") \u001b[31mred\u0007';

const valid: HarvestEntry = {
  dataset: 'https://test.example/ds/1',
  title: 'Badplatser i Exempelby',
  publisher: 'Exempelby kommun',
  distribution: 'https://test.example/dist/1',
  url: 'https://test.example/badplatser.csv',
  format: 'text/csv',
  conformsTo: ['https://dataportal.se/specifications/badplatser/1.0'],
  spec: 'badplatser@1.0',
  status: 'valid',
  result: { rows: 12, errors: 0, warnings: 1, infos: 0, score: { rowsOkShare: 1, structure: 'pass', level: 'B' }, groups: [{ code: 'coordinates-imprecise', severity: 'warning', field: 'latitude', count: 1, examples: [{ code: 'coordinates-imprecise', severity: 'warning', row: 3, field: 'latitude', columnLetter: 'C', value: '57.1', params: { decimals: 1, minimum: 4 } }] }] },
  sha256: 'a'.repeat(64),
  etag: '"v1"',
  carried: 'etag',
};

const entries: HarvestEntry[] = [
  valid,
  {
    ...valid,
    dataset: 'https://test.example/ds/2',
    title: HOSTILE,
    publisher: HOSTILE,
    url: 'https://test.example/bad.csv',
    status: 'invalid',
    result: { rows: 10, errors: 2, warnings: 0, infos: 0, score: { rowsOkShare: 0.8, structure: 'pass', level: 'D' }, groups: [{ code: 'coordinates-not-degrees', severity: 'error', field: 'latitude', count: 2, examples: [] }] },
    carried: undefined,
  } as HarvestEntry,
  { ...valid, dataset: 'https://test.example/ds/3', url: 'https://test.example/missing.csv', status: 'unreadable', result: { rows: 0, errors: 1, warnings: 0, infos: 0, score: { rowsOkShare: 0, structure: 'fail', level: 'F' }, groups: [], problem: { code: 'remote-unreadable', severity: 'error', params: { reason: 'status', detail: '404 Not Found' } } } },
  { dataset: 'https://test.example/ds/4', title: '', publisher: '', distribution: 'https://test.example/dist/4', url: '=cmd|/c calc', conformsTo: [], status: 'no-claim' },
  { dataset: 'https://test.example/ds/5', title: 'Okänd', publisher: 'Annanstad', distribution: 'https://test.example/dist/5', url: 'https://test.example/x.csv', conformsTo: ['https://dataportal.se/specifications/finnsinte/1.0'], status: 'unknown-spec', unknownClaim: { claim: 'https://dataportal.se/specifications/finnsinte/1.0', why: 'unknown' } },
  { dataset: 'https://test.example/ds/6', title: 'Utan adress', publisher: 'Annanstad', distribution: 'https://test.example/dist/6', url: '', conformsTo: ['https://dataportal.se/specifications/badplatser/1.0'], spec: 'badplatser@1.0', status: 'no-url' },
];

const report: HarvestReport = {
  kind: HARVEST_REPORT_KIND,
  reportVersion: HARVEST_REPORT_VERSION,
  tool: { name: 'datakoll', version: '0.0.0-test' },
  catalogue: 'https://test.example/catalog.ttl',
  startedAt: '2026-12-04T02:00:00.000Z',
  mergedFrom: 3,
  entries,
  summary: summarizeHarvest(entries),
};

const EXT: Record<string, string> = { text: 'txt', json: 'json', html: 'html', markdown: 'md', junit: 'xml', csv: 'csv' };

describe('harvest report formats', () => {
  it('the summary counts every status', () => {
    expect(report.summary.total).toMatchObject({ datasets: 6, distributions: 6, checked: 3, conforming: 1, unreadable: 1, unclaimed: 1, unknown: 1, meanRowsOk: 0.9, levels: { B: 1, D: 1, F: 1 } });
    expect(Object.keys(report.summary.bySpec)).toEqual(['badplatser@1.0']);
    expect(report.summary.byPublisher.Annanstad).toMatchObject({ distributions: 2, checked: 0, unknown: 1 });
  });

  for (const name of HARVEST_FORMAT_NAMES) {
    for (const lang of LANGS) {
      it(`${name} (${lang})`, async () => {
        const out = (await HARVEST_FORMATS[name]())(report, lang);
        await expect(out).toMatchFileSnapshot(`./__golden__/report.${lang}.${EXT[name]}`);
        // No raw control character from the catalogue reaches any format.
        expect(out.includes('\u001b') || out.includes('\u0007')).toBe(false);
        if (name === 'html' || name === 'junit') expect(out).not.toContain('<script>');
        if (name === 'junit') expect(out).not.toContain(']]>');
        if (name === 'csv') {
          expect(out.split('\n').filter((l) => l !== '')).toHaveLength(entries.length + 1);
          expect(out).not.toMatch(/(^|,)=/m);
        }
        if (name === 'markdown') expect(out).not.toContain('| *x* ');
        if (name === 'json') expect(JSON.parse(out)).toEqual(JSON.parse(JSON.stringify(report)));
      });
    }
  }
});
