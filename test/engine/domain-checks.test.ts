/** Swedish formats, positions, rules across fields and the publisher, in CSV and JSON alike. */
import { describe, expect, it } from 'vitest';
import { validateFile } from '../../src/api.js';
import type { Diagnostic } from '../../src/report/index.js';
import { renderMessage } from '../../src/report/index.js';
import { chunks, miniSpec, tempDir, writeSpec } from '../helpers.js';

const attr = (type: string, extra: Record<string, unknown> = {}, sv = 'beskrivning', en = 'description'): Record<string, unknown> => ({
  type,
  ...extra,
  'x-datatype': 'text',
  'x-provenance': 'seen',
  'x-description': { sv, en },
});

const COLUMNS = ['source', 'orgnr', 'postcode', 'phone', 'url', 'wikidata', 'lat', 'lon', 'start', 'end', 'email', 'fee', 'fee_text'];
const spec = writeSpec(
  tempDir(),
  miniSpec({
    'x-columns': COLUMNS,
    'x-unique-key': undefined,
    required: ['source'],
    'x-coordinates': { latitude: 'lat', longitude: 'lon' },
    'x-rules': [
      { type: 'not-before', start: 'start', end: 'end' },
      { type: 'required-with', field: 'fee_text', with: 'fee', value: true },
      { type: 'one-of-required', fields: ['email', 'phone', 'url'] },
    ],
    'x-publisher-field': 'source',
    properties: {
      source: attr('string', { format: 'kommunkod-eller-organisationsnummer' }),
      orgnr: attr('string', { format: 'organisationsnummer', pattern: '^[0-9]{10}$' }),
      postcode: attr('string', { format: 'postnummer-nnn-nn' }, 'Postnummer, fem siffror.', 'Postal code, five digits.'),
      phone: attr('string', { format: 'telefonnummer' }),
      url: attr('string', { format: 'url' }),
      wikidata: attr('string', { format: 'wikidata' }),
      lat: attr('number', { minimum: -90, maximum: 90 }),
      lon: attr('number', { minimum: -180, maximum: 180 }),
      start: attr('string', { format: 'date-time' }),
      end: attr('string', { format: 'date-time' }),
      email: attr('string', { format: 'email' }),
      fee: attr('boolean'),
      fee_text: attr('string'),
    },
  }),
);

const ROWS = [
  ['1480', '2120001355', '412 63', '031-365 00 00', 'https://a.se/', 'Q34', '57.7089', '11.9746', '2024-06-15T18:00:00+02:00', '2024-06-15T20:00:00+02:00', 'a@b.se', 'true', 'Entré 50 kr'],
  ['180', '212000-1355', '41263', '+46 (0)31 365 00 00', 'www.a.se', 'q34', '11.9746', '57.7089', '2024-06-15T18:00:00+02:00', '2024-06-15T17:00:00+02:00', 'mailto:a@b.se', 'true', ''],
  ['2120001356', '2120001356', '', '', '', '', '6400326.04', '319758.02', '', '', '', 'false', ''],
  ['1480', '', '', '', '', '', '57.70', '11.97', '', '', 'a@b.se', '', ''],
  ['0180', '', '', '', '', '', '', '', '', '', 'a@b.se', '', ''],
];

const csvText = `${COLUMNS.join(',')}\n${ROWS.map((r) => r.map((c) => (c.includes(',') ? `"${c}"` : c)).join(',')).join('\n')}\n`;

/** The same rows as JSON records: numbers and booleans typed, empty cells left out. */
const jsonText = JSON.stringify(
  ROWS.map((r) => Object.fromEntries(r.flatMap((c, i) => (c === '' ? [] : [[COLUMNS[i] as string, ['lat', 'lon'].includes(COLUMNS[i] as string) ? Number(c) : COLUMNS[i] === 'fee' ? c === 'true' : c]])))),
);

const flat = (ds: readonly Diagnostic[]): [number | undefined, string | undefined, string][] => ds.map((d) => [d.row, d.field, d.code]);

const EXPECTED_CSV: [number, string, string][] = [
  [3, 'source', 'invalid-kommunkod'],
  [3, 'orgnr', 'pattern-mismatch'],
  [3, 'postcode', 'invalid-postnummer'],
  [3, 'phone', 'invalid-telefonnummer'],
  [3, 'url', 'invalid-url'],
  [3, 'wikidata', 'invalid-wikidata'],
  [3, 'lat', 'coordinates-swapped'],
  [3, 'end', 'end-before-start'],
  [3, 'email', 'invalid-email'],
  [3, 'fee_text', 'required-with-missing'],
  [4, 'source', 'invalid-organisationsnummer'],
  [4, 'orgnr', 'invalid-organisationsnummer'],
  [4, 'lat', 'coordinates-projected'],
  [4, 'email+phone+url', 'one-of-required-missing'],
  [5, 'lat', 'coordinates-imprecise'],
];

