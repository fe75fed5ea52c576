import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateFile } from '../../src/api.js';
import { diffSpecs, importSpec, importWorkbookSpec } from '../../src/authoring/index.js';
import { DatakollError } from '../../src/errors.js';
import { buildSpec, Registry } from '../../src/registry/index.js';
import { SPEC_PROBLEMS, columnLetter, sayBoth } from '../../src/report/index.js';
import { chunks, tempDir, writeTemp } from '../helpers.js';
import { esc, sheetData, writeXlsx } from '../support/xlsx.js';

const asSpec = (raw: Record<string, unknown>) => buildSpec(raw, 'imported.json', Buffer.from(JSON.stringify(raw)), false);
const dir = tempDir();

/** A sheet of text cells (an empty string leaves the cell out), rows numbered from `from`. */
function textSheet(rows: readonly (readonly string[])[], from = 1): string {
  return sheetData(rows.map((cells, k) => [k + from, cells.map((v, i) => (v === '' ? '' : `<c r="${columnLetter(i + 1)}${k + from}" t="inlineStr"><is><t xml:space="preserve">${esc(v)}</t></is></c>`)).join('')] as const));
}

const HEADER = ['ÄNDPUNKT', 'ATTRIBUT', 'TYP', 'FÖRKLARING', 'EXEMPEL', 'KRAVNIVÅ', 'LÄNK/REFERENS'];
const MODEL = [
  ['', 'id', 'Text', 'Platsens id.', '"P-1"', 'obligatoriskt', ''],
  ['', 'antal', 'Heltal', 'Antal platser.', '"12"', 'valbart', ''],
  ['plats', '', '', 'Var platsen är.', '', '', ''],
  ['', 'namn', 'Text', 'Platsens namn.', '"Torget"', 'obligatoriskt', ''],
  ['', 'adress', 'Objekt', 'Adressen.', '', 'rekommenderas', ''],
  ['', 'adress > gata', 'Text', 'Gatan.', '"Storgatan 1"', 'obligatoriskt om adress anges', 'länk'],
  ['', 'adress > ort', 'Text', 'Orten.', '', 'obligatoriskt om lokal anpassning publiceras', ''],
  ['', 'läge > wgs84 > lat', 'Nummer', 'Latitud.', '57.7', 'obligatoriskt', ''],
  ['', 'taggar', 'Array av text [1-3]', 'Taggar.', '"a", "b"', 'rekommenderas', ''],
  ['', 'öppen', 'Boolean ', 'Om platsen är öppen.', 'True', 'valbart', ''],
];

async function workbook(name: string, sheets: { name: string; body: string }[]): Promise<string> {
  const path = join(dir, name);
  await writeXlsx(path, { sheets });
  return path;
}

async function importError(run: () => Promise<unknown>): Promise<DatakollError> {
  try {
    await run();
  } catch (e) {
    if (e instanceof DatakollError) return e;
    throw e;
  }
  throw new Error('expected an import error');
}

