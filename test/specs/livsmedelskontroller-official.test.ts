/**
 * The livsmedelskontroller spec against the specification's own examples (Sambruk/NSÖD 2.0), read
 * from ../shared/real-world (never copied; provenance in its SOURCES.md). Every finding listed is a
 * true statement about the example itself, not a disagreement between the spec and the
 * specification: a new finding, or one gone, fails here.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { validateFile } from '../../src/api.js';
import { Registry } from '../../src/registry/index.js';

const DIR = fileURLToPath(new URL('../../../shared/real-world/', import.meta.url));
const CSV = `${DIR}sambruk_livsmedel_exempel.csv`;
const JSON_DOC = `${DIR}sambruk_livsmedel_exempel.json`;
const present = existsSync(CSV) && existsSync(JSON_DOC);

/** [row, field, code, position] as the report gives them: a cell's letter in CSV, a JSON Pointer in JSON. */
async function findings(file: string): Promise<(string | number | undefined)[][]> {
  const r = await validateFile(file, { spec: 'livsmedelskontroller' });
  return r.diagnostics.map((d) => [d.row, d.field, d.code, d.columnLetter ?? d.pointer]);
}

describe('livsmedelskontroller 2.0 against the official examples', () => {
  if (!present) {
    it.skip(`skipped: the official examples are not in ${DIR} (../shared/real-world, outside the repository)`, () => {});
    return;
  }

  it('the CSV example gives only findings true of the example', async () => {
    expect(await findings(CSV)).toEqual([
      // The last header cell is " inspection.modified", with a space before the name: no such column.
      [1, ' inspection.modified', 'header-unknown-column', 'AK'],
      // The same space: the column inspection.modified is therefore not in the header (a note).
      [1, '', 'header-missing-optional-columns', undefined],
      // 1655112233 is fictional: its last digit is not the check digit of the first nine.
      [2, 'facility.organizationNumber', 'invalid-organisationsnummer', 'F'],
    ]);
  });

  it('the JSON example (one document) gives only findings true of the example', async () => {
    expect(await findings(JSON_DOC)).toEqual([
      // 1655112233 is fictional: its last digit is not the check digit of the first nine.
      [1, 'facilities.organizationNumber', 'invalid-organisationsnummer', '/facilities/0/organizationNumber'],
      // The workbook types inspecTime as number (Nummer); the example writes the text "12".
      [1, 'facilities.inspecTime', 'wrong-type', '/facilities/0/inspecTime'],
      // The workbook types active as number (Nummer, 0 to 2); the example writes the text "2".
      [1, 'facilities.active', 'wrong-type', '/facilities/0/active'],
    ]);
  });

  it('says it was read from the workbook, attribute by attribute', () => {
    const spec = new Registry().resolve('livsmedelskontroller');
    expect(spec.status).toBe('verified');
    expect(spec.sources.map((s) => s.id)).toEqual(['workbook', 'examples']);
    expect(spec.sources[0]?.what.en).toMatch(/Teknisk specifikation v2\.xlsx/);
    expect(spec.sources[0]?.what.en).toMatch(/all 37 attributes read/);
    expect(spec.attributes.filter((a) => a.seenIn?.[0] !== 'workbook')).toEqual([]);
    expect(spec.attributes).toHaveLength(37);
    expect(spec.attributes.filter((a) => a.provenance !== 'seen')).toEqual([]);
    for (const text of [spec.statusNote?.sv, spec.statusNote?.en]) expect(text).toMatch(/Specifikation sv.*Specifikation en/);
  });
});
