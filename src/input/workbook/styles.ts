/** The cell styles' number formats, as the date kind each style shows a number as. */
import type { PackageReader } from './package.js';
import { builtInDateFormat, customDateFormat } from './formats.js';
import type { DateFormat } from './formats.js';

/** By a cell's style index (`s`): the date kind of its number format, undefined for a number format. */
export type StyleFormats = readonly (DateFormat | undefined)[];

/** Reads `styles.xml`: the custom formats (`numFmts`) and the number format of each cell style (`cellXfs`). */
export async function readStyles(pkg: PackageReader, part: string | undefined): Promise<StyleFormats> {
  if (part === undefined) return [];
  const custom = new Map<number, string>();
  const xfs: number[] = [];
  let inCellXfs = false;
  await pkg.part(part, { name: 'styleSheet', problem: 'corrupt' }, {
    open(element, a) {
      if (element === 'numFmt' && a.numFmtId !== undefined) custom.set(Number(a.numFmtId), a.formatCode ?? '');
      else if (element === 'cellXfs') inCellXfs = true;
      else if (element === 'xf' && inCellXfs) xfs.push(Number(a.numFmtId ?? 0));
    },
    close(element) {
      if (element === 'cellXfs') inCellXfs = false;
    },
  });
  const kinds = new Map<number, DateFormat | undefined>();
  return xfs.map((id) => {
    if (!kinds.has(id)) {
      const code = custom.get(id);
      kinds.set(id, code === undefined ? builtInDateFormat(id) : customDateFormat(code));
    }
    return kinds.get(id);
  });
}
