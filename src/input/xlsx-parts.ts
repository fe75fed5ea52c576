/**
 * The XML parts of a one-sheet Office Open XML workbook (.xlsx) whose cells all hold text: every
 * cell, and every column's empty cells too, in the text number format (numFmtId 49, "@"), so a
 * spreadsheet program keeps what is typed there (`0123`, a postal code) as it is typed.
 */
import { columnLetter } from '../report/index.js';

/** One sheet of text: the first row is the header (bold, frozen at the top). */
export interface TextSheet {
  /** The sheet's name: at most 31 characters, none of : \ / ? * [ ] (see sheetName). */
  readonly name: string;
  readonly rows: readonly (readonly string[])[];
}

/** The most characters a cell holds in Excel. */
export const MAX_CELL_CHARS = 32767;

/** The styles' cellXfs: 0 the default, 1 text, 2 bold text (the header). */
const TEXT_STYLE = 1;
const HEADER_STYLE = 2;

const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** Characters XML 1.0 cannot hold even escaped (control characters but tab, LF and CR; U+FFFE, U+FFFF; lone surrogates). */
// eslint-disable-next-line no-control-regex -- replacing control characters is the point
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;', '\r': '&#13;' };

/**
 * Text as XML content or an attribute value: & < > " ' escaped, a CR kept as &#13; (a parser would
 * turn a raw one into LF), a character XML 1.0 cannot hold replaced by U+FFFD, and text that reads
 * as Excel's own escape (`_x0041_`) escaped in turn (`_x005F_x0041_`), every opening underscore, so it
 * stays as written (ECMA-376 22.4.2.4; Excel decodes the escapes left to right).
 */
export function xmlText(value: string): string {
  return value
    .replace(NOT_XML, '\ufffd')
    // A lookahead: the underscore closing one escape may open the next (`_x0041_x0042_`).
    .replace(/_(?=x[0-9a-f]{4}_)/gi, '_x005F_')
    .replace(/[&<>"'\r]/g, (c) => ENTITIES[c] as string);
}

/** A cell: text inline (an empty one only styled), in the text format. */
function cellXml(value: string, ref: string, style: number): string {
  if (value === '') return `<c r="${ref}" s="${style}"/>`;
  return `<c r="${ref}" s="${style}" t="inlineStr"><is><t xml:space="preserve">${xmlText(value)}</t></is></c>`;
}

/** A column's width in characters: roughly its widest cell (the header bold), bounded. */
function widthOf(rows: readonly (readonly string[])[], col: number): number {
  let widest = 0;
  for (const [i, row] of rows.entries()) widest = Math.max(widest, [...(row[col] ?? '')].length * (i === 0 ? 1.15 : 1));
  return Math.round(Math.min(60, Math.max(8, widest + 2)) * 10) / 10;
}

/** xl/worksheets/sheet1.xml: the header frozen, every column in the text format, widths fitted. */
export function sheetXml(sheet: TextSheet): string {
  const columns = Math.max(1, ...sheet.rows.map((r) => r.length));
  const cols: string[] = [];
  for (let c = 0; c < columns; c++) cols.push(`<col min="${c + 1}" max="${c + 1}" width="${widthOf(sheet.rows, c)}" style="${TEXT_STYLE}" customWidth="1"/>`);
  const rows = sheet.rows.map((row, i) => {
    const r = i + 1;
    const cells = row.map((v, c) => cellXml(v, `${columnLetter(c + 1)}${r}`, i === 0 ? HEADER_STYLE : TEXT_STYLE));
    return `<row r="${r}">${cells.join('')}</row>`;
  });
  const frozen = sheet.rows.length > 0
    ? '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A2" sqref="A2"/>'
    : '';
  return `${DECLARATION}<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">`
    + `<dimension ref="A1:${columnLetter(columns)}${Math.max(1, sheet.rows.length)}"/>`
    + `<sheetViews><sheetView tabSelected="1" workbookViewId="0">${frozen}</sheetView></sheetViews>`
    + `<sheetFormatPr defaultRowHeight="15"/><cols>${cols.join('')}</cols>`
    + `<sheetData>${rows.join('')}</sheetData></worksheet>`;
}

/** xl/styles.xml: the default font and its bold, the two fills a workbook must have, and the text formats. */
export function stylesXml(): string {
  const font = (bold: boolean): string => `<font>${bold ? '<b/>' : ''}<sz val="11"/><name val="Calibri"/><family val="2"/></font>`;
  return `${DECLARATION}<styleSheet xmlns="${MAIN_NS}">`
    + `<fonts count="2">${font(false)}${font(true)}</fonts>`
    + '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>'
    + '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
    + '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
    + '<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
    + '<xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
    + '<xf numFmtId="49" fontId="1" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyFont="1"/></cellXfs>'
    + '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>'
    + '</styleSheet>';
}

/** xl/workbook.xml: the one sheet. */
export function workbookXml(sheet: TextSheet): string {
  return `${DECLARATION}<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">`
    + '<bookViews><workbookView/></bookViews>'
    + `<sheets><sheet name="${xmlText(sheet.name)}" sheetId="1" r:id="rId1"/></sheets></workbook>`;
}

const rel = (id: string, type: string, target: string): string => `<Relationship Id="${id}" Type="${REL_NS}/${type}" Target="${target}"/>`;

/** The package's parts by name, in the order they are zipped ([Content_Types].xml first). */
export function workbookParts(sheet: TextSheet): ReadonlyArray<readonly [string, string]> {
  const ct = 'application/vnd.openxmlformats-officedocument.spreadsheetml';
  return [
    ['[Content_Types].xml', `${DECLARATION}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">`
      + '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
      + '<Default Extension="xml" ContentType="application/xml"/>'
      + `<Override PartName="/xl/workbook.xml" ContentType="${ct}.sheet.main+xml"/>`
      + `<Override PartName="/xl/worksheets/sheet1.xml" ContentType="${ct}.worksheet+xml"/>`
      + `<Override PartName="/xl/styles.xml" ContentType="${ct}.styles+xml"/></Types>`],
    ['_rels/.rels', `${DECLARATION}<Relationships xmlns="${PKG_REL_NS}">${rel('rId1', 'officeDocument', 'xl/workbook.xml')}</Relationships>`],
    ['xl/workbook.xml', workbookXml(sheet)],
    ['xl/_rels/workbook.xml.rels', `${DECLARATION}<Relationships xmlns="${PKG_REL_NS}">`
      + `${rel('rId1', 'worksheet', 'worksheets/sheet1.xml')}${rel('rId2', 'styles', 'styles.xml')}</Relationships>`],
    ['xl/worksheets/sheet1.xml', sheetXml(sheet)],
    ['xl/styles.xml', stylesXml()],
  ];
}
