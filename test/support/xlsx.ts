/**
 * Test workbooks built here, part by part (the XML as Excel writes it), and zipped with yazl: no
 * binary fixture from elsewhere. `xlsxParts` gives the parts of a workbook, `writeZip` any list of
 * entries (a workbook with a part left out, changed or added, or no workbook at all).
 */
import { createWriteStream } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import yazl from 'yazl';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** Escapes text for an XML attribute or element. */
export function esc(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export interface TestSheet {
  readonly name: string;
  /** The worksheet's XML inside `<worksheet>`: `sheetData` and what goes with it (see `sheetData`). */
  readonly body: string;
  readonly state?: 'hidden' | 'veryHidden';
  /** The part's name (default `xl/worksheets/sheet<n>.xml`). */
  readonly part?: string;
}

export interface TestWorkbook {
  readonly sheets: readonly TestSheet[];
  /** Shared strings, each as the XML inside its `<si>` (plain text: use `si`). */
  readonly strings?: readonly string[];
  /** Custom number formats by id, and each cell style's numFmtId (style 0 first). */
  readonly numFmts?: Readonly<Record<number, string>>;
  readonly cellXfs?: readonly number[];
  readonly date1904?: boolean;
}

/** A shared string of plain text. */
export function si(text: string): string {
  return `<t xml:space="preserve">${esc(text)}</t>`;
}

/** `<sheetData>` of rows, each given as the XML of its cells (`[row number, cells XML]`). */
export function sheetData(rows: readonly (readonly [number, string])[], rest = ''): string {
  return `<sheetData>${rows.map(([r, cells]) => `<row r="${r}">${cells}</row>`).join('')}</sheetData>${rest}`;
}

function workbookXml(wb: TestWorkbook): string {
  const sheets = wb.sheets
    .map((s, i) => `<sheet name="${esc(s.name)}" sheetId="${i + 1}"${s.state ? ` state="${s.state}"` : ''} r:id="rId${i + 1}"/>`)
    .join('');
  const pr = wb.date1904 ? '<workbookPr date1904="1"/>' : '<workbookPr defaultThemeVersion="166925"/>';
  return `${XML}<workbook xmlns="${MAIN}" xmlns:r="${REL}">${pr}<bookViews><workbookView/></bookViews><sheets>${sheets}</sheets></workbook>`;
}

function stylesXml(wb: TestWorkbook): string {
  const fmts = Object.entries(wb.numFmts ?? {});
  const numFmts = fmts.length === 0 ? '' : `<numFmts count="${fmts.length}">${fmts.map(([id, code]) => `<numFmt numFmtId="${id}" formatCode="${esc(code)}"/>`).join('')}</numFmts>`;
  const xfs = wb.cellXfs ?? [0];
  return (
    `${XML}<styleSheet xmlns="${MAIN}">${numFmts}<fonts count="1"><font/></fonts>` +
    `<cellStyleXfs count="1"><xf numFmtId="0" fontId="0"/></cellStyleXfs>` +
    `<cellXfs count="${xfs.length}">${xfs.map((id) => `<xf numFmtId="${id}" fontId="0" applyNumberFormat="1"/>`).join('')}</cellXfs></styleSheet>`
  );
}

/** The parts of a workbook, by name, as Excel lays them out. */
export function xlsxParts(wb: TestWorkbook): Map<string, string> {
  const parts = new Map<string, string>();
  const sheetParts = wb.sheets.map((s, i) => s.part ?? `xl/worksheets/sheet${i + 1}.xml`);
  const overrides = [
    `<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>`,
    ...sheetParts.map((p) => `<Override PartName="/${p}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`),
  ];
  parts.set(
    '[Content_Types].xml',
    `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>${overrides.join('')}</Types>`,
  );
  parts.set('_rels/.rels', `${XML}<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`);
  parts.set('xl/workbook.xml', workbookXml(wb));
  const rels = sheetParts.map((p, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="${p.startsWith('xl/') ? p.slice(3) : `/${p}`}"/>`);
  rels.push(`<Relationship Id="rIdS" Type="${REL}/styles" Target="styles.xml"/>`);
  if (wb.strings !== undefined) rels.push(`<Relationship Id="rIdT" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>`);
  parts.set('xl/_rels/workbook.xml.rels', `${XML}<Relationships xmlns="${PKG_REL}">${rels.join('')}</Relationships>`);
  parts.set('xl/styles.xml', stylesXml(wb));
  if (wb.strings !== undefined) {
    const items = wb.strings.map((s) => `<si>${s}</si>`).join('');
    parts.set('xl/sharedStrings.xml', `${XML}<sst xmlns="${MAIN}" count="${wb.strings.length}" uniqueCount="${wb.strings.length}">${items}</sst>`);
  }
  wb.sheets.forEach((s, i) => parts.set(sheetParts[i] as string, `${XML}<worksheet xmlns="${MAIN}" xmlns:r="${REL}">${s.body}</worksheet>`));
  return parts;
}

/** Writes a ZIP of the entries in order (deflated unless `store`). */
export async function writeZip(path: string, entries: Iterable<readonly [string, string | Buffer]>, store = false): Promise<void> {
  const zip = new yazl.ZipFile();
  for (const [name, data] of entries) zip.addBuffer(Buffer.isBuffer(data) ? data : Buffer.from(data, 'utf8'), name, { compress: !store, mtime: new Date(2020, 0, 1) });
  zip.end();
  await pipeline(zip.outputStream, createWriteStream(path));
}

/** Writes a workbook's parts as an .xlsx. */
export function writeXlsx(path: string, wb: TestWorkbook): Promise<void> {
  return writeZip(path, xlsxParts(wb));
}
