/** The workbook reader's cells: each type, strings shared, inline and rich, dates in both systems, formulas. */
import { describe, expect, it } from 'vitest';
import { compact, readBook } from './read.js';
import { sheetData, si } from '../../support/xlsx.js';

/** Styles: 0 General, 1 date (14), 2 time (21), 3 datetime (22), 4 yyyy-mm-dd, 5 [h]:mm, 6 a number with text, 7 d/m/yyyy h:mm. */
const STYLES = {
  numFmts: { 164: 'yyyy\\-mm\\-dd', 165: '[h]:mm', 166: '#,##0 "st"', 167: '[$-41D]d/m/yyyy\\ h:mm;@' },
  cellXfs: [0, 14, 21, 22, 164, 165, 166, 167],
};

describe('cell types', () => {
  it('reads numbers as written, text, booleans and errors', async () => {
    const body = sheetData([
      [1, '<c r="A1"><v>12.5</v></c><c r="B1" t="n"><v>-3</v></c><c r="C1"><v>1E-3</v></c><c r="D1" s="6"><v>1200</v></c>'],
      [2, '<c r="A2" t="b"><v>1</v></c><c r="B2" t="b"><v>0</v></c><c r="C2" t="e"><v>#N/A</v></c><c r="D2" t="e"><v>#DIV/0!</v></c>'],
      [3, '<c r="A3" t="inlineStr"><is><t>Åsa i Ödeshög</t></is></c><c r="B3" t="str"><v>0123</v></c>'],
    ]);
    const read = await readBook({ sheets: [{ name: 'Blad1', body }], ...STYLES });
    expect(compact(read.rows)).toEqual([
      [1, [[1, 'number', '12.5'], [2, 'number', '-3'], [3, 'number', '1E-3'], [4, 'number', '1200']]],
      [2, [[1, 'boolean', 'true'], [2, 'boolean', 'false'], [3, 'error', '#N/A'], [4, 'error', '#DIV/0!']]],
      [3, [[1, 'text', 'Åsa i Ödeshög'], [2, 'text', '0123']]],
    ]);
    expect(read.summary).toEqual({ rows: 3, lastRow: 3, notes: [] });
  });

  it('reads shared strings, rich text runs joined and phonetic readings left out, escapes decoded', async () => {
    const strings = [
      si('Badplats'),
      '<r><rPr><b/></rPr><t>Fet</t></r><r><t xml:space="preserve"> och smal</t></r>',
      '<t>東京</t><rPh sb="0" eb="2"><t>トウキョウ</t></rPh><phoneticPr fontId="1"/>',
      '<t>rad ett_x000D_\nrad två, _x005F_x000D_ kvar</t>',
      '<t>&lt;a&gt; &amp; &#246;</t>',
      si(''),
    ];
    const cells = [0, 1, 2, 3, 4, 5].map((i) => `<c r="${String.fromCharCode(65 + i)}1" t="s"><v>${i}</v></c>`).join('');
    const read = await readBook({ sheets: [{ name: 'Blad1', body: sheetData([[1, cells]]) }], strings });
    expect(compact(read.rows)).toEqual([
      [1, [[1, 'text', 'Badplats'], [2, 'text', 'Fet och smal'], [3, 'text', '東京'], [4, 'text', 'rad ett\r\nrad två, _x000D_ kvar'], [5, 'text', '<a> & ö']]],
    ]);
  });

  it('reads inline rich text, and a formula string with escapes', async () => {
    const body = sheetData([[1, '<c r="A1" t="inlineStr"><is><r><t>a</t></r><r><t>b</t></r></is></c><c r="B1" t="str"><f>A1</f><v>x_x0009_y</v></c>']]);
    const read = await readBook({ sheets: [{ name: 'Blad1', body }] });
    expect(compact(read.rows)).toEqual([[1, [[1, 'text', 'ab'], [2, 'text', 'x\ty']]]]);
  });

  it('reads a formula as its cached value, typed, and one with none as empty-formula', async () => {
    const body = sheetData([
      [1, '<c r="A1"><f>1+1</f><v>2</v></c><c r="B1" t="b"><f>TRUE()</f><v>1</v></c><c r="C1" s="1"><f>DATE(2015,4,23)</f><v>42117</v></c>'],
      [2, '<c r="A2"><f>A1*2</f></c><c r="B2" t="str"><f>IF(A1=0,"x","")</f><v></v></c><c r="C2" t="e"><f>1/0</f><v>#DIV/0!</v></c>'],
      [3, '<c r="A3"><f t="shared" ref="A3:A4" si="0">A1+1</f><v>3</v></c>'],
      [4, '<c r="A4"><f t="shared" si="0"/><v>4</v></c>'],
    ]);
    const read = await readBook({ sheets: [{ name: 'Blad1', body }], ...STYLES });
    expect(compact(read.rows)).toEqual([
      [1, [[1, 'number', '2'], [2, 'boolean', 'true'], [3, 'date', '2015-04-23']]],
      [2, [[1, 'empty-formula', ''], [3, 'error', '#DIV/0!']]],
      [3, [[1, 'number', '3']]],
      [4, [[1, 'number', '4']]],
    ]);
  });

  it('reads t="d" cells as the ISO text written', async () => {
    const body = sheetData([[1, '<c r="A1" t="d"><v>2015-04-23</v></c><c r="B1" t="d"><v>2015-04-23T10:30:00</v></c><c r="C1" t="d"><v>10:30:00</v></c>']]);
    const read = await readBook({ sheets: [{ name: 'Blad1', body }] });
    expect(compact(read.rows)).toEqual([[1, [[1, 'date', '2015-04-23'], [2, 'datetime', '2015-04-23T10:30:00'], [3, 'time', '10:30:00']]]]);
  });

  it('skips cells with only a style, empty values and rows with no value, keeping row numbers and gaps', async () => {
    const body =
      '<sheetData><row r="1" s="2" customFormat="1"/><row r="2"><c r="A2" s="3"/><c r="B2" t="s"/></row>' +
      '<row r="4"><c r="C4"><v>1</v></c><c r="F4" t="inlineStr"><is><t></t></is></c><c r="H4"><v>2</v></c></row>' +
      '<row r="9" spans="1:3"><c r="B9"><v>3</v></c></row></sheetData>';
    const read = await readBook({ sheets: [{ name: 'Blad1', body }], strings: [si('x')] });
    expect(compact(read.rows)).toEqual([
      [4, [[3, 'number', '1'], [8, 'number', '2']]],
      [9, [[2, 'number', '3']]],
    ]);
    expect(read.summary).toMatchObject({ rows: 2, lastRow: 9 });
  });

  it('counts rows and cells with no reference on from the last one, and orders cells by column', async () => {
    const body = '<sheetData><row r="3"><c><v>1</v></c><c><v>2</v></c><c r="E3"><v>5</v></c><c><v>6</v></c></row><row><c r="C4"><v>3</v></c><c r="A4"><v>1</v></c></row><row><c><v>7</v></c></row></sheetData>';
    const read = await readBook({ sheets: [{ name: 'Blad1', body }] });
    expect(compact(read.rows)).toEqual([
      [3, [[1, 'number', '1'], [2, 'number', '2'], [5, 'number', '5'], [6, 'number', '6']]],
      [4, [[1, 'number', '1'], [3, 'number', '3']]],
      [5, [[1, 'number', '7']]],
    ]);
  });

  it('reads elements with a namespace prefix', async () => {
    const body = '<x:sheetData xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:row r="1"><x:c r="B1" t="inlineStr"><x:is><x:t>ja</x:t></x:is></x:c></x:row></x:sheetData>';
    const read = await readBook({ sheets: [{ name: 'Blad1', body }] });
    expect(compact(read.rows)).toEqual([[1, [[2, 'text', 'ja']]]]);
  });
});

