/**
 * The package's structure: the main part (found through `_rels/.rels` and `[Content_Types].xml`
 * where present), the workbook's sheets and date system, and the parts they refer to through the
 * workbook's relationships (never assumed to be `sheet1.xml`).
 */
import { WorkbookError } from './types.js';
import type { WorkbookLimits, WorkbookSheet } from './types.js';
import { folderOf, readPart, relsOf, resolveTarget } from './part.js';
import type { Root } from './part.js';
import type { ZipArchive } from './zip.js';
import { prefixedAttribute } from './xml.js';
import type { XmlHandlers } from './xml.js';

/** The package being opened, and the bytes its parts have inflated to so far. */
export class PackageReader {
  spent = 0;

  constructor(
    readonly zip: ZipArchive,
    readonly limits: WorkbookLimits,
  ) {}

  async part(name: string, root: Root, handlers: XmlHandlers, limit = this.limits.maxPartBytes): Promise<void> {
    this.spent += await readPart(this.zip, name, { limit, spent: this.spent }, root, handlers);
  }
}

export interface Relationship {
  readonly id: string;
  /** The type's last segment: `officeDocument`, `worksheet`, `sharedStrings`, `styles`, … */
  readonly type: string;
  /** The target as a part name (undefined for an external target). */
  readonly target: string | undefined;
}

const RELATIONSHIPS: Root = { name: 'Relationships', problem: 'corrupt' };

/** The relationships of a part (none when it has no relationships part). */
export async function readRels(pkg: PackageReader, source: string): Promise<Relationship[]> {
  const name = relsOf(source);
  if (!pkg.zip.has(name)) return [];
  const rels: Relationship[] = [];
  await pkg.part(name, RELATIONSHIPS, {
    open(element, a) {
      if (element !== 'Relationship' || a.Id === undefined || a.Target === undefined) return;
      const type = (a.Type ?? '').slice((a.Type ?? '').lastIndexOf('/') + 1);
      const target = a.TargetMode === 'External' ? undefined : resolveTarget(folderOf(source), a.Target);
      rels.push({ id: a.Id, type, target });
    },
    close() {},
  });
  return rels;
}

/** A workbook's main part's content type (a workbook, a template, macro-enabled or not, or an add-in). */
const MAIN_TYPE = /(?:spreadsheetml|ms-excel)\.[a-z.]*main\+xml$/i;

/** The main part's name from `[Content_Types].xml`, if it names one. */
async function mainFromContentTypes(pkg: PackageReader): Promise<string | undefined> {
  const name = '[Content_Types].xml';
  if (!pkg.zip.has(name)) return undefined;
  let main: string | undefined;
  await pkg.part(name, { name: 'Types', problem: 'corrupt' }, {
    open(element, a) {
      if (element === 'Override' && a.PartName !== undefined && MAIN_TYPE.test(a.ContentType ?? '')) main ??= resolveTarget('', a.PartName);
    },
    close() {},
  });
  return main;
}

/** The workbook part: the package's office document, else the content types' main part, else `xl/workbook.xml`; undefined when none is in the ZIP. */
export async function findMainPart(pkg: PackageReader): Promise<string | undefined> {
  const office = (await readRels(pkg, '')).find((r) => r.type === 'officeDocument')?.target;
  if (office !== undefined && pkg.zip.has(office)) return office;
  const main = await mainFromContentTypes(pkg);
  if (main !== undefined && pkg.zip.has(main)) return main;
  return pkg.zip.has('xl/workbook.xml') ? 'xl/workbook.xml' : undefined;
}

/** A sheet as listed, with the part it is in (undefined when its relationship names none in the ZIP). */
export interface ListedSheet extends WorkbookSheet {
  readonly part: string | undefined;
}

export interface WorkbookParts {
  readonly sheets: readonly ListedSheet[];
  readonly date1904: boolean;
  readonly sharedStrings: string | undefined;
  readonly styles: string | undefined;
}

const SHEET_KINDS: Readonly<Record<string, WorkbookSheet['kind']>> = {
  worksheet: 'worksheet',
  chartsheet: 'chartsheet',
  dialogsheet: 'dialogsheet',
  xlMacrosheet: 'macrosheet',
  xlIntlMacrosheet: 'macrosheet',
};

interface SheetEntry {
  readonly name: string;
  readonly hidden: boolean;
  readonly rid: string | undefined;
}

/** The workbook part's sheets and date system; a part that is not a workbook is `no-workbook`. */
async function readWorkbookXml(pkg: PackageReader, main: string): Promise<{ entries: SheetEntry[]; date1904: boolean }> {
  const entries: SheetEntry[] = [];
  let date1904 = false;
  let inSheets = false;
  await pkg.part(main, { name: 'workbook', problem: 'no-workbook' }, {
    open(element, a) {
      if (element === 'workbookPr') date1904 = a.date1904 === '1' || a.date1904 === 'true';
      else if (element === 'sheets') inSheets = true;
      else if (element === 'sheet' && inSheets) {
        const hidden = a.state === 'hidden' || a.state === 'veryHidden';
        entries.push({ name: a.name ?? '', hidden, rid: prefixedAttribute(a, 'id') });
      }
    },
    close(element) {
      if (element === 'sheets') inSheets = false;
    },
  });
  return { entries, date1904 };
}

/** The first existing target of a relationship type, else the conventional name beside the workbook part when present. */
function partOf(pkg: PackageReader, rels: readonly Relationship[], type: string, main: string, conventional: string): string | undefined {
  const target = rels.find((r) => r.type === type && r.target !== undefined && pkg.zip.has(r.target))?.target;
  if (target !== undefined) return target;
  const beside = folderOf(main) + conventional;
  return pkg.zip.has(beside) ? beside : undefined;
}

/** The workbook's sheets (in workbook order), date system, shared strings and styles parts. */
export async function readWorkbookParts(pkg: PackageReader, main: string): Promise<WorkbookParts> {
  const { entries, date1904 } = await readWorkbookXml(pkg, main);
  if (entries.length === 0) throw new WorkbookError('no-sheets', main);
  const rels = await readRels(pkg, main);
  const byId = new Map(rels.map((r) => [r.id, r]));
  const sheets = entries.map((e, i): ListedSheet => {
    const rel = e.rid === undefined ? undefined : byId.get(e.rid);
    const part = rel?.target !== undefined && pkg.zip.has(rel.target) ? rel.target : undefined;
    return { name: e.name, index: i + 1, hidden: e.hidden, kind: SHEET_KINDS[rel?.type ?? ''] ?? 'other', part };
  });
  return {
    sheets,
    date1904,
    sharedStrings: partOf(pkg, rels, 'sharedStrings', main, 'sharedStrings.xml'),
    styles: partOf(pkg, rels, 'styles', main, 'styles.xml'),
  };
}
