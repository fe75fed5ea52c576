/**
 * Regressions of the issue "fix says honestly what it wrote", on files this test writes: the log
 * says nothing changed only when the fixed file is the input byte for byte; a row whose cells fix
 * keeps is written with the bytes it had, and a row whose quotes it writes the CSV way is logged;
 * a title row is logged with its text; counts agree with their words; a format forced against
 * the content is refused before anything is written.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { tempDir, writeTemp } from '../helpers.js';
import { run } from '../cli/run.js';

const EXAMPLE_JSON = new URL('../../fixtures/badplatser/valid/example.json', import.meta.url);
const HEADER = 'place_id,name,latitude,longitude\n';
const QUOTES_EN = '  quotes written the CSV way ("" for a quote in a cell, quotes only where needed), the cells unchanged';
const NOTHING_EN = '  Nothing changed: the fixed file is the input, byte for byte.\n';

async function fix(content: string | Buffer, extra: string[] = [], name = 'in.csv') {
  const dir = tempDir();
  const input = writeTemp(dir, name, content);
  const out = join(dir, 'out.csv');
  const r = await run(['fix', input, '--spec', 'badplatser', '-o', out, ...extra]);
  return { ...r, dir, out, text: existsSync(out) ? readFileSync(out, 'utf8') : undefined };
}

describe('a row whose cells fix keeps is written with the bytes it had', () => {
  it('a stray quote in a cell, quotes where none are needed, a space at the end: the same bytes, and the log says nothing changed (it wrote "Bad 5"" djup" and said "No changes were needed")', async () => {
    const csv = `${HEADER}1480-A,Bad 5" djup,57.6312,11.7954\n1480-B,"Kvarn",57.7641,12.0487\n1480-C,Ån ,57.8000,12.1000\n`;
    const r = await fix(csv);
    expect(r.code).toBe(0);
    expect(r.text).toBe(csv);
    expect(r.stdout).toBe(`Changes:\n${NOTHING_EN}  3 rows written\n`);
  });

  it('a whitespace-only header row: kept with its bytes (it was written "   "), nothing claimed changed, its errors listed', async () => {
    const csv = `   \n${HEADER}1480-A,A,57.6312,11.7954\n`;
    const r = await fix(csv);
    expect(r.code).toBe(1);
    expect(r.text).toBe(csv);
    expect(r.stdout).toContain(`Changes:\n${NOTHING_EN}  2 rows written\nErrors left (their values written as they were): 7\n`);
    expect(r.stdout).toContain('[header-empty-column]');
  });
});

describe('a row written the CSV way is logged when its quotes change', () => {
  it('a quote never closed: its text kept with the quote written "" (not "as it was"), the row logged, the rows after it read again from the output', async () => {
    const csv = `${HEADER}1480-A,A,57.6312,11.7954\n1,"abc,1,2\n1480-C,C,57.8000,12.1000\n`;
    const r = await fix(csv);
    expect(r.code).toBe(1);
    expect(r.text).toBe(`${HEADER}1480-A,A,57.6312,11.7954\n1,"""abc",1,2\n1480-C,C,57.8000,12.1000\n`);
    expect(r.stdout).toContain(`Changes:\n${QUOTES_EN}: 1 row (row 3)\n  3 rows written\n`);
    expect(r.stdout).not.toContain('Nothing changed');
    expect(r.stdout).not.toContain('as it was,');
    expect(r.stdout).toContain("row 3 '1,\"abc,1,2': The row could not be read as CSV (a quote that opens a field is not closed on its line; fix kept every character of the line but wrote the quote as an ordinary character");
    // The output as written is read whole: no quote swallows the row after it.
    const v = await run(['validate', r.out, '--spec', 'badplatser', '--format', 'json']);
    const file = JSON.parse(v.stdout).files[0];
    expect(file.diagnostics.map((d: { code: string }) => d.code)).not.toContain('csv-malformed');
    expect(file.stats.rows).toBe(3);
    const sv = await fix(csv, ['--lang', 'sv']);
    expect(sv.stdout).toContain('  citattecken skrivna på CSV-sättet ("" för ett citattecken i en cell, citattecken bara där de behövs), cellerna oförändrade: 1 rad (rad 3)\n');
    expect(sv.stdout).toContain('fix har behållit varje tecken på raden men skrivit citattecknet som ett vanligt tecken');
  });

  it('columns put in order: a row with a stray quote is written "Bad 5"" djup" and listed; a row whose quotes stay is not', async () => {
    const r = await fix('name,place_id,latitude,longitude\nBad 5" djup,1480-A,57.6312,11.7954\nKvarn,1480-B,57.7641,12.0487\n"Ek, Bo",1480-C,57.8000,12.1000\n');
    expect(r.code).toBe(0);
    expect(r.text).toBe(`${HEADER}1480-A,"Bad 5"" djup",57.6312,11.7954\n1480-B,Kvarn,57.7641,12.0487\n1480-C,"Ek, Bo",57.8000,12.1000\n`);
    expect(r.stdout).toBe(`Changes:\n  columns put in the spec's order, the columns it does not name last\n${QUOTES_EN}: 1 row (row 2)\n  3 rows written\n`);
  });

  it('a header cell of white space only: moved after the spec\'s columns and quoted, both logged (it said "No changes were needed")', async () => {
    const r = await fix('place_id, ,name,latitude,longitude\n1480-A,x,A,57.6312,11.7954\n');
    expect(r.code).toBe(1);
    expect(r.text).toBe(`place_id,name,latitude,longitude," "\n1480-A,A,57.6312,11.7954,x\n`);
    expect(r.stdout).toContain(`Changes:\n  columns put in the spec's order, the columns it does not name last\n${QUOTES_EN}: 1 row (row 1)\n  1 row written\n`);
    expect(r.stdout).toContain('[header-empty-column]');
  });
});

describe('every other byte that changes is in the log', () => {
  it('the last row without a line end: one is added and logged', async () => {
    const r = await fix(`${HEADER}1480-A,A,57.6312,11.7954`);
    expect(r.text).toBe(`${HEADER}1480-A,A,57.6312,11.7954\n`);
    expect(r.stdout).toBe('Changes:\n  line end added after the last row\n  1 row written\n');
  });

  it('CRLF line ends past the part of the file the dialect is told from: logged as mixed (nothing was logged)', async () => {
    const rows = Array.from({ length: 3000 }, (_, i) => `1480-${i},Badplats nummer ${i},57.6312,11.7954\n`).join('');
    const r = await fix(`${HEADER}${rows}1480-X,X,57.6312,11.7954\r\n`);
    expect(r.text).toBe(`${HEADER}${rows}1480-X,X,57.6312,11.7954\n`);
    expect(r.stdout).toBe('Changes:\n  line endings: mixed -> LF\n  3001 rows written\n');
  });

  it('a blank row removed is a change: not "nothing changed"', async () => {
    const r = await fix(`${HEADER}1480-A,A,57.6312,11.7954\n\n1480-B,B,57.7641,12.0487\n`);
    expect(r.text).toBe(`${HEADER}1480-A,A,57.6312,11.7954\n1480-B,B,57.7641,12.0487\n`);
    expect(r.stdout).toBe('Changes:\n  2 rows written, 1 blank row removed\n');
  });

  it('a title row is removed with its text in the log (only "title row above the header removed"), control characters shown, "titelraden" in Swedish', async () => {
    const csv = 'Badplatser i Exempelby \u001b[31m2024;;;\nplace_id;name;latitude;longitude\n1480-A;A;57.6312;11.7954\n';
    const r = await fix(csv);
    expect(r.code).toBe(0);
    expect(r.text).toBe(`${HEADER}1480-A,A,57.6312,11.7954\n`);
    expect(r.stdout).toContain('  title row above the header removed: "Badplatser i Exempelby \\u001b[31m2024;;;"\n');
    expect(r.stdout).not.toContain('\u001b');
    const sv = await fix(csv, ['--lang', 'sv']);
    expect(sv.stdout).toContain('  titelraden ovanför kolumnnamnen borttagen: "Badplatser i Exempelby \\u001b[31m2024;;;"\n');
    expect(sv.stdout).not.toContain('rubrikraden');
  });
});

describe('JSON: nothing changed means the same bytes', () => {
  it('a conformant JSON file: the same bytes and "Nothing changed"; with a BOM, the BOM removed is logged', async () => {
    const json = readFileSync(EXAMPLE_JSON);
    const records = (JSON.parse(json.toString('utf8')) as unknown[]).length;
    const r = await fix(json, [], 'x.json');
    expect(r.code).toBe(0);
    expect(readFileSync(r.out)).toEqual(json);
    expect(r.stdout).toBe(`Changes:\n${NOTHING_EN}  ${records} records written\n`);
    const bom = await fix(Buffer.concat([Buffer.from('\ufeff'), json]), [], 'x.json');
    expect(readFileSync(bom.out)).toEqual(json);
    expect(bom.stdout).toBe(`Changes:\n  byte order mark (BOM) removed\n  ${records} records written\n`);
  });
});

describe('counts in the log agree with their words', () => {
  const csv = 'place_id;name;latitude;longitude\n1480-A;A;57,6312;11,7954\n';
  it('one: "1 row written", "1 cell" (it said "1 rows", "1 cells"), in both languages', async () => {
    const en = await fix(csv);
    expect(en.stdout).toBe(
      [
        'Changes:',
        '  delimiter: ";" -> ","',
        "  latitude: decimal comma -> decimal point, 1 cell (row 2 '57,6312' -> '57.6312')",
        "  longitude: decimal comma -> decimal point, 1 cell (row 2 '11,7954' -> '11.7954')",
        '  1 row written',
        '',
      ].join('\n'),
    );
    const sv = await fix(`${csv}\n`, ['--lang', 'sv']);
    expect(sv.stdout).toContain("  latitude: decimalkomma -> decimalpunkt, 1 cell (rad 2 '57,6312' -> '57.6312')\n");
    expect(sv.stdout).toContain('  1 rad skriven, 1 tom rad borttagen\n');
  });

  it('more than one: "2 rows written", "2 cells", "2 blank rows removed", "2 rows (rows 2, 3)"', async () => {
    const en = await fix('name,place_id,latitude,longitude\n"A",1480-A,"57,6312",11.7954\n"B",1480-B,"57,7641",12.0487\n\n\n');
    expect(en.stdout).toContain("  latitude: decimal comma -> decimal point, 2 cells (row 2 '57,6312' -> '57.6312', row 3 '57,7641' -> '57.7641')\n");
    expect(en.stdout).toContain(`${QUOTES_EN}: 2 rows (rows 2, 3)\n`);
    expect(en.stdout).toContain('  2 rows written, 2 blank rows removed\n');
    const sv = await fix('name,place_id,latitude,longitude\n"A",1480-A,"57,6312",11.7954\n"B",1480-B,"57,7641",12.0487\n\n\n', ['--lang', 'sv']);
    expect(sv.stdout).toContain(': 2 rader (rad 2, 3)\n');
    expect(sv.stdout).toContain('  2 rader skrivna, 2 tomma rader borttagna\n');
  });

  it('the refusal of mixed encodings: "one of its lines is not (line 3" and "2 of its lines are not (lines 3, 4"', async () => {
    const one = Buffer.concat([Buffer.from(`${HEADER}1,Ängsviken,57.1,11.9\n`), iconv.encode('2,Hästö,57.2,11.9\n', 'windows-1252')]);
    const r1 = await fix(one);
    expect(r1.code).toBe(2);
    expect(r1.stderr).toContain('is UTF-8, but one of its lines is not (line 3; most likely');
    const sv = await fix(one, ['--lang', 'sv']);
    expect(sv.stderr).toContain('är UTF-8, men en av raderna är det inte (rad 3;');
    const two = Buffer.concat([one, iconv.encode('3,Åsa,57.3,11.9\n', 'windows-1252')]);
    const r2 = await fix(two);
    expect(r2.stderr).toContain('is UTF-8, but 2 of its lines are not (lines 3, 4; most likely');
  });
});

describe('a format forced against the content is refused before anything is written', () => {
  const json = readFileSync(EXAMPLE_JSON);
  it('JSON with --input-format csv: exit 2, no file written (it rewrote the JSON as CSV), in Swedish too', async () => {
    const r = await fix(json, ['--input-format', 'csv'], 'x.json');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('holds JSON, but --input-format csv says to read it as CSV: fix would rewrite the JSON as CSV, and has written nothing.');
    expect(r.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
    expect(readdirSync(r.dir)).toEqual(['x.json']);
    const sv = await fix(json, ['--input-format', 'csv', '--lang', 'sv'], 'x.json');
    expect(sv.stderr).toContain('innehåller JSON, men --input-format csv säger att den ska läsas som CSV');
  });

  it('JSON with --input-format csv --in-place: exit 2, the file as it was', async () => {
    const dir = tempDir();
    const input = writeTemp(dir, 'x.json', json);
    const r = await run(['fix', input, '--spec', 'badplatser', '--in-place', '--input-format', 'csv']);
    expect(r.code).toBe(2);
    expect(readFileSync(input)).toEqual(json);
    expect(readdirSync(dir)).toEqual(['x.json']);
  });

  it('JSON in a file named .csv: exit 2, nothing written', async () => {
    const r = await fix(json, [], 'x.csv');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('holds JSON, but its name ends in .csv, which is read as CSV: fix would rewrite the JSON as CSV, and has written nothing.');
    expect(readdirSync(r.dir)).toEqual(['x.csv']);
  });

  it('CSV whose first character is [ but which is not JSON is fixed as CSV', async () => {
    const r = await fix('[id],[namn]\n1,a\n');
    expect(r.code).toBe(1);
    expect(r.text).toBe('[id],[namn]\n1,a\n');
  });

  it('CSV with --input-format json or jsonl: exit 2 (it was 3, as if the file could not be read), nothing written', async () => {
    for (const f of ['json', 'jsonl']) {
      const r = await fix(`${HEADER}1480-A,A,57.6312,11.7954\n`, ['--input-format', f]);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(`is not JSON (its first character is not [ or {), but --input-format ${f} says to read it as ${f === 'json' ? 'JSON' : 'JSON Lines'}; fix has written nothing.`);
      expect(readdirSync(r.dir)).toEqual(['in.csv']);
    }
  });
});
