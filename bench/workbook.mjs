// The benchmark's workbook (issue 18): the same rows as a generated CSV file (bench/generate.mjs),
// as an .xlsx of one sheet whose every cell is an inline text cell, so that validating it gives
// the CSV file's findings exactly. Streamed: the sheet's XML is made as the CSV is parsed and
// zipped by yazl as it comes (a 100k-row workbook is never held in memory).
import { createReadStream, createWriteStream, existsSync, statSync } from 'node:fs';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { parse } from 'csv-parse';
import yazl from 'yazl';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG = 'http://schemas.openxmlformats.org/package/2006/relationships';
const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

const esc = (t) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function letter(n) {
  let s = '';
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) s = String.fromCharCode(65 + ((k - 1) % 26)) + s;
  return s;
}

/** The sheet's XML, row by row, from the CSV file's records. */
async function* sheetXml(csvFile) {
  yield `${XML}<worksheet xmlns="${MAIN}" xmlns:r="${REL}"><sheetData>`;
  let r = 0;
  let batch = '';
  for await (const record of createReadStream(csvFile).pipe(parse({ relax_quotes: true }))) {
    r++;
    batch += `<row r="${r}">`;
    record.forEach((v, i) => {
      if (v !== '') batch += `<c r="${letter(i + 1)}${r}" t="inlineStr"><is><t xml:space="preserve">${esc(v)}</t></is></c>`;
    });
    batch += '</row>';
    if (batch.length > 1 << 20) {
      yield batch;
      batch = '';
    }
  }
  yield `${batch}</sheetData></worksheet>`;
}

/** The workbook beside the CSV file (its name with .xlsx), written unless it is newer than the CSV. */
export async function ensureWorkbook(csvFile) {
  const file = csvFile.replace(/\.csv$/, '.xlsx');
  if (existsSync(file) && statSync(file).mtimeMs >= statSync(csvFile).mtimeMs) return { file, reused: true };
  const zip = new yazl.ZipFile();
  const add = (name, text) => zip.addBuffer(Buffer.from(text, 'utf8'), name);
  add('[Content_Types].xml', `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`);
  add('_rels/.rels', `${XML}<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`);
  add('xl/workbook.xml', `${XML}<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets><sheet name="Platser" sheetId="1" r:id="rId1"/></sheets></workbook>`);
  add('xl/_rels/workbook.xml.rels', `${XML}<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`);
  zip.addReadStream(Readable.from(sheetXml(csvFile)), 'xl/worksheets/sheet1.xml');
  zip.end();
  await pipeline(zip.outputStream, createWriteStream(file));
  return { file, reused: false };
}
