/** Files that are no readable workbook, each with its problem token, within bounded time and memory. */
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { WorkbookError, openWorkbook, workbookMagic } from '../../../src/input/workbook/index.js';
import type { WorkbookProblem } from '../../../src/input/workbook/index.js';
import { readFile, tempFile } from './read.js';
import { sheetData, writeXlsx, writeZip, xlsxParts } from '../../support/xlsx.js';

const BOOK = { sheets: [{ name: 'Blad1', body: sheetData([[1, '<c r="A1"><v>1</v></c>']]) }] };

/** The problem a read of the file's default sheet fails with (undefined when it reads). */
async function problemOf(path: string, limits?: Parameters<typeof readFile>[2]): Promise<WorkbookProblem | undefined> {
  try {
    await readFile(path, undefined, limits);
    return undefined;
  } catch (e) {
    if (e instanceof WorkbookError) return e.problem;
    throw e;
  }
}

/** A workbook with one part's text replaced. */
async function withPart(name: string, text: string | Buffer): Promise<string> {
  const parts = new Map<string, string | Buffer>(xlsxParts(BOOK));
  parts.set(name, text);
  const path = tempFile();
  await writeZip(path, parts);
  return path;
}

/** An OLE compound file's first bytes (the header), padded, with `inside` somewhere after the header. */
function oleFile(inside: Buffer = Buffer.alloc(0)): string {
  const head = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  const path = tempFile('book.xls');
  writeFileSync(path, Buffer.concat([head, Buffer.alloc(4096), inside, Buffer.alloc(512)]));
  return path;
}

describe('by the first bytes', () => {
  it('workbookMagic', () => {
    expect(workbookMagic(Buffer.from('PK\x03\x04rest', 'latin1'))).toBe('zip');
    expect(workbookMagic(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0]))).toBe('ole');
    expect(workbookMagic(Buffer.from('id,namn\n'))).toBeUndefined();
    expect(workbookMagic(Buffer.from('PK'))).toBeUndefined();
  });

  it('an OLE file is an .xls, or an encrypted workbook when it holds an EncryptionInfo stream', async () => {
    expect(await problemOf(oleFile())).toBe('xls');
    expect(await problemOf(oleFile(Buffer.from('EncryptionInfo', 'utf16le')))).toBe('encrypted');
    // The name in ASCII is no stream name.
    expect(await problemOf(oleFile(Buffer.from('EncryptionInfo', 'latin1')))).toBe('xls');
  });

  it('a text file, an empty file are not-zip; a missing file is unreadable', async () => {
    const text = tempFile('data.xlsx');
    writeFileSync(text, 'id;namn\n1;Åsa\n');
    expect(await problemOf(text)).toBe('not-zip');
    const empty = tempFile();
    writeFileSync(empty, '');
    expect(await problemOf(empty)).toBe('not-zip');
    const missing = tempFile();
    await expect(openWorkbook(missing)).rejects.toMatchObject({ problem: 'unreadable', detail: 'ENOENT' });
  });
});