describe('domain checks', () => {
  it('CSV: each cell is reported once, at its column, with a precise code', async () => {
    const r = await validateFile(chunks(csvText), { spec, format: 'csv' });
    expect(flat(r.diagnostics)).toEqual(EXPECTED_CSV);
    const byField = (row: number, field: string): Diagnostic | undefined => r.diagnostics.find((d) => d.row === row && d.field === field);
    expect(byField(3, 'source')?.params).toMatchObject({ reason: 'lost-zero', example: '0180' });
    expect(byField(3, 'postcode')?.params).toMatchObject({ reason: 'space-expected', example: '412 63', description: { en: 'Postal code, five digits.' } });
    expect(byField(3, 'lat')).toMatchObject({ column: 7, columnLetter: 'G', value: '11.9746, 57.7089', params: { latitude: 11.9746, longitude: 57.7089 } });
    expect(byField(3, 'end')?.params).toMatchObject({ start: 'start', startValue: '2024-06-15T18:00:00+02:00' });
    expect(byField(3, 'fee_text')?.params).toMatchObject({ with: 'fee', withValue: 'true' });
    expect(byField(3, 'email')?.params).toMatchObject({ reason: 'mailto' });
    expect(byField(4, 'source')?.params).toMatchObject({ reason: 'check-digit' });
    const projected = byField(4, 'lat');
    expect(projected?.params).toMatchObject({ system: 'SWEREF 99 TM' });
    expect(byField(5, 'lat')?.severity).toBe('warning');
    // The range checks say nothing about metres that the position check explained.
    expect(r.diagnostics.some((d) => d.code === 'above-maximum')).toBe(false);
  });

  it('JSON gives the same findings', async () => {
    const r = await validateFile(chunks(jsonText), { spec, format: 'json' });
    // JSON lists a record's schema findings before its record findings, not in column order.
    const expected = EXPECTED_CSV.map(([row, field, code]) => [row - 1, field, code]).sort();
    expect(flat(r.diagnostics).sort()).toEqual(expected);
    expect(r.diagnostics.find((d) => d.code === 'coordinates-swapped')).toMatchObject({ pointer: '/1/lat', value: '11.9746, 57.7089' });
    expect(r.diagnostics.find((d) => d.code === 'one-of-required-missing')).toMatchObject({ pointer: '/2' });
  });

  it('a message tells the steward what is wrong and what to write, in Swedish and English', async () => {
    const r = await validateFile(chunks(csvText), { spec, format: 'csv' });
    const d = r.diagnostics.find((x) => x.field === 'postcode') as Diagnostic;
    const params = { ...d.params, field: d.field, value: d.value };
    expect(renderMessage(d.code, 'en', params)).toBe(
      "postcode: '41263' is not a postal code in the form the specification uses: the specification writes postal codes with a space after the third digit. Write, for example, '412 63'. The specification's description of postcode: Postal code, five digits.",
    );
    expect(renderMessage(d.code, 'sv', params)).toContain("Skriv till exempel '412 63'. Specifikationens beskrivning av postcode: Postnummer, fem siffror.");
    const p = r.diagnostics.find((x) => x.code === 'coordinates-projected') as Diagnostic;
    expect(renderMessage(p.code, 'en', { ...p.params, field: p.field, value: p.value })).toContain('latitude 57.7089');
  });

  it('--publisher: the source column must name the publisher', async () => {
    const r = await validateFile(chunks(csvText), { spec, format: 'csv', publisher: '1480' });
    expect(flat(r.diagnostics).filter((d) => d[2] === 'publisher-mismatch')).toEqual([[6, 'source', 'publisher-mismatch']]);
    expect(r.diagnostics.find((d) => d.code === 'publisher-mismatch')?.params).toMatchObject({ publisher: '1480' });
    // With the organisation number too, rows naming another organisation are found as well.
    const both = await validateFile(chunks(jsonText), { spec, format: 'json', publisher: ['1480', '556036-0793'] });
    expect(flat(both.diagnostics).filter((d) => d[2] === 'publisher-mismatch')).toEqual([[5, 'source', 'publisher-mismatch']]);
  });

  it('--publisher that is no Swedish id is a usage error', async () => {
    await expect(validateFile(chunks(csvText), { spec, format: 'csv', publisher: '212000-1356' })).rejects.toMatchObject({ kind: 'usage', code: 'bad-publisher' });
    await expect(validateFile(chunks(csvText), { spec, format: 'csv', publisher: '1917' })).rejects.toThrow(/no municipality has this code/);
    await expect(validateFile(chunks(csvText), { spec, format: 'csv', publisher: '1480,0180' })).rejects.toThrow(/one publisher/);
  });
  it('--publisher: why a value is refused is said in Swedish too', async () => {
    const sv = async (publisher: string): Promise<string> => validateFile(chunks(csvText), { spec, format: 'csv', publisher }).then(() => '', (e: { text(lang: 'sv'): string }) => e.text('sv'));
    expect(await sv('1917')).toMatch(/"1917": ingen kommun har den koden i SCB:s indelning$/);
    expect(await sv('1480,0180')).toMatch(/"0180": en andra kommunkod \(efter 1480\); en fil har en utgivare$/);
    expect(await sv('212000-1356')).toMatch(/: kontrollsiffran \(den sista siffran\) stämmer inte med de nio första$/);
    expect(await sv('180')).toMatch(/: den inledande nollan saknas \(0180\)$/);
  });
});