describe('dates', () => {
  const dateRow = (values: readonly (readonly [number, number | string])[]): string =>
    values.map(([s, v], i) => `<c r="${String.fromCharCode(65 + i)}1" s="${s}"><v>${v}</v></c>`).join('');

  it('converts serials of the 1900 system, with its 1900-02-29', async () => {
    const cells = dateRow([[1, 1], [1, 59], [1, 60], [1, 61], [1, 42117], [3, 42117.4375], [2, 0.4375], [2, 0.5000001], [1, 2958465]]);
    const read = await readBook({ sheets: [{ name: 'Blad1', body: sheetData([[1, cells]]) }], ...STYLES });
    expect(read.date1904).toBe(false);
    expect(compact(read.rows)[0]?.[1]).toEqual([
      [1, 'date', '1900-01-01'],
      [2, 'date', '1900-02-28'],
      [3, 'date', '1900-02-29'],
      [4, 'date', '1900-03-01'],
      [5, 'date', '2015-04-23'],
      [6, 'datetime', '2015-04-23T10:30:00'],
      [7, 'time', '10:30:00'],
      [8, 'time', '12:00:00.009'],
      [9, 'date', '9999-12-31'],
    ]);
  });

  it('converts serials of the 1904 system', async () => {
    const cells = dateRow([[1, 0], [1, 1], [1, 40655], [3, 40655.75], [2, 0.25]]);
    const read = await readBook({ sheets: [{ name: 'Blad1', body: sheetData([[1, cells]]) }], ...STYLES, date1904: true });
    expect(read.date1904).toBe(true);
    expect(compact(read.rows)[0]?.[1]).toEqual([
      [1, 'date', '1904-01-01'],
      [2, 'date', '1904-01-02'],
      [3, 'date', '2015-04-23'],
      [4, 'datetime', '2015-04-23T18:00:00'],
      [5, 'time', '06:00:00'],
    ]);
  });

  it('reads custom date formats, a date with a time part, elapsed time, and numbers in other formats', async () => {
    const cells = dateRow([[4, 42117], [4, 42117.5], [7, 42117], [5, 1.5], [6, 42117], [0, 42117], [1, -1], [1, '3e6']]);
    const read = await readBook({ sheets: [{ name: 'Blad1', body: sheetData([[1, cells]]) }], ...STYLES });
    expect(compact(read.rows)[0]?.[1]).toEqual([
      [1, 'date', '2015-04-23'],
      [2, 'datetime', '2015-04-23T12:00:00'],
      [3, 'datetime', '2015-04-23T00:00:00'],
      [4, 'time', '36:00:00'],
      [5, 'number', '42117'],
      [6, 'number', '42117'],
      [7, 'number', '-1'],
      [8, 'number', '3e6'],
    ]);
  });
});