describe('the ZIP', () => {
  it('a truncated ZIP is corrupt', async () => {
    const path = tempFile();
    await writeXlsx(path, BOOK);
    const size = readFileSync(path).length;
    for (const keep of [Math.floor(size / 2), size - 10, 30]) {
      const cut = tempFile();
      writeFileSync(cut, readFileSync(path).subarray(0, keep));
      expect(await problemOf(cut), `${keep} of ${size} bytes`).toBe('corrupt');
    }
  });

  it('damaged deflate data is corrupt', async () => {
    const path = tempFile();
    const filler = Array.from({ length: 2000 }, (_, i) => `<row r="${i + 2}"><c r="A${i + 2}"><v>${i * 7919}</v></c></row>`).join('');
    await writeXlsx(path, { sheets: [{ name: 'Blad1', body: `<sheetData>${filler}</sheetData>` }] });
    const bytes = readFileSync(path);
    const at = bytes.indexOf(Buffer.from('xl/worksheets/sheet1.xml')) + 200;
    bytes.fill(0xff, at, at + 64);
    writeFileSync(path, bytes);
    expect(await problemOf(path)).toBe('corrupt');
  });

  it('too many entries is too-large', async () => {
    const parts = [...xlsxParts(BOOK), ...Array.from({ length: 30 }, (_, i): [string, string] => [`xl/media/${i}.txt`, 'x'])];
    const path = tempFile();
    await writeZip(path, parts);
    expect(await problemOf(path, { maxEntries: 20 })).toBe('too-large');
    expect(await problemOf(path)).toBeUndefined();
  });

  it('a sheet past its limit, a ZIP bomb (inflating past the ratio), past the total are too-large', async () => {
    const rows = Array.from({ length: 20_000 }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>${i}</v></c></row>`).join('');
    const path = await withPart('xl/worksheets/sheet1.xml', `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows}</sheetData></worksheet>`);
    expect(await problemOf(path)).toBeUndefined();
    expect(await problemOf(path, { maxSheetBytes: 100_000 })).toBe('too-large');
    expect(await problemOf(path, { maxTotalBytes: 100_000 })).toBe('too-large');
    const bomb = await withPart('xl/worksheets/sheet1.xml', `<worksheet><sheetData>${' '.repeat(4_000_000)}</sheetData></worksheet>`);
    expect(await problemOf(bomb, { ratioFloor: 1_000_000 })).toBe('too-large');
    expect(await problemOf(bomb)).toBeUndefined();
  });

  it("does not take the headers' word for a part's size: a sheet claiming 100 bytes that inflates to 3 MB is refused", async () => {
    const path = await withPart('xl/worksheets/sheet1.xml', `<worksheet><sheetData>${' '.repeat(3_000_000)}</sheetData></worksheet>`);
    const bytes = readFileSync(path);
    // Make every header claim the sheet is 100 bytes (the central directory's and the local header's sizes).
    const name = Buffer.from('xl/worksheets/sheet1.xml');
    for (let at = bytes.indexOf(name); at >= 0; at = bytes.indexOf(name, at + 1)) {
      if (bytes.readUInt32LE(at - 46) === 0x02014b50) bytes.writeUInt32LE(100, at - 46 + 24);
      if (bytes.readUInt32LE(at - 30) === 0x04034b50 && bytes.readUInt32LE(at - 30 + 22) !== 0) bytes.writeUInt32LE(100, at - 30 + 22);
    }
    writeFileSync(path, bytes);
    // yauzl counts the bytes against the claim (corrupt) before the reader's own count against the limit (too-large).
    expect(await problemOf(path, { maxSheetBytes: 1000 })).toBe('corrupt');
    expect(await problemOf(path)).toBe('corrupt');
  });

  it('a ZIP with no workbook, a Word document, an OpenDocument spreadsheet', async () => {
    const none = tempFile();
    await writeZip(none, [['readme.txt', 'hej'], ['xl/styles.xml', '<styleSheet/>']]);
    expect(await problemOf(none)).toBe('no-workbook');
    const docx = tempFile('doc.docx');
    await writeZip(docx, [
      ['_rels/.rels', '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'],
      ['word/document.xml', '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body/></w:document>'],
    ]);
    expect(await problemOf(docx)).toBe('no-workbook');
    const ods = tempFile('book.ods');
    await writeZip(ods, [['mimetype', 'application/vnd.oasis.opendocument.spreadsheet'], ['content.xml', '<office:document-content/>']], true);
    expect(await problemOf(ods)).toBe('ods');
  });

  it('a part with ZIP encryption is encrypted', async () => {
    const path = tempFile();
    await writeXlsx(path, BOOK);
    const bytes = readFileSync(path);
    const name = Buffer.from('xl/worksheets/sheet1.xml');
    for (let at = bytes.indexOf(name); at >= 0; at = bytes.indexOf(name, at + 1)) {
      if (bytes.readUInt32LE(at - 46) === 0x02014b50) bytes.writeUInt16LE(bytes.readUInt16LE(at - 46 + 8) | 1, at - 46 + 8);
    }
    writeFileSync(path, bytes);
    expect(await problemOf(path)).toBe('encrypted');
  });

  it('a workbook with no sheets', async () => {
    const parts = xlsxParts(BOOK);
    const path = await withPart('xl/workbook.xml', (parts.get('xl/workbook.xml') as string).replace(/<sheets>.*<\/sheets>/, '<sheets/>'));
    expect(await problemOf(path)).toBe('no-sheets');
  });

  it('a sheet whose part is missing, a shared string that is not there are corrupt', async () => {
    const parts = new Map(xlsxParts(BOOK));
    parts.delete('xl/worksheets/sheet1.xml');
    const path = tempFile();
    await writeZip(path, parts);
    expect(await problemOf(path)).toBe('corrupt');
    const strings = await withPart('xl/worksheets/sheet1.xml', '<worksheet><sheetData><row r="1"><c r="A1" t="s"><v>5</v></c></row></sheetData></worksheet>');
    expect(await problemOf(strings)).toBe('corrupt');
  });

  it('cells and rows outside the sheet, rows out of order are corrupt', async () => {
    const sheet = (rows: string): Promise<string> => withPart('xl/worksheets/sheet1.xml', `<worksheet><sheetData>${rows}</sheetData></worksheet>`);
    expect(await problemOf(await sheet('<row r="1"><c r="XFE1"><v>1</v></c></row>'))).toBe('corrupt');
    expect(await problemOf(await sheet('<row r="1048577"><c><v>1</v></c></row>'))).toBe('corrupt');
    expect(await problemOf(await sheet('<row r="0"/>'))).toBe('corrupt');
    expect(await problemOf(await sheet('<row r="5"/><row r="4"/>'))).toBe('corrupt');
    expect(await problemOf(await sheet('<row r="1"><c r="XFD1"><v>1</v></c><c><v>2</v></c></row>'))).toBe('corrupt');
    expect(await problemOf(await sheet('<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>'))).toBeUndefined();
  });

  it('shared strings and other parts past their limits are too-large', async () => {
    const path = tempFile();
    const strings = Array.from({ length: 5000 }, (_, i) => `<t>text ${i}</t>`);
    await writeXlsx(path, { ...BOOK, strings, cellXfs: Array.from({ length: 3000 }, () => 0) });
    expect(await problemOf(path)).toBeUndefined();
    expect(await problemOf(path, { maxSharedStringsBytes: 50_000 })).toBe('too-large');
    expect(await problemOf(path, { maxPartBytes: 50_000 })).toBe('too-large');
  });

  it('a cell over the text limit is too-large', async () => {
    const path = await withPart('xl/worksheets/sheet1.xml', `<worksheet><sheetData><row r="1"><c r="A1" t="str"><v>${'x'.repeat(5000)}</v></c></row></sheetData></worksheet>`);
    expect(await problemOf(path, { maxCellChars: 4000 })).toBe('too-large');
    expect(await problemOf(path)).toBeUndefined();
  });
});

describe('the XML', () => {
  it('a DOCTYPE in any part is refused as bad-xml (no entity is expanded)', async () => {
    const laughs = '<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>';
    const parts = xlsxParts(BOOK);
    for (const name of ['xl/workbook.xml', 'xl/worksheets/sheet1.xml', 'xl/styles.xml', '_rels/.rels', 'xl/_rels/workbook.xml.rels']) {
      const text = (parts.get(name) as string).replace(/^<\?xml[^>]*>\n?/, '');
      expect(await problemOf(await withPart(name, laughs + text)), name).toBe('bad-xml');
    }
    const external = '<!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><worksheet><sheetData><row r="1"><c r="A1" t="str"><v>&xxe;</v></c></row></sheetData></worksheet>';
    expect(await problemOf(await withPart('xl/worksheets/sheet1.xml', external))).toBe('bad-xml');
  });

  it('XML that is not well-formed, an unknown entity, bytes that are not UTF-8 are bad-xml', async () => {
    const sheet = (text: string | Buffer): Promise<string> => withPart('xl/worksheets/sheet1.xml', text);
    expect(await problemOf(await sheet('<worksheet><sheetData><row r="1"></sheetData></worksheet>'))).toBe('bad-xml');
    expect(await problemOf(await sheet('<worksheet><sheetData><row r="1"><c r="A1" t="str"><v>&nbsp;</v></c></row></sheetData></worksheet>'))).toBe('bad-xml');
    expect(await problemOf(await sheet('<worksheet><sheetData>'))).toBe('bad-xml');
    expect(await problemOf(await sheet(''))).toBe('bad-xml');
    expect(await problemOf(await sheet(Buffer.concat([Buffer.from('<worksheet><sheetData><row r="1"><c r="A1" t="str"><v>'), Buffer.from([0xc3, 0x28]), Buffer.from('</v></c></row></sheetData></worksheet>')])))).toBe('bad-xml');
    expect(await problemOf(await withPart('xl/sharedStrings.xml', '<sst><si><t>a</si></sst>'))).toBe('bad-xml');
  });

  it('a sheet part in UTF-16 with its byte-order mark reads', async () => {
    const text = '<?xml version="1.0" encoding="UTF-16"?><worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Örebro</t></is></c></row></sheetData></worksheet>';
    const path = await withPart('xl/worksheets/sheet1.xml', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    expect((await readFile(path)).rows[0]?.cells[0]?.text).toBe('Örebro');
  });

  it('what onRow throws is passed on as it is', async () => {
    const path = tempFile();
    await writeXlsx(path, BOOK);
    const wb = await openWorkbook(path);
    const mine = new Error('stop');
    await expect(wb.readSheet(wb.sheets[0]!, () => { throw mine; })).rejects.toBe(mine);
    wb.close();
  });
});