describe('specs import of a workbook', () => {
  it('finds the sheet with the model table under its title, and reads objects, nesting, requirement levels and examples', async () => {
    const path = await workbook('modell.xlsx', [
      { name: 'Om', body: textSheet([['Om specifikationen'], ['Fritext.']]) },
      { name: 'Modell', body: textSheet([['Teknisk specifikation'], HEADER, ...MODEL]) },
    ]);
    const result = await importWorkbookSpec(path, 'modell.xlsx');
    expect(result.kind).toBe('xlsx');
    const spec = asSpec(result.spec);
    expect(spec.columns).toEqual(['id', 'antal', 'plats.namn', 'plats.adress.gata', 'plats.adress.ort', 'plats.läge.wgs84.lat', 'plats.taggar', 'plats.öppen']);
    expect(spec.attributes.map((a) => [a.name, a.types.join('|'), a.required])).toEqual([
      ['id', 'string', true],
      ['antal', 'integer', false],
      // plats says no level of its own: required, as its member namn is.
      ['plats.namn', 'string', true],
      // In address, which is recommended: required in it, so not in the record.
      ['plats.adress.gata', 'string', false],
      ['plats.adress.ort', 'string', false],
      // läge and wgs84 are only in the path: required, as lat is.
      ['plats.läge.wgs84.lat', 'number', true],
      ['plats.taggar', 'array', false],
      ['plats.öppen', 'boolean', false],
    ]);
    const plats = result.spec.properties as Record<string, Record<string, unknown>>;
    const adress = (plats.plats?.properties as Record<string, Record<string, unknown>>).adress as Record<string, unknown>;
    // "obligatoriskt om adress anges" names its object: required in it; another condition is not checked.
    expect(adress.required).toEqual(['gata']);
    expect(spec.attributes.map((a) => a.example)).toEqual(['P-1', 12, 'Torget', 'Storgatan 1', undefined, 57.7, ['a', 'b'], true]);
    expect(spec.attributes[0]?.schema).toMatchObject({ minLength: 1 });
    expect(spec.attributes[6]?.schema).toMatchObject({ type: 'array', items: { type: 'string' }, minItems: 1, maxItems: 3, 'x-csv-array': 'json' });
    expect(spec.sources[0]?.what.en).toBe('modell.xlsx, sheet Modell, imported by datakoll');
  });

  it('the imported spec validates data with dotted columns', async () => {
    const path = await workbook('modell2.xlsx', [{ name: 'Blad1', body: textSheet([HEADER, ...MODEL]) }]);
    const spec = asSpec((await importWorkbookSpec(path, 'modell2.xlsx')).spec);
    const csv = 'id,antal,plats.namn,plats.adress.gata,plats.adress.ort,plats.läge.wgs84.lat,plats.taggar,plats.öppen\nP-1,3,Torget,,,57.7,"[""a""]",true\n,x,Torget,,,57.7,[],true\n';
    const r = await validateFile(chunks(csv), { spec, format: 'csv' });
    expect(r.diagnostics.filter((d) => d.severity === 'error').map((d) => [d.row, d.field, d.code])).toEqual([
      [3, 'id', 'required-missing'],
      [3, 'antal', 'invalid-integer'],
      [3, 'plats.taggar', 'too-few-items'],
    ]);
  });

  it('picks a sheet by --sheet (name or number), and says which sheets there are when it has none of that name', async () => {
    const path = await workbook('two.xlsx', [
      { name: 'A', body: textSheet([HEADER, ['', 'x', 'Text', '', '', 'valbart', '']]) },
      { name: 'B', body: textSheet([HEADER, ['', 'y', 'Heltal', '', '', 'obligatoriskt', '']]) },
    ]);
    expect((await importWorkbookSpec(path, 'two.xlsx')).spec['x-columns']).toEqual(['x']);
    expect((await importWorkbookSpec(path, 'two.xlsx', { sheet: 'B' })).spec['x-columns']).toEqual(['y']);
    expect((await importWorkbookSpec(path, 'two.xlsx', { sheet: '2' })).spec['x-columns']).toEqual(['y']);
    const e = await importError(() => importWorkbookSpec(path, 'two.xlsx', { sheet: 'C' }));
    expect([e.kind, e.code]).toEqual(['usage', 'import-failed']);
  });

  it('an unreadable requirement level, a name twice, a workbook with no table and a broken workbook are errors', async () => {
    const level = await workbook('level.xlsx', [{ name: 'S', body: textSheet([HEADER, ['', 'x', 'Text', '', '', 'kanske', '']]) }]);
    const e1 = await importError(() => importWorkbookSpec(level, 'level.xlsx'));
    expect(e1.params.problem).toEqual(sayBoth(SPEC_PROBLEMS['import-requirement'], { line: 2, name: 'x', given: 'kanske' }));
    const twice = await workbook('twice.xlsx', [{ name: 'S', body: textSheet([HEADER, ['', 'x', 'Text', '', '', '', ''], ['', 'x > y', 'Text', '', '', '', '']]) }]);
    const e2 = await importError(() => importWorkbookSpec(twice, 'twice.xlsx'));
    expect(e2.params.problem).toEqual(sayBoth(SPEC_PROBLEMS['import-name-twice'], { line: 3, name: 'x' }));
    const none = await workbook('none.xlsx', [{ name: 'Om', body: textSheet([['Bara text']]) }]);
    const e3 = await importError(() => importWorkbookSpec(none, 'none.xlsx'));
    expect(e3.params.problem).toEqual(sayBoth(SPEC_PROBLEMS['import-sheet-no-table'], { sheets: 'Om' }));
    const broken = writeTemp(dir, 'broken.xlsx', Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.alloc(40)]));
    const e4 = await importError(() => importWorkbookSpec(broken, 'broken.xlsx'));
    expect([e4.kind, e4.code]).toEqual(['io', 'import-failed']);
  });

  it('reads the same table from Markdown, with the object column and requirement level', () => {
    const md = `| ${HEADER.join(' | ')} |\n|---|---|---|---|---|---|---|\n${MODEL.map((r) => `| ${r.join(' | ')} |`).join('\n')}\n`;
    const spec = asSpec(importSpec(md, 'modell.md').spec);
    expect(spec.columns).toEqual(['id', 'antal', 'plats.namn', 'plats.adress.gata', 'plats.adress.ort', 'plats.läge.wgs84.lat', 'plats.taggar', 'plats.öppen']);
  });
});

