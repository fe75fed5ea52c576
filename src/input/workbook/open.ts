/** openWorkbook: a file's first bytes, its ZIP, its package structure, styles and shared strings, then sheets on demand. */
import { DEFAULT_WORKBOOK_LIMITS, WorkbookError } from './types.js';
import type { SheetSummary, Workbook, WorkbookLimits, WorkbookRow, WorkbookSheet } from './types.js';
import { OLE_SCAN_BYTES, oleProblem, readHead, workbookMagic } from './magic.js';
import { ZipArchive } from './zip.js';
import { PackageReader, findMainPart, readWorkbookParts } from './package.js';
import type { ListedSheet } from './package.js';
import { readStyles } from './styles.js';
import { readSharedStrings } from './strings.js';
import { readPart } from './part.js';
import { SheetReader } from './sheet.js';
import type { CellContext } from './cell.js';

const ODS_TYPES = new Set(['application/vnd.oasis.opendocument.spreadsheet', 'application/vnd.oasis.opendocument.spreadsheet-template']);

/** An OpenDocument spreadsheet tells its type in a `mimetype` entry (read up to 1 KiB). */
async function isOds(pkg: PackageReader): Promise<boolean> {
  if (!pkg.zip.has('mimetype')) return false;
  const chunks: Buffer[] = [];
  await pkg.zip.read('mimetype', { limit: 1024, spent: pkg.spent }, (c) => chunks.push(c));
  return ODS_TYPES.has(Buffer.concat(chunks).toString('latin1').trim());
}

/** Refuses what is not a ZIP by its first bytes: an OLE file (.xls or an encrypted workbook), anything else `not-zip`. */
async function checkMagic(path: string): Promise<void> {
  const kind = workbookMagic(await readHead(path, 8));
  if (kind === 'zip') return;
  if (kind === 'ole') throw new WorkbookError(oleProblem(await readHead(path, OLE_SCAN_BYTES)));
  throw new WorkbookError('not-zip');
}

class OpenWorkbook implements Workbook {
  readonly sheets: readonly WorkbookSheet[];

  constructor(
    private readonly zip: ZipArchive,
    private readonly listed: readonly ListedSheet[],
    private readonly ctx: CellContext,
    private readonly limits: WorkbookLimits,
    private readonly spent: number,
  ) {
    this.sheets = Object.freeze(listed.map((s) => Object.freeze({ name: s.name, index: s.index, hidden: s.hidden, kind: s.kind })));
  }

  get date1904(): boolean {
    return this.ctx.date1904;
  }

  async readSheet(sheet: WorkbookSheet, onRow: (row: WorkbookRow) => void): Promise<SheetSummary> {
    const listed = this.listed[sheet.index - 1];
    if (listed === undefined || listed.name !== sheet.name) throw new WorkbookError('corrupt', `no sheet ${sheet.index} ${sheet.name}`);
    if (listed.part === undefined) throw new WorkbookError('corrupt', `sheet ${sheet.name} has no part`);
    if (listed.kind === 'chartsheet') return { rows: 0, lastRow: 0, notes: [] };
    const reader = new SheetReader(this.ctx, this.limits, onRow);
    const root = { name: listed.kind === 'worksheet' ? 'worksheet' : undefined, problem: 'corrupt' as const };
    await readPart(this.zip, listed.part, { limit: this.limits.maxSheetBytes, spent: this.spent }, root, reader);
    return reader.summary();
  }

  close(): void {
    this.zip.close();
  }
}

/** The package's parts read at opening (after the ZIP itself is open). */
async function readPackage(zip: ZipArchive, limits: WorkbookLimits): Promise<Workbook> {
  const pkg = new PackageReader(zip, limits);
  if (await isOds(pkg)) throw new WorkbookError('ods');
  const main = await findMainPart(pkg);
  if (main === undefined) throw new WorkbookError('no-workbook');
  const parts = await readWorkbookParts(pkg, main);
  const formats = await readStyles(pkg, parts.styles);
  const strings = await readSharedStrings(pkg, parts.sharedStrings);
  return new OpenWorkbook(zip, parts.sheets, { strings, formats, date1904: parts.date1904 }, limits, pkg.spent);
}

/**
 * Opens an Office Open XML workbook (.xlsx, .xlsm, by content: a ZIP whose main part is a
 * workbook) and reads its structure, styles and shared strings; sheets are streamed on demand.
 * Rejects with a WorkbookError only.
 */
export async function openWorkbook(path: string, limits?: Partial<WorkbookLimits>): Promise<Workbook> {
  const bounds: WorkbookLimits = { ...DEFAULT_WORKBOOK_LIMITS, ...limits };
  await checkMagic(path);
  const zip = await ZipArchive.open(path, bounds);
  try {
    return await readPackage(zip, bounds);
  } catch (e) {
    zip.close();
    throw e instanceof WorkbookError ? e : new WorkbookError('corrupt', e instanceof Error ? e.message : String(e));
  }
}
