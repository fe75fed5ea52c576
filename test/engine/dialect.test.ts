/** The file-level findings of a CSV file's encoding and dialect, and how reports show them. */
import { describe, expect, it } from 'vitest';
import { dialectFindings, encodingFindings, reportedDialect } from '../../src/engine/dialect.js';
import type { Dialect, EncodingVerdict } from '../../src/input/index.js';
import { describeDialect, isSpecDialect, renderMessage } from '../../src/report/index.js';
import type { Diagnostic } from '../../src/report/index.js';

const DIALECT: Dialect = { delimiter: ',', quote: '"', lineEnding: 'LF', trailingDelimiter: false, titleRow: false, emptyHeaderNames: 0, spacesAroundValues: 0, confidence: 1 };
const UTF8: EncodingVerdict = { encoding: 'utf-8', bom: false, confidence: 'certain', candidates: ['utf-8'] };
const codes = (ds: Diagnostic[]): [string, unknown][] => ds.map((d) => [d.code, d.params]);
const text = (d: Diagnostic | undefined, lang: 'sv' | 'en'): string => renderMessage((d as Diagnostic).code, lang, (d as Diagnostic).params);

describe('dialectFindings: line endings', () => {
  it('CR alone has its own finding, not "the lines end in different ways"', () => {
    const found = dialectFindings(UTF8, { ...DIALECT, lineEnding: 'CR', lineEndingsSeen: ['CR'] });
    expect(codes(found)).toEqual([['dialect-line-endings-cr', {}]]);
    expect(text(found[0], 'en')).not.toMatch(/different ways/);
    expect(text(found[0], 'sv')).not.toMatch(/olika sätt/);
  });

  it('mixed line endings name the kinds met', () => {
    expect(codes(dialectFindings(UTF8, { ...DIALECT, lineEnding: 'mixed', lineEndingsSeen: ['LF', 'CRLF'] }))).toEqual([['dialect-line-endings', { endings: 'LF, CRLF' }]]);
  });
});

describe('dialectFindings: encodings', () => {
  it('certain UTF-8 says nothing; a likely single-byte encoding is not UTF-8, and the message claims no more than it knows', () => {
    expect(dialectFindings(UTF8, DIALECT)).toEqual([]);
    const found = dialectFindings({ encoding: 'cp850', bom: false, confidence: 'likely', candidates: ['cp850'] }, DIALECT);
    expect(codes(found)).toEqual([['encoding-not-utf8', { encoding: 'CP850 (DOS)', reason: 'csv' }]]);
    expect(text(found[0], 'en')).not.toMatch(/read correctly/);
    expect(text(found[0], 'sv')).not.toMatch(/lästs rätt/);
  });

  it('detected Windows-1252 is named with ISO-8859-1 (they cannot be told apart); one named with --encoding as itself', () => {
    expect(codes(dialectFindings({ encoding: 'windows-1252', bom: false, confidence: 'likely', candidates: ['windows-1252'] }, DIALECT))).toEqual([['encoding-not-utf8', { encoding: 'Windows-1252 / ISO-8859-1', reason: 'csv' }]]);
    expect(codes(dialectFindings({ encoding: 'iso-8859-1', bom: false, confidence: 'certain', candidates: ['iso-8859-1'], given: true }, DIALECT))).toEqual([['encoding-not-utf8', { encoding: 'ISO-8859-1', reason: 'csv' }]]);
  });

  it('an uncertain guess says so, names the candidates and --encoding, and nothing else about the encoding', () => {
    const found = dialectFindings({ encoding: 'windows-1252', bom: false, confidence: 'uncertain', candidates: ['windows-1252', 'cp850'] }, DIALECT);
    expect(codes(found)).toEqual([['encoding-uncertain', { encoding: 'Windows-1252 / ISO-8859-1', candidates: 'windows-1252, cp850', reason: 'csv' }]]);
    for (const lang of ['sv', 'en'] as const) expect(text(found[0], lang)).toMatch(/--encoding.*windows-1252, cp850/);
  });

  it('mixed UTF-8 names the likely encoding of the other lines', () => {
    const mixed: EncodingVerdict = { ...UTF8, confidence: 'likely', mixed: { count: 2, first: [4, 5], encoding: 'windows-1252', confidence: 'likely' } };
    expect(codes(dialectFindings(mixed, DIALECT))).toEqual([['encoding-mixed', { encoding: 'Windows-1252 / ISO-8859-1' }]]);
  });

  it('the advice is in the words of the file\'s format: Excel\'s "CSV UTF-8" for CSV, JSON\'s standard for JSON', () => {
    const verdicts: EncodingVerdict[] = [
      { encoding: 'windows-1252', bom: false, confidence: 'likely', candidates: ['windows-1252'] },
      { encoding: 'windows-1252', bom: false, confidence: 'uncertain', candidates: ['windows-1252', 'cp850'] },
      { ...UTF8, bom: true },
    ];
    for (const v of verdicts) {
      const [csv] = encodingFindings(v, 'csv');
      const [json] = encodingFindings(v, 'json');
      expect(json?.code).toBe(csv?.code);
      expect(json?.params.reason).toBe('json');
      for (const lang of ['sv', 'en'] as const) {
        expect(text(csv, lang)).toMatch(/CSV|kolumnnamnet|column name/);
        expect(text(json, lang)).toMatch(/RFC 8259/);
        expect(text(json, lang)).not.toMatch(/CSV|Excel|kolumn|column/);
      }
    }
  });
});

describe('the report dialect', () => {
  it('carries the confidence always, the candidates when uncertain, the other encoding when mixed', () => {
    expect(reportedDialect(UTF8, DIALECT)).toEqual({ encoding: 'utf-8', encodingConfidence: 'certain', bom: false, delimiter: ',', quote: '"', lineEnding: 'LF' });
    const uncertain = reportedDialect({ encoding: 'windows-1252', bom: false, confidence: 'uncertain', candidates: ['windows-1252', 'macroman'] }, DIALECT);
    expect(uncertain).toMatchObject({ encodingConfidence: 'uncertain', encodingCandidates: ['windows-1252', 'macroman'] });
    expect(describeDialect(uncertain, 'sv')).toBe('Windows-1252 (osäkert), kommatecken mellan fälten, radslut LF');
    const given = reportedDialect({ encoding: 'cp850', bom: false, confidence: 'certain', candidates: ['cp850'], given: true }, DIALECT);
    expect(given.encodingConfidence).toBe('given');
    const mixed = reportedDialect({ ...UTF8, confidence: 'likely', mixed: { count: 1, first: [2], encoding: 'macroman', confidence: 'uncertain' } }, DIALECT);
    expect(mixed.encodingMixedWith).toBe('macroman');
    expect(describeDialect(mixed, 'en')).toBe('UTF-8 with lines in Mac OS Roman, comma between the fields, LF line endings');
    expect(describeDialect({ ...mixed, delimiter: ';', quote: "'", lineEnding: 'mixed' }, 'sv')).toBe("UTF-8 med rader i Mac OS Roman, semikolon mellan fälten, fälten inom '…', blandade radslut");
    expect(isSpecDialect(mixed)).toBe(false);
    expect(isSpecDialect(reportedDialect(UTF8, DIALECT))).toBe(true);
  });
});