const SAMBRUK = join(import.meta.dirname, '../../../shared/real-world/sambruk_livsmedel_teknisk_specifikation_v2.xlsx');
const haveSambruk = existsSync(SAMBRUK);

/**
 * What the bundled livsmedelskontroller 2.0 knows that the workbook's columns do not say: rules it
 * read from the explanations (patterns, formats, lists of values; the coordinates as lists of two
 * numbers, which the type column calls Text), and a required text with such a rule has no
 * minimum length of its own.
 */
const FROM_THE_EXPLANATIONS = [
  'lang', 'inspecOrg.id', 'facility.organizationNumber', 'facility.expClass', 'facility.riskClass', 'facility.idNational', 'facility.active',
  'facility.address.postalCode', 'facility.address.country', 'facility.location.wgs84.type', 'facility.location.wgs84.coordinates',
  'facility.location.sweref99.type', 'facility.location.sweref99.coordinates', 'facility.location.sweref99local.type',
  'facility.location.sweref99local.coordinates', 'facility.created', 'facility.modified', 'inspection.idNational', 'inspection.type',
  'inspection.assessment', 'inspection.date', 'inspection.modified',
];

describe.skipIf(!haveSambruk)(haveSambruk ? 'the official livsmedelskontroller workbook (Sambruk/NSÖD v2)' : `the official livsmedelskontroller workbook: skipped, it is not at ${SAMBRUK}`, () => {
  it('imports its Swedish sheet into the bundled spec: the same attributes, objects, types, requirement levels; differences only where the bundled spec says more', async () => {
    const bundled = new Registry().resolve('livsmedelskontroller@2.0');
    const raw = (await importWorkbookSpec(SAMBRUK, 'sambruk.xlsx', { sheet: 'Specifikation sv' })).spec;
    const changes = diffSpecs(bundled, asSpec(raw));
    // The workbook names the inspections' object "Inspections"; the bundled spec, after the official CSV example, "inspection".
    expect(changes.filter((c) => c.kind === 'added').map((c) => c.to)).toEqual(bundled.attributes.filter((a) => a.path[0] === 'inspection').map((a) => a.name.replace(/^inspection\./, 'Inspections.')));
    // With that one name as the bundled spec has it:
    const props = raw.properties as Record<string, unknown>;
    const renamed = {
      ...raw,
      'x-columns': (raw['x-columns'] as string[]).map((c) => c.replace(/^Inspections\./, 'inspection.')),
      required: (raw.required as string[]).map((n) => (n === 'Inspections' ? 'inspection' : n)),
      properties: Object.fromEntries(Object.entries(props).map(([k, v]) => [k === 'Inspections' ? 'inspection' : k, v])),
    };
    const left = diffSpecs(bundled, asSpec(renamed));
    expect(left.filter((c) => ['added', 'removed', 'renamed', 'made-mandatory', 'made-optional'].includes(c.kind))).toEqual([]);
    const other = left.filter((c) => c.kind !== 'reordered' && !FROM_THE_EXPLANATIONS.includes(c.to as string));
    expect(other).toEqual([]);
    // Every attribute of the list differs in some rule (the list holds no attribute that matches already).
    expect(new Set(left.map((c) => c.to).filter((t) => t !== undefined))).toEqual(new Set(FROM_THE_EXPLANATIONS));
    // The official CSV example puts facility.created and facility.modified before the address; the workbook lists them after the location.
    const order = left.find((c) => c.kind === 'reordered');
    const [from, to] = [order?.fromRule?.split(', ') ?? [], order?.toRule?.split(', ') ?? []];
    const moved = (c: string): boolean => c === 'facility.created' || c === 'facility.modified';
    expect(to.filter((c) => !moved(c))).toEqual(from.filter((c) => !moved(c)));
    expect(to.indexOf('facility.created')).toBe(to.indexOf('facility.location.sweref99local.coordinates') + 1);
  });
});
