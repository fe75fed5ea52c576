/** One XML part of the package read through its handlers, its document element checked, its bytes counted. */
import { WorkbookError } from './types.js';
import type { WorkbookProblem } from './types.js';
import type { PartBudget, ZipArchive } from './zip.js';
import { xmlFeed } from './xml.js';
import type { XmlHandlers } from './xml.js';

/** The document element a part must have, and the problem it is when it has another. */
export interface Root {
  /** undefined: any element. */
  readonly name: string | undefined;
  readonly problem: WorkbookProblem;
}

/** Reads a part through `handlers`; resolves with its inflated bytes. */
export async function readPart(zip: ZipArchive, name: string, budget: PartBudget, root: Root, handlers: XmlHandlers): Promise<number> {
  let first = true;
  const feed = xmlFeed(name, {
    open(element, attributes) {
      if (first) {
        first = false;
        if (root.name !== undefined && element !== root.name) throw new WorkbookError(root.problem, `${name}: <${element}>, not <${root.name}>`);
      }
      handlers.open(element, attributes);
    },
    close: (element) => handlers.close(element),
    ...(handlers.text === undefined ? {} : { text: (text: string) => handlers.text?.(text) }),
  });
  const bytes = await zip.read(name, budget, (chunk) => feed.write(chunk));
  feed.end();
  return bytes;
}

/** The folder of a part name, with its slash (`xl/` of `xl/workbook.xml`; `` at the root). */
export function folderOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return slash < 0 ? '' : part.slice(0, slash + 1);
}

/** The relationships part of a part: `xl/_rels/workbook.xml.rels` of `xl/workbook.xml`. */
export function relsOf(part: string): string {
  const folder = folderOf(part);
  return `${folder}_rels/${part.slice(folder.length)}.rels`;
}

/** A relationship's target as a part name: relative to the source's folder, or from the root with a leading slash. */
export function resolveTarget(folder: string, target: string): string {
  let decoded = target;
  try {
    decoded = decodeURIComponent(target);
  } catch {
    // A target that is not percent-encoded as a URI stays as written.
  }
  const path = decoded.startsWith('/') ? decoded.slice(1) : folder + decoded;
  const out: string[] = [];
  for (const segment of path.split('/')) {
    if (segment === '..') out.pop();
    else if (segment !== '.' && segment !== '') out.push(segment);
  }
  return out.join('/');
}
